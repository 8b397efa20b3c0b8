// The whole evaluation flow for one request: which policy types apply, how they combine, and the
// EvaluationResult of contract.ts. This file is the specification the Wasm engine mirrors.
//
// Documented rules ("Policy evaluation logic", "Cross-account policy evaluation logic",
// "Permissions boundaries", "Session policies", Organizations "SCP evaluation" and "RCP
// evaluation", KMS "Key policies", STS "GetCallerIdentity", "Role trust policies"):
//  1. sts:GetCallerIdentity needs no permission: always Allow (decisive empty).
//  2. An applicable Deny in any policy wins: ExplicitDeny, decisive = every applicable Deny.
//  3. SCPs (only for callers that belong to an account: not anonymous or service principals):
//     every level of the organization path needs an applicable Allow, else ImplicitDeny 'scp'.
//  4. RCPs: RCPFullAWSAccess is implicit at every level, so RCPs only ever deny (step 2).
//  5. A VPC endpoint policy, when present, must allow, else ImplicitDeny 'endpoint'.
//  6. The caller's side: identity-based Allow AND (boundary absent or allows) AND (session policy
//     absent or allows). The account root user needs no identity policy in its own account.
//  7. The resource policy's applicable Allows, by how their Principal matched (principals.ts):
//     'direct' (user, session, federated user, service, `*`), 'role' (role ARN) or 'account'.
//     - Callers without an account (anonymous, services): a resource Allow is required and enough.
//     - Cross-account (resourceAccount differs from the caller's): resource Allow AND caller side.
//     - Same account: allowed when the caller side allows (step 6), or a 'direct' grant exists
//       (not limited by boundary or session policy), or a 'role' grant exists and the boundary and
//       session policy (when present) allow. An 'account' grant alone grants nothing.
//     - Role trust policies (sts:AssumeRole* on a role ARN) and KMS key policies must allow even
//       in-account: without an applicable resource Allow the request is denied; an 'account'
//       grant delegates to the caller side (step 6); a trust-policy grant naming the caller is
//       still limited by the caller's boundary and session policy.
//  ImplicitDeny's missingAllow: 'scp' or 'endpoint' from steps 3/5; else 'resource' when a required
//  resource Allow is missing; else the first of identity, boundary, session without an applicable
//  Allow (identity is skipped when a direct/role resource grant exists and only needs the others).
//  Allow's decisive statements: the applicable Allows of SCPs (when they apply), the endpoint
//  policy, and of the slots that granted access: 'resource' when a resource grant was used or
//  required, 'identity' when the caller side was used, 'boundary' and 'session' whenever the path
//  used depends on them. All in canonical order (contract.ts).

import type { EvaluationResult, PolicySlot, PolicySlots, StatementRef } from '../contract';
import type { CompiledPolicy } from './compilePolicy';
import { arnAccount, type GrantKind } from './principals';
import { appliesBeyondAction, type PreparedRequest } from './statements';

/** Slots in canonical order (contract.ts). */
export const SLOT_ORDER: readonly PolicySlot[] = ['scp', 'rcp', 'endpoint', 'resource', 'identity', 'boundary', 'session'];

/** An applicable Allow statement and how its principal matched. */
export interface AllowHit {
  ref: StatementRef;
  kind: GrantKind;
}

/** Every applicable statement of a request, grouped for the flow. */
export interface Hits {
  denies: StatementRef[];
  allows: Record<PolicySlot, AllowHit[]>;
}

/** Facts about a request that decide which rules of the flow apply. */
export interface RequestFacts {
  scpApplies: boolean;
  crossAccount: boolean;
  resourceAccount: string | null;
  trustPolicy: boolean;
  keyPolicy: boolean;
}

/** The policies of one slot as levels × policies (single slots have one level of one policy). */
export function slotLevels(slots: PolicySlots<CompiledPolicy>, slot: PolicySlot): CompiledPolicy[][] {
  const single = (p: CompiledPolicy | undefined) => (p === undefined ? [] : [[p]]);
  switch (slot) {
    case 'scp': return slots.serviceControlPolicies ?? [];
    case 'rcp': return slots.resourceControlPolicies ?? [];
    case 'identity': return slots.identityPolicies === undefined ? [] : [slots.identityPolicies];
    case 'endpoint': return single(slots.endpointPolicy);
    case 'resource': return single(slots.resourcePolicy);
    case 'boundary': return single(slots.permissionsBoundary);
    case 'session': return single(slots.sessionPolicy);
  }
}

/** Works out cross-account, SCP applicability and the service rules for a request. */
export function requestFacts(req: PreparedRequest): RequestFacts {
  const { request, caller } = req;
  const resourceAccount = request.resourceAccount ?? arnAccount(request.resource) ?? caller.account;
  return {
    scpApplies: caller.account !== null,
    crossAccount: caller.account !== null && resourceAccount !== caller.account,
    resourceAccount,
    trustPolicy: req.action.startsWith('sts:assumerole') && /^arn:[^:]+:iam::\d{12}:role\//.test(request.resource),
    keyPolicy: req.service === 'kms' && /^arn:[^:]+:kms:[^:]*:\d{12}:key\//.test(request.resource),
  };
}

/** Finds every applicable statement, in canonical order. */
export function collectHits(slots: PolicySlots<CompiledPolicy>, req: PreparedRequest, facts: RequestFacts): Hits {
  const hits: Hits = {
    denies: [],
    allows: { scp: [], rcp: [], endpoint: [], resource: [], identity: [], boundary: [], session: [] },
  };
  for (const slot of SLOT_ORDER) {
    if (slot === 'scp' && !facts.scpApplies) continue;
    const levels = slotLevels(slots, slot);
    for (let level = 0; level < levels.length; level++) {
      const policies = levels[level];
      for (let policy = 0; policy < policies.length; policy++) {
        const p = policies[policy];
        for (const statement of p.statementsFor(req.action)) {
          const s = p.statements[statement];
          const kind = appliesBeyondAction(s, req);
          if (kind === null) continue;
          const ref = { slot, level, policy, statement };
          if (s.source.effect === 'Deny') hits.denies.push(ref);
          else hits.allows[slot].push({ ref, kind });
        }
      }
    }
  }
  return hits;
}

function implicitDeny(missingAllow: PolicySlot): EvaluationResult {
  return { decision: 'ImplicitDeny', decisive: [], missingAllow };
}

/** Applies the flow above to the applicable statements. */
export function decide(slots: PolicySlots<CompiledPolicy>, req: PreparedRequest, facts: RequestFacts, hits: Hits): EvaluationResult {
  if (hits.denies.length > 0) return { decision: 'ExplicitDeny', decisive: hits.denies, missingAllow: null };
  const { allows } = hits;
  const has = (slot: PolicySlot) => allows[slot].length > 0;
  if (facts.scpApplies) {
    const levels = slotLevels(slots, 'scp');
    for (let level = 0; level < levels.length; level++) {
      if (!allows.scp.some((h) => h.ref.level === level)) return implicitDeny('scp');
    }
  }
  if (slots.endpointPolicy !== undefined && !has('endpoint')) return implicitDeny('endpoint');

  const present = { boundary: slots.permissionsBoundary !== undefined, session: slots.sessionPolicy !== undefined };
  const limitsHold = (!present.boundary || has('boundary')) && (!present.session || has('session'));
  const isRoot = req.caller.kind === 'root';
  const callerSide = isRoot || (has('identity') && limitsHold);
  const grants = (kind: GrantKind) => allows.resource.some((h) => h.kind === kind);
  const anyGrant = has('resource');
  const strict = facts.trustPolicy || facts.keyPolicy;

  let allowed: boolean;
  let granting: PolicySlot[];
  let mayNeedIdentity = true;
  if (req.caller.account === null || facts.crossAccount) {
    allowed = anyGrant && (req.caller.account === null || callerSide);
    granting = req.caller.account === null ? ['resource'] : ['resource', 'identity', 'boundary', 'session'];
  } else {
    const directOk = grants('direct') && (!facts.trustPolicy || limitsHold);
    const roleOk = grants('role') && limitsHold;
    const identityOk = strict ? grants('account') && callerSide : callerSide;
    allowed = directOk || roleOk || identityOk;
    granting = [];
    if (directOk || roleOk || strict) granting.push('resource');
    if (identityOk) granting.push('identity');
    if (identityOk || roleOk || (directOk && facts.trustPolicy)) granting.push('boundary', 'session');
    mayNeedIdentity = !(grants('direct') || grants('role'));
  }
  if (allowed) {
    const decisive: StatementRef[] = [];
    for (const slot of SLOT_ORDER) {
      if (slot === 'scp' || slot === 'endpoint' || granting.includes(slot)) for (const h of allows[slot]) decisive.push(h.ref);
    }
    return { decision: 'Allow', decisive, missingAllow: null };
  }
  const resourceRequired = req.caller.account === null || facts.crossAccount || strict;
  if (resourceRequired && !anyGrant) return implicitDeny('resource');
  if (mayNeedIdentity && !isRoot && !has('identity')) return implicitDeny('identity');
  if (present.boundary && !has('boundary')) return implicitDeny('boundary');
  if (present.session && !has('session')) return implicitDeny('session');
  return implicitDeny('identity');
}

/** Evaluates a prepared request against compiled policies. */
export function evaluateRequest(slots: PolicySlots<CompiledPolicy>, req: PreparedRequest): EvaluationResult {
  if (req.action === 'sts:getcalleridentity') return { decision: 'Allow', decisive: [], missingAllow: null };
  const facts = requestFacts(req);
  return decide(slots, req, facts, collectHits(slots, req, facts));
}
