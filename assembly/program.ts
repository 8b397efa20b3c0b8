// Flattened checks for the identity slot's merged candidates: each statement becomes a few i32 words
// (flags, Resource memo ids, condition memo ids), so scanning a hundred statements per request reads
// one contiguous array instead of an object graph. Results come from the per-request memo (memo.ts);
// on a miss the interned Pattern or Cond registered for the id is evaluated once. Statements with a
// Principal element fall back to statementGrant.

import { Stmt, Pattern, Cond } from './policy';
import { recall, remember } from './memo';
import { matchArnPattern } from './match';
import { evalCond } from './conditions';

const HAS_RESOURCE = 1;
const RESOURCE_NEGATED = 2;
const COMPLEX = 4;

// The first Pattern / Cond interned under each memo id (equal packed words, equal meaning).
let patternById = new Array<Pattern | null>();
let condById = new Array<Cond | null>();

/** Registers the object behind a Resource value's memo id. */
export function registerPattern(p: Pattern): void {
  while (patternById.length <= p.memo) patternById.push(null);
  if (unchecked(patternById[p.memo]) === null) unchecked(patternById[p.memo] = p);
}

/** Registers the object behind a condition entry's memo id. */
export function registerCond(c: Cond): void {
  while (condById.length <= c.memo) condById.push(null);
  if (unchecked(condById[c.memo]) === null) unchecked(condById[c.memo] = c);
}

/** Forgets the registrations (memo ids restart after a reset). */
export function resetPrograms(): void {
  patternById = new Array<Pattern | null>();
  condById = new Array<Cond | null>();
}

/** Flattens statements into a program (layout in this file's header). */
export function buildProgram(stmts: Stmt[]): StaticArray<i32> {
  const out = new Array<i32>();
  for (let i = 0; i < stmts.length; i++) {
    const s = unchecked(stmts[i]);
    if (s.hasPrincipal) {
      out.push(COMPLEX);
      continue;
    }
    out.push((s.hasResource ? HAS_RESOURCE : 0) | (s.resourceNegated ? RESOURCE_NEGATED : 0));
    out.push(s.resources.length);
    for (let k = 0; k < s.resources.length; k++) out.push(unchecked(s.resources[k]).memo);
    out.push(s.conds.length);
    for (let k = 0; k < s.conds.length; k++) out.push(unchecked(s.conds[k]).memo);
  }
  const prog = new StaticArray<i32>(out.length);
  for (let i = 0; i < out.length; i++) unchecked(prog[i] = out[i]);
  return prog;
}

/** Position of the next statement in the program being run. */
export let progPos = 0;

/** Starts running a program from its first statement. */
export function rewind(): void {
  progPos = 0;
}

/**
 * Checks the statement at progPos against the request resource `t` and advances past it:
 * 1 when it applies (its grant is direct: it has no Principal), 0 when not, -1 when it is complex.
 */
export function runStatement(prog: StaticArray<i32>, t: usize, tlen: i32): i32 {
  let p = progPos;
  const flags = unchecked(prog[p++]);
  if (flags & COMPLEX) {
    progPos = p;
    return -1;
  }
  const nRes = unchecked(prog[p++]);
  const resEnd = p + nRes;
  let ok = true;
  if (flags & HAS_RESOURCE) {
    let any = false;
    for (let k = p; k < resEnd && !any; k++) {
      const id = unchecked(prog[k]);
      const known = recall(id);
      any = known >= 0 ? known == 1 : remember(id, matchArnPattern(unchecked(patternById[id])!, t, tlen));
    }
    ok = any != ((flags & RESOURCE_NEGATED) != 0);
  }
  const nConds = unchecked(prog[resEnd]);
  const end = resEnd + 1 + nConds;
  for (let k = resEnd + 1; k < end && ok; k++) {
    const id = unchecked(prog[k]);
    const known = recall(id);
    ok = known >= 0 ? known == 1 : remember(id, evalCond(unchecked(condById[id])!));
  }
  progPos = end;
  return ok ? 1 : 0;
}
