// Policy-variable substitution: expands the VAR sequences of a pattern (docs/wasm-layout.md) with the
// request's context values into a reusable scratch buffer. Substituted characters are literal units,
// so a `*` inside a context value never acts as a wildcard.

import { VAR } from './layout';
import { Pattern } from './policy';
import { lookup, isScalar, valuePtr, valueLen } from './request';

/** The scratch buffer holding the last substitution; grown (rarely) when a value does not fit. */
export let scratch = new StaticArray<i32>(1024);

function ensure(n: i32): void {
  if (n <= scratch.length) return;
  let cap = scratch.length;
  while (cap < n) cap <<= 1;
  const next = new StaticArray<i32>(cap);
  memory.copy(changetype<usize>(next), changetype<usize>(scratch), <usize>scratch.length << 2);
  scratch = next;
}

/** Expands `p` into `scratch`; returns the unit count, or -1 when a variable is multivalued or absent without a default. */
export function substitute(p: Pattern): i32 {
  const u = p.units;
  const n = u.length;
  let out = 0;
  let i = 0;
  while (i < n) {
    const c = unchecked(u[i]);
    if (c != VAR) {
      ensure(out + 1);
      unchecked(scratch[out++] = c);
      i++;
      continue;
    }
    const key = unchecked(u[i + 1]);
    const defLen = unchecked(u[i + 2]);
    const e = lookup(key);
    if (e >= 0 && isScalar(e)) {
      const len = valueLen(e, 0);
      const ptr = valuePtr(e, 0);
      ensure(out + len);
      for (let k = 0; k < len; k++) unchecked(scratch[out++] = <i32>load<u16>(ptr + (<usize>k << 1)));
    } else if (e < 0 && defLen >= 0) {
      // The default stands in only for an absent key: a multivalued key is unresolvable, as in substitute.ts.
      ensure(out + defLen);
      for (let k = 0; k < defLen; k++) unchecked(scratch[out++] = unchecked(u[i + 3 + k]));
    } else return -1;
    i += 3 + (defLen < 0 ? 0 : defLen);
  }
  return out;
}
