// Whether one statement applies to the current request, as the reference's statements.ts: Action
// (memoised per action id), Resource, Principal (with the GrantKind of principals.ts) and every
// condition entry. Returns the grant kind, or GRANT_NONE when the statement does not apply.

import * as L from './layout';
import { Policy, Stmt, PrincipalValue } from './policy';
import { Action, Caller } from './registry';
import { globMatch } from './glob';
import { matchArnPattern } from './match';
import { evalConds } from './conditions';
import { recall, remember } from './memo';
import { charPtr, resourceOff, resourceLen } from './request';

/** Statement indexes (ascending) of `p` whose Action/NotAction applies to the action; memoised per action id. */
export function candidates(p: Policy, actionId: i32, action: Action): StaticArray<i32> {
  if (p.memo.has(actionId)) return p.memo.get(actionId);
  const picked = new Array<i32>();
  const text = changetype<usize>(action.text);
  const len = action.text.length;
  for (let i = 0; i < p.stmts.length; i++) {
    const s = unchecked(p.stmts[i]);
    let any = false;
    for (let k = 0; k < s.actions.length && !any; k++) {
      const u = unchecked(s.actions[k]).units;
      any = globMatch(u, 0, u.length, text, len);
    }
    if (any != s.actionNegated) picked.push(i);
  }
  const out = new StaticArray<i32>(picked.length);
  for (let i = 0; i < picked.length; i++) unchecked(out[i] = picked[i]);
  p.memo.set(actionId, out);
  return out;
}

function resourceMatches(s: Stmt): bool {
  if (!s.hasResource) return true;
  const t = charPtr(resourceOff);
  let any = false;
  for (let i = 0; i < s.resources.length && !any; i++) {
    const p = unchecked(s.resources[i]);
    const known = recall(p.memo);
    any = known >= 0 ? known == 1 : remember(p.memo, matchArnPattern(p, t, resourceLen));
  }
  return any != s.resourceNegated;
}

function entryGrant(v: PrincipalValue, c: Caller): i32 {
  switch (v.kind) {
    case L.PV_ANY: return L.GRANT_DIRECT;
    case L.PV_ACCOUNT: return c.hasAccount && c.account == v.text ? L.GRANT_ACCOUNT : L.GRANT_NONE;
    case L.PV_IAM_ROOT: case L.PV_IAM_ROLE: {
      if (c.hasAccount && v.partition == c.partition && v.account == c.account) {
        if (v.kind == L.PV_IAM_ROOT) return L.GRANT_ACCOUNT;
        if (v.text == c.name) return L.GRANT_ROLE;
        return c.kind == L.CALLER_ASSUMED_ROLE && c.roleName == v.roleName ? L.GRANT_ROLE : L.GRANT_NONE;
      }
      return v.text == c.name ? L.GRANT_DIRECT : L.GRANT_NONE;
    }
    default: return v.text == c.name ? L.GRANT_DIRECT : L.GRANT_NONE;
  }
}

function bestGrant(s: Stmt, c: Caller): i32 {
  if (s.principalWildcard) return L.GRANT_DIRECT;
  let best = L.GRANT_NONE;
  for (let i = 0; i < s.principals.length; i++) {
    const g = entryGrant(unchecked(s.principals[i]), c);
    if (g > best) best = g;
  }
  return best;
}

/** The statement's Principal/NotPrincipal grant for the caller (principals.ts matchPrincipal). */
function principalGrant(s: Stmt, c: Caller, hasBoundary: bool): i32 {
  if (!s.hasPrincipal) return L.GRANT_DIRECT;
  if (!s.principalNegated) return bestGrant(s, c);
  if (s.deny && hasBoundary) return L.GRANT_DIRECT;
  return bestGrant(s, c) == L.GRANT_NONE ? L.GRANT_DIRECT : L.GRANT_NONE;
}

/** How statement `s` (whose action already applies) applies to the request, or GRANT_NONE. */
export function statementGrant(s: Stmt, c: Caller, hasBoundary: bool): i32 {
  if (!resourceMatches(s)) return L.GRANT_NONE;
  const g = principalGrant(s, c, hasBoundary);
  if (g == L.GRANT_NONE) return g;
  return evalConds(s.conds) ? g : L.GRANT_NONE;
}
