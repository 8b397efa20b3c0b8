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
//     - Role trust policies (sts:AssumeRole*, sts:TagSession or sts:SetSourceIdentity on a role
//       ARN: trustPolicy.ts) and KMS key policies must allow even
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

import type { Decision, EvaluationResult, PolicySlot, PolicySlots, StatementRef } from '../contract';
import type { CompiledPolicy } from './compilePolicy';
import { governedByTrustPolicy } from '../trustPolicy';
import { arnAccount, type GrantKind } from './principals';
import { appliesBeyondAction, type PreparedRequest } from './statements';

/** Slots in canonical order (contract.ts). */
export const SLOT_ORDER: readonly PolicySlot[] = [
  'scp',
  'rcp',
  'endpoint',
  'resource',
  'identity',
  'boundary',
  'session',
];
const SCP = 0,
  ENDPOINT = 2,
  RESOURCE = 3,
  IDENTITY = 4,
  BOUNDARY = 5,
  SESSION = 6;
const bit = (slotIndex: number) => 1 << slotIndex;

/** A request's policies by slot (SLOT_ORDER index) → organization level → policy. */
export type SlotTable = CompiledPolicy[][][];

function single(p: CompiledPolicy | undefined): CompiledPolicy[][] {
  return p === undefined ? [] : [[p]];
}

/** Arranges a bundle's policies as a SlotTable (single slots have one level of one policy). */
export function slotTable(slots: PolicySlots<CompiledPolicy>): SlotTable {
  return [
    slots.serviceControlPolicies ?? [],
    slots.resourceControlPolicies ?? [],
    single(slots.endpointPolicy),
    single(slots.resourcePolicy),
    slots.identityPolicies === undefined ? [] : [slots.identityPolicies],
    single(slots.permissionsBoundary),
    single(slots.sessionPolicy),
  ];
}

/** An applicable Allow statement and how its principal matched. */
export interface AllowHit {
  ref: StatementRef;
  kind: GrantKind;
}

/** Every applicable statement of a request, in canonical order, with summaries for the flow. */
export interface Hits {
  denies: StatementRef[];
  allows: AllowHit[];
  /** Bit i set: slot SLOT_ORDER[i] has an applicable Allow. */
  allowSlots: number;
  /** How many SCP levels have an applicable Allow. */
  scpLevelsAllowed: number;
  /** Which principal matches the resource policy's applicable Allows used. */
  resourceGrants: Record<GrantKind, boolean>;
}

/** Facts about a request that decide which rules of the flow apply. */
export interface RequestFacts {
  scpApplies: boolean;
  crossAccount: boolean;
  resourceAccount: string | null;
  trustPolicy: boolean;
  keyPolicy: boolean;
}

/** Works out cross-account, SCP applicability and the service rules for a request. */
export function requestFacts(req: PreparedRequest): RequestFacts {
  const { request, caller } = req;
  const resourceAccount = request.resourceAccount ?? arnAccount(request.resource) ?? caller.account;
  return {
    scpApplies: caller.account !== null,
    crossAccount: caller.account !== null && resourceAccount !== caller.account,
    resourceAccount,
    trustPolicy: governedByTrustPolicy(req.action, request.resource),
    keyPolicy: req.service === 'kms' && /^arn:[^:]+:kms:[^:]*:\d{12}:key\//.test(request.resource),
  };
}

/**
 * Finds the applicable statements, in canonical order. With `decisionOnly`, it stops at the first
 * applicable Deny and, within a slot level, at the first applicable Allow (the resource policy is
 * always scanned whole, since how its principals matched matters): the decision is the same, the
 * statement lists are partial.
 */
export function collectHits(table: SlotTable, req: PreparedRequest, facts: RequestFacts, decisionOnly = false): Hits {
  const hits: Hits = {
    denies: [],
    allows: [],
    allowSlots: 0,
    scpLevelsAllowed: 0,
    resourceGrants: { direct: false, role: false, account: false },
  };
  const first = facts.scpApplies ? 0 : 1;
  for (let slotIndex = first; slotIndex < table.length; slotIndex++) {
    const levels = table[slotIndex];
    for (let level = 0; level < levels.length; level++) {
      const policies = levels[level];
      for (let policy = 0; policy < policies.length; policy++) {
        const p = policies[policy];
        for (const statement of p.statementsFor(req.action).deny) {
          if (appliesBeyondAction(p.statements[statement], req) === null) continue;
          hits.denies.push({ slot: SLOT_ORDER[slotIndex], level, policy, statement });
          if (decisionOnly) return hits;
        }
      }
    }
  }
  for (let slotIndex = first; slotIndex < table.length; slotIndex++) {
    const levels = table[slotIndex];
    const scanWhole = !decisionOnly || slotIndex === RESOURCE;
    for (let level = 0; level < levels.length; level++) {
      let levelAllows = false;
      const policies = levels[level];
      for (let policy = 0; policy < policies.length && (scanWhole || !levelAllows); policy++) {
        const p = policies[policy];
        for (const statement of p.statementsFor(req.action).allow) {
          const kind = appliesBeyondAction(p.statements[statement], req);
          if (kind === null) continue;
          hits.allows.push({ ref: { slot: SLOT_ORDER[slotIndex], level, policy, statement }, kind });
          levelAllows = true;
          if (slotIndex === RESOURCE) hits.resourceGrants[kind] = true;
          if (!scanWhole) break;
        }
      }
      if (levelAllows) hits.allowSlots |= bit(slotIndex);
      if (levelAllows && slotIndex === SCP) hits.scpLevelsAllowed++;
    }
  }
  return hits;
}

function hasAllow(hits: Hits, slotIndex: number): boolean {
  return (hits.allowSlots & bit(slotIndex)) !== 0;
}

function isPresent(table: SlotTable, slotIndex: number): boolean {
  return table[slotIndex].length > 0;
}

function implicitDeny(missingAllow: PolicySlot): EvaluationResult {
  return { decision: 'ImplicitDeny', decisive: [], missingAllow };
}

/** Applies the flow above to the applicable statements. */
export function decide(table: SlotTable, req: PreparedRequest, facts: RequestFacts, hits: Hits): EvaluationResult {
  if (hits.denies.length > 0) return { decision: 'ExplicitDeny', decisive: hits.denies, missingAllow: null };
  if (facts.scpApplies && hits.scpLevelsAllowed < table[SCP].length) return implicitDeny('scp');
  if (isPresent(table, ENDPOINT) && !hasAllow(hits, ENDPOINT)) return implicitDeny('endpoint');

  const limitsHold =
    (!isPresent(table, BOUNDARY) || hasAllow(hits, BOUNDARY)) &&
    (!isPresent(table, SESSION) || hasAllow(hits, SESSION));
  const isRoot = req.caller.kind === 'root';
  const callerSide = isRoot || (hasAllow(hits, IDENTITY) && limitsHold);
  const grants = hits.resourceGrants;
  const anyGrant = hasAllow(hits, RESOURCE);
  const strict = facts.trustPolicy || facts.keyPolicy;
  const noAccount = req.caller.account === null;

  let isAllowed: boolean;
  let granting = 0;
  if (noAccount || facts.crossAccount) {
    isAllowed = anyGrant && (noAccount || callerSide);
    granting = noAccount ? bit(RESOURCE) : bit(RESOURCE) | bit(IDENTITY) | bit(BOUNDARY) | bit(SESSION);
  } else {
    const directOk = grants.direct && (!facts.trustPolicy || limitsHold);
    const roleOk = grants.role && limitsHold;
    const identityOk = strict ? grants.account && callerSide : callerSide;
    isAllowed = directOk || roleOk || identityOk;
    if (directOk || roleOk || strict) granting |= bit(RESOURCE);
    if (identityOk) granting |= bit(IDENTITY);
    if (identityOk || roleOk || (directOk && facts.trustPolicy)) granting |= bit(BOUNDARY) | bit(SESSION);
  }
  if (isAllowed) {
    granting |= bit(SCP) | bit(ENDPOINT);
    const decisive: StatementRef[] = [];
    for (const h of hits.allows) if ((granting & bit(SLOT_ORDER.indexOf(h.ref.slot))) !== 0) decisive.push(h.ref);
    return { decision: 'Allow', decisive, missingAllow: null };
  }
  const resourceRequired = noAccount || facts.crossAccount || strict;
  if (resourceRequired && !anyGrant) return implicitDeny('resource');
  const mayNeedIdentity = noAccount || facts.crossAccount || !(grants.direct || grants.role);
  if (mayNeedIdentity && !isRoot && !hasAllow(hits, IDENTITY)) return implicitDeny('identity');
  if (isPresent(table, BOUNDARY) && !hasAllow(hits, BOUNDARY)) return implicitDeny('boundary');
  if (isPresent(table, SESSION) && !hasAllow(hits, SESSION)) return implicitDeny('session');
  return implicitDeny('identity');
}

/** Evaluates a prepared request against its policies. */
export function evaluateRequest(table: SlotTable, req: PreparedRequest): EvaluationResult {
  if (req.action === 'sts:getcalleridentity') return { decision: 'Allow', decisive: [], missingAllow: null };
  const facts = requestFacts(req);
  return decide(table, req, facts, collectHits(table, req, facts));
}

/** The decision alone (the batch hot path): same decision as evaluateRequest, less work. */
export function evaluateDecision(table: SlotTable, req: PreparedRequest): Decision {
  if (req.action === 'sts:getcalleridentity') return 'Allow';
  const facts = requestFacts(req);
  return decide(table, req, facts, collectHits(table, req, facts, true)).decision;
}
