// ARN matching against request text, part by part, expanding policy variables first when the
// pattern has any.

import { STAR } from './layout';
import { Pattern } from './policy';
import { globMatch, unitAt } from './glob';
import { scratch, substitute } from './vars';

const ARN_PARTS = 6;

/**
 * ARN matching as in the reference's arnPattern.ts: the pattern splits at its first five colons and
 * each part matches one colon-separated part of the value; a last part ending in `*` in a pattern of
 * fewer than six parts absorbs the rest of the value, colons included.
 */
export function arnMatch(p: StaticArray<i32>, pn: i32, t: usize, tlen: i32): bool {
  let ps = 0;
  let vs = 0;
  for (let i = 0; i < ARN_PARTS; i++) {
    let pe = ps;
    if (i < ARN_PARTS - 1) while (pe < pn && unchecked(p[pe]) != 58) pe++;
    else pe = pn;
    const isLast = pe == pn;
    if (isLast && i < ARN_PARTS - 1 && pe > ps && unchecked(p[pe - 1]) == STAR) {
      return globMatch(p, ps, pe, t + (<usize>vs << 1), tlen - vs);
    }
    let colon = -1;
    if (i < ARN_PARTS - 1) {
      for (let k = vs; k < tlen; k++) if (unitAt(t, k) == 58) { colon = k; break; }
    }
    const end = colon < 0 ? tlen : colon;
    if (!globMatch(p, ps, pe, t + (<usize>vs << 1), end - vs)) return false;
    if (colon < 0) return isLast;
    if (isLast) return false;
    vs = colon + 1;
    ps = pe + 1;
  }
  return false;
}

/** ARN match of a pattern (after variable substitution) against text. */
export function matchArnPattern(p: Pattern, t: usize, tlen: i32): bool {
  if (!p.hasVar) return arnMatch(p.units, p.units.length, t, tlen);
  const n = substitute(p);
  return n >= 0 && arnMatch(scratch, n, t, tlen);
}
