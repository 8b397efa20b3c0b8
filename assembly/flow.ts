// The evaluation flow for one request, mirroring the reference's flow.ts step for step (that file is
// the specification): GetCallerIdentity, explicit deny, SCP levels, endpoint policy, the caller's
// side (identity, boundary, session), and the resource policy's grants by principal kind, with the
// trust-policy and key-policy rules. Writes the decision, missingAllow and decisive statements.

import * as L from './layout';
import { Policy, Stmt } from './policy';
import { Caller, Action, actions, callers, ACTION_GET_CALLER_IDENTITY, ACTION_TRUST_POLICY, ACTION_KMS } from './registry';
import { candidates, statementGrant } from './statement';
import { buildProgram, rewind, runStatement } from './program';
import { unitAt, textEquals } from './glob';
import {
  word, charPtr, beginRequest, principalId, actionId, resourceOff, resourceLen, resourceAccountOff, resourceAccountLen,
} from './request';

/** Compiled policies by handle. */
export const policies = new Array<Policy>();

/** The policy behind a handle; an unknown handle aborts the call (the TypeScript side throws). */
function policyAt(handle: i32): Policy {
  if (<u32>handle >= <u32>policies.length) abort('unknown policy handle');
  return unchecked(policies[handle]);
}

// Hits of the current request, in canonical order: 4 words each (slot, level, policy, statement),
// plus the grant kind and effect. Grown (rarely) when a request has more hits than fit.
let hitRefs = new StaticArray<i32>(1024);
let hitKind = new StaticArray<i32>(256);
let hitDeny = new StaticArray<bool>(256);
let hitCount = 0;
let denyCount = 0;
// Per-slot "has an applicable Allow" flags, resource grants by kind, and SCP levels with an Allow.
const slotAllows = new StaticArray<bool>(7);
const grantKinds = new StaticArray<bool>(3);
let scpLevelAllows = new StaticArray<bool>(16);

/** The decision of the last evaluated request, its missingAllow slot and its decisive refs. */
export let decision: u8 = 0;
export let missingAllow: i32 = L.SLOT_NONE;
export let decisive = new StaticArray<i32>(1024);
export let decisiveCount = 0;

function addHit(slot: i32, level: i32, policy: i32, stmt: i32, kind: i32, deny: bool): void {
  if (hitCount == hitKind.length) {
    const cap = hitKind.length << 1;
    const refs = new StaticArray<i32>(cap * 4);
    const kinds = new StaticArray<i32>(cap);
    const denies = new StaticArray<bool>(cap);
    for (let i = 0; i < hitCount; i++) {
      for (let k = 0; k < 4; k++) refs[i * 4 + k] = hitRefs[i * 4 + k];
      kinds[i] = hitKind[i];
      denies[i] = hitDeny[i];
    }
    hitRefs = refs;
    hitKind = kinds;
    hitDeny = denies;
  }
  const at = hitCount * 4;
  unchecked(hitRefs[at] = slot);
  unchecked(hitRefs[at + 1] = level);
  unchecked(hitRefs[at + 2] = policy);
  unchecked(hitRefs[at + 3] = stmt);
  unchecked(hitKind[hitCount] = kind);
  unchecked(hitDeny[hitCount] = deny);
  hitCount++;
  if (deny) denyCount++;
  else {
    unchecked(slotAllows[slot] = true);
    if (slot == L.SLOT_RESOURCE) unchecked(grantKinds[kind] = true);
    if (slot == L.SLOT_SCP) unchecked(scpLevelAllows[level] = true);
  }
}

let caller: Caller = new Caller();
let action: Action = new Action('', 0);
let hasBoundary = false;
// In decisions-only mode, Allow statements of a slot (or SCP level) that already has one are skipped
// and the first applicable Deny ends the search: the decision cannot change.
let full = true;

/** The identity slot's candidates for one action across all its policies, Deny statements first. */
class Merged {
  denyPolicy: StaticArray<i32> = new StaticArray<i32>(0);
  denyStmt: StaticArray<i32> = new StaticArray<i32>(0);
  denies: Stmt[] = [];
  denyProgram: StaticArray<i32> = new StaticArray<i32>(0);
  allowPolicy: StaticArray<i32> = new StaticArray<i32>(0);
  allowStmt: StaticArray<i32> = new StaticArray<i32>(0);
  allows: Stmt[] = [];
  allowProgram: StaticArray<i32> = new StaticArray<i32>(0);
}

// Requests of a batch usually share their identity policies: the merged candidates are memoised per
// action for the last identity handle list seen, so a request costs one lookup instead of one per policy.
let lastIdentity = new StaticArray<i32>(64);
let lastIdentityLen = -1;
let mergedMemo = new Map<i32, Merged>();

/** Forgets the merged candidates (policies were loaded or reset, so handles may mean other policies). */
export function forgetMerged(): void {
  lastIdentityLen = -1;
  mergedMemo.clear();
}

function toStatic(a: Array<i32>): StaticArray<i32> {
  const out = new StaticArray<i32>(a.length);
  for (let i = 0; i < a.length; i++) unchecked(out[i] = a[i]);
  return out;
}

function identityMerged(at: i32, n: i32): Merged {
  let same = n == lastIdentityLen;
  for (let i = 0; i < n && same; i++) same = unchecked(lastIdentity[i]) == word(at + i);
  if (!same) {
    if (n > lastIdentity.length) lastIdentity = new StaticArray<i32>(n * 2);
    for (let i = 0; i < n; i++) unchecked(lastIdentity[i] = word(at + i));
    lastIdentityLen = n;
    mergedMemo.clear();
  } else if (mergedMemo.has(actionId)) return mergedMemo.get(actionId);
  const dp = new Array<i32>();
  const ds = new Array<i32>();
  const ap = new Array<i32>();
  const as = new Array<i32>();
  const m = new Merged();
  for (let i = 0; i < n; i++) {
    const p = policyAt(word(at + i));
    const list = candidates(p, actionId, action);
    for (let k = 0; k < list.length; k++) {
      const si = unchecked(list[k]);
      const s = unchecked(p.stmts[si]);
      if (s.deny) { dp.push(i); ds.push(si); m.denies.push(s); } else { ap.push(i); as.push(si); m.allows.push(s); }
    }
  }
  m.denyPolicy = toStatic(dp);
  m.denyStmt = toStatic(ds);
  m.allowPolicy = toStatic(ap);
  m.allowStmt = toStatic(as);
  m.denyProgram = buildProgram(m.denies);
  m.allowProgram = buildProgram(m.allows);
  mergedMemo.set(actionId, m);
  return m;
}

/** Scans the identity policies (handles at word `at`): Deny statements first, then Allow statements. */
function scanIdentity(at: i32, n: i32): bool {
  const m = identityMerged(at, n);
  const t = charPtr(resourceOff);
  const denies = m.denies;
  rewind();
  for (let k = 0; k < denies.length; k++) {
    const r = runStatement(m.denyProgram, t, resourceLen);
    const g = r < 0 ? statementGrant(unchecked(denies[k]), caller, hasBoundary) : r == 1 ? L.GRANT_DIRECT : L.GRANT_NONE;
    if (g == L.GRANT_NONE) continue;
    addHit(L.SLOT_IDENTITY, 0, unchecked(m.denyPolicy[k]), unchecked(m.denyStmt[k]), g, true);
    if (!full) return true;
  }
  const allows = m.allows;
  rewind();
  for (let k = 0; k < allows.length; k++) {
    if (!full && unchecked(slotAllows[L.SLOT_IDENTITY])) break;
    const r = runStatement(m.allowProgram, t, resourceLen);
    const g = r < 0 ? statementGrant(unchecked(allows[k]), caller, hasBoundary) : r == 1 ? L.GRANT_DIRECT : L.GRANT_NONE;
    if (g != L.GRANT_NONE) addHit(L.SLOT_IDENTITY, 0, unchecked(m.allowPolicy[k]), unchecked(m.allowStmt[k]), g, false);
  }
  return false;
}

/** Evaluates the statements of one policy of a slot. */
function scanPolicy(slot: i32, level: i32, index: i32, handle: i32): bool {
  const p = policyAt(handle);
  const list = candidates(p, actionId, action);
  for (let i = 0; i < list.length; i++) {
    const si = unchecked(list[i]);
    const s = unchecked(p.stmts[si]);
    if (!full && !s.deny) {
      if (slot == L.SLOT_SCP ? unchecked(scpLevelAllows[level]) : (slot != L.SLOT_RESOURCE && unchecked(slotAllows[slot]))) continue;
    }
    const g = statementGrant(s, caller, hasBoundary);
    if (g == L.GRANT_NONE) continue;
    addHit(slot, level, index, si, g, s.deny);
    if (!full && s.deny) return true;
  }
  return false;
}

/** Scans a single-policy slot whose handle is at word `at`; returns true to stop early. */
function scanSingle(slot: i32, at: i32): bool {
  const h = word(at);
  return h >= 0 && scanPolicy(slot, 0, 0, h);
}

/** Scans a levels slot (SCP/RCP) at word `at`; returns the word after it, or -1 to stop early. */
function scanLevels(slot: i32, at: i32, skip: bool): i32 {
  const levels = word(at);
  let p = at + 1;
  for (let level = 0; level < levels; level++) {
    const n = word(p);
    for (let i = 0; i < n; i++) {
      if (!skip && scanPolicy(slot, level, i, word(p + 1 + i))) return -1;
    }
    p += 1 + n;
  }
  return p;
}

/** Checks every handle of a levels slot at word `at`. */
function checkLevels(at: i32): void {
  const levels = word(at);
  let p = at + 1;
  for (let level = 0; level < levels; level++) {
    const n = word(p);
    for (let i = 0; i < n; i++) policyAt(word(p + 1 + i));
    p += 1 + n;
  }
}

/** Skips a levels slot at word `at`; returns the word after it. */
function levelsEnd(at: i32): i32 {
  const levels = word(at);
  let p = at + 1;
  for (let level = 0; level < levels; level++) p += 1 + word(p);
  return p;
}

function isDigit(c: i32): bool {
  return c >= 48 && c <= 57;
}

/** Index just past the `:`-free run starting at `i` (the end of an ARN part). */
function partEnd(t: usize, len: i32, i: i32): i32 {
  while (i < len && unitAt(t, i) != 58) i++;
  return i;
}

function literalAt(t: usize, len: i32, i: i32, lit: string): bool {
  if (i + lit.length > len) return false;
  for (let k = 0; k < lit.length; k++) if (unitAt(t, i + k) != <i32>lit.charCodeAt(k)) return false;
  return true;
}

function twelveDigitsAt(t: usize, len: i32, i: i32): bool {
  if (i + 12 > len) return false;
  for (let k = 0; k < 12; k++) if (!isDigit(unitAt(t, i + k))) return false;
  return true;
}

/** `^arn:[^:]+:<service>:<region>:\d{12}:<prefix>` with an empty region if `emptyRegion` (flow.ts facts). */
function arnStartsWith(service: string, emptyRegion: bool, prefix: string): bool {
  const t = charPtr(resourceOff);
  const len = resourceLen;
  if (!literalAt(t, len, 0, 'arn:')) return false;
  let i = partEnd(t, len, 4);
  if (i == 4 || i == len) return false;
  i++;
  if (!literalAt(t, len, i, service) || i + service.length >= len || unitAt(t, i + service.length) != 58) return false;
  i += service.length + 1;
  const r = partEnd(t, len, i);
  if (r == len || (emptyRegion && r != i)) return false;
  i = r + 1;
  if (!twelveDigitsAt(t, len, i) || i + 12 >= len || unitAt(t, i + 12) != 58) return false;
  return literalAt(t, len, i + 13, prefix);
}

/** Whether the caller's account differs from the resource's (flow.ts requestFacts). */
function isCrossAccount(): bool {
  if (!caller.hasAccount) return false;
  const acct = changetype<usize>(caller.account);
  const alen = caller.account.length;
  if (resourceAccountLen >= 0) return !textEquals(charPtr(resourceAccountOff), resourceAccountLen, acct, alen);
  // arnAccount: `arn` first, at least six parts, and a 12-digit fifth part.
  const t = charPtr(resourceOff);
  const len = resourceLen;
  let start = 0;
  let colons = 0;
  let accountStart = -1;
  let accountEnd = -1;
  for (let i = 0; i < len && colons < 5; i++) {
    if (unitAt(t, i) != 58) continue;
    colons++;
    if (colons == 1 && !(i == 3 && literalAt(t, len, 0, 'arn'))) break;
    if (colons == 4) start = i + 1;
    if (colons == 5) { accountStart = start; accountEnd = i; }
  }
  if (accountStart >= 0 && accountEnd - accountStart == 12 && twelveDigitsAt(t, len, accountStart)) {
    return !textEquals(t + (<usize>accountStart << 1), 12, acct, alen);
  }
  return false;
}

function finish(d: u8, missing: i32): void {
  decision = d;
  missingAllow = missing;
}

function implicitDeny(missing: i32): void {
  finish(L.IMPLICIT_DENY, missing);
}

function grants(kind: i32): bool {
  return unchecked(grantKinds[kind]);
}

/** Evaluates the request record at word `at`; `wantAll` collects every decisive statement. Returns the record's end. */
export function evaluateAt(at: i32, wantAll: bool): i32 {
  full = wantAll;
  let p = beginRequest(at);
  caller = unchecked(callers[principalId]);
  action = unchecked(actions[actionId]);
  hitCount = 0;
  denyCount = 0;
  decisiveCount = 0;
  for (let i = 0; i < 7; i++) unchecked(slotAllows[i] = false);
  for (let i = 0; i < 3; i++) unchecked(grantKinds[i] = false);

  // Slot words: identity list, resource, boundary, session, endpoint, SCP levels, RCP levels.
  const identityAt = p;
  const nIdentity = word(p);
  p += 1 + (nIdentity < 0 ? 0 : nIdentity);
  const resourceAt = p;
  const boundaryAt = p + 1;
  const sessionAt = p + 2;
  const endpointAt = p + 3;
  const scpAt = p + 4;
  const rcpAt = levelsEnd(scpAt);
  const end = levelsEnd(rcpAt);
  // Every handle must be known, whether or not the flow reads its slot (as the reference resolves them all).
  for (let i = 0; i < nIdentity; i++) policyAt(word(identityAt + 1 + i));
  for (let i = resourceAt; i <= endpointAt; i++) if (word(i) >= 0) policyAt(word(i));
  checkLevels(scpAt);
  checkLevels(rcpAt);
  if (action.flags & ACTION_GET_CALLER_IDENTITY) { finish(L.ALLOW, L.SLOT_NONE); return end; }
  hasBoundary = word(boundaryAt) >= 0;
  const scpLevels = word(scpAt);
  if (scpLevels > scpLevelAllows.length) scpLevelAllows = new StaticArray<bool>(scpLevels + 16);
  for (let i = 0; i < scpLevelAllows.length; i++) unchecked(scpLevelAllows[i] = false);
  const scpApplies = caller.hasAccount;

  // Canonical order: scp, rcp, endpoint, resource, identity, boundary, session.
  let stop = scanLevels(L.SLOT_SCP, scpAt, !scpApplies) < 0;
  if (!stop) stop = scanLevels(L.SLOT_RCP, rcpAt, false) < 0;
  if (!stop) stop = scanSingle(L.SLOT_ENDPOINT, endpointAt);
  if (!stop) stop = scanSingle(L.SLOT_RESOURCE, resourceAt);
  if (!stop && nIdentity > 0) stop = scanIdentity(identityAt + 1, nIdentity);
  if (!stop) stop = scanSingle(L.SLOT_BOUNDARY, boundaryAt);
  if (!stop) stop = scanSingle(L.SLOT_SESSION, sessionAt);

  if (denyCount > 0) {
    finish(L.EXPLICIT_DENY, L.SLOT_NONE);
    if (full) for (let i = 0; i < hitCount; i++) if (unchecked(hitDeny[i])) pushDecisive(i);
    return end;
  }
  if (scpApplies) {
    for (let level = 0; level < scpLevels; level++) if (!unchecked(scpLevelAllows[level])) { implicitDeny(L.SLOT_SCP); return end; }
  }
  if (word(endpointAt) >= 0 && !unchecked(slotAllows[L.SLOT_ENDPOINT])) { implicitDeny(L.SLOT_ENDPOINT); return end; }

  const boundaryPresent = hasBoundary;
  const sessionPresent = word(sessionAt) >= 0;
  const hasIdentity = unchecked(slotAllows[L.SLOT_IDENTITY]);
  const limitsHold = (!boundaryPresent || unchecked(slotAllows[L.SLOT_BOUNDARY])) &&
    (!sessionPresent || unchecked(slotAllows[L.SLOT_SESSION]));
  const isRoot = caller.kind == L.CALLER_ROOT;
  const callerSide = isRoot || (hasIdentity && limitsHold);
  const anyGrant = unchecked(slotAllows[L.SLOT_RESOURCE]);
  const trustPolicy = (action.flags & ACTION_TRUST_POLICY) != 0 && arnStartsWith('iam', true, 'role/');
  const keyPolicy = (action.flags & ACTION_KMS) != 0 && arnStartsWith('kms', false, 'key/');
  const strict = trustPolicy || keyPolicy;
  const crossAccount = isCrossAccount();

  let allowed = false;
  // Granting slots as bits: resource, identity, boundary+session.
  let grantResource = false;
  let grantIdentity = false;
  let grantLimits = false;
  let mayNeedIdentity = true;
  if (!caller.hasAccount || crossAccount) {
    allowed = anyGrant && (!caller.hasAccount || callerSide);
    grantResource = true;
    grantIdentity = caller.hasAccount;
    grantLimits = caller.hasAccount;
  } else {
    const directOk = grants(L.GRANT_DIRECT) && (!trustPolicy || limitsHold);
    const roleOk = grants(L.GRANT_ROLE) && limitsHold;
    const identityOk = strict ? grants(L.GRANT_ACCOUNT) && callerSide : callerSide;
    allowed = directOk || roleOk || identityOk;
    grantResource = directOk || roleOk || strict;
    grantIdentity = identityOk;
    grantLimits = identityOk || roleOk || (directOk && trustPolicy);
    mayNeedIdentity = !(grants(L.GRANT_DIRECT) || grants(L.GRANT_ROLE));
  }
  if (allowed) {
    finish(L.ALLOW, L.SLOT_NONE);
    if (!full) return end;
    for (let i = 0; i < hitCount; i++) {
      if (unchecked(hitDeny[i])) continue;
      const slot = unchecked(hitRefs[i * 4]);
      if (slot == L.SLOT_SCP || slot == L.SLOT_ENDPOINT || (slot == L.SLOT_RESOURCE && grantResource) ||
        (slot == L.SLOT_IDENTITY && grantIdentity) || ((slot == L.SLOT_BOUNDARY || slot == L.SLOT_SESSION) && grantLimits)) {
        pushDecisive(i);
      }
    }
    return end;
  }
  const resourceRequired = !caller.hasAccount || crossAccount || strict;
  if (resourceRequired && !anyGrant) { implicitDeny(L.SLOT_RESOURCE); return end; }
  if (mayNeedIdentity && !isRoot && !hasIdentity) { implicitDeny(L.SLOT_IDENTITY); return end; }
  if (boundaryPresent && !unchecked(slotAllows[L.SLOT_BOUNDARY])) { implicitDeny(L.SLOT_BOUNDARY); return end; }
  if (sessionPresent && !unchecked(slotAllows[L.SLOT_SESSION])) { implicitDeny(L.SLOT_SESSION); return end; }
  implicitDeny(L.SLOT_IDENTITY);
  return end;
}

function pushDecisive(i: i32): void {
  if ((decisiveCount + 1) * 4 > decisive.length) {
    const next = new StaticArray<i32>(decisive.length << 1);
    for (let k = 0; k < decisiveCount * 4; k++) next[k] = decisive[k];
    decisive = next;
  }
  for (let k = 0; k < 4; k++) unchecked(decisive[decisiveCount * 4 + k] = hitRefs[i * 4 + k]);
  decisiveCount++;
}
