// The IAM policy simulator APIs: SimulatePrincipalPolicy (a user's, group's or role's policies, plus extra
// policies to try) and SimulateCustomPolicy (only the policies given), over actions × resources, reporting
// the decision, the matched statements with positions, and the context keys the policies test but lack.

import type { AuthzRequest, ContextValue, PolicySlots, StatementRef } from '../engine/contract';
import type { Identity, Scenario } from '../model';
import { parseArn, splitIamResource } from '../model';
import type { ApiContext } from './apiContext';
import type { Authorization } from './authorize';
import { buildRequest, evaluatePolicies } from './authorize';
import type { LabelledPolicy } from './collectPolicies';
import { collectPolicies } from './collectPolicies';
import { ApiError } from './errors';
import { getGroup, getRole, getUser, managedPolicyDocument } from './lookup';
import type { Call } from './operation';
import { operation } from './operation';
import { checkPolicyDocument } from './policyDocuments';
import { policyInSlots } from '../engine/contract';

/** A context value supplied to the simulator. */
export interface ContextEntry {
  ContextKeyName: string;
  ContextKeyValues: string[];
  ContextKeyType:
    | 'string'
    | 'stringList'
    | 'numeric'
    | 'numericList'
    | 'boolean'
    | 'booleanList'
    | 'ip'
    | 'ipList'
    | 'binary'
    | 'binaryList'
    | 'date'
    | 'dateList';
}

/** One evaluation result as the simulator returns it. */
export interface EvaluationResultShape {
  EvalActionName: string;
  EvalResourceName: string;
  EvalDecision: 'allowed' | 'explicitDeny' | 'implicitDeny';
  MatchedStatements: {
    SourcePolicyId: string;
    SourcePolicyType: string;
    StartPosition: { Line: number; Column: number };
    EndPosition: { Line: number; Column: number };
  }[];
  MissingContextValues: string[];
  OrganizationsDecisionDetail?: { AllowedByOrganizations: boolean };
  PermissionsBoundaryDecisionDetail?: { AllowedByPermissionsBoundary: boolean };
}

/** Parameters both simulate operations share. */
interface CommonParams {
  ActionNames: string[];
  ResourceArns?: string[];
  ContextEntries?: ContextEntry[];
  PermissionsBoundaryPolicyInputList?: string[];
  ResourcePolicy?: string;
  CallerArn?: string;
}

const DECISIONS = { Allow: 'allowed', ExplicitDeny: 'explicitDeny', ImplicitDeny: 'implicitDeny' } as const;

const contextOverrides = (entries: ContextEntry[] = []): Record<string, ContextValue> =>
  Object.fromEntries(
    entries.map((e) => [
      e.ContextKeyName,
      e.ContextKeyType.endsWith('List') ? e.ContextKeyValues : (e.ContextKeyValues[0] ?? ''),
    ]),
  );

/** The simulator's PolicySourceType for a collected policy. */
function sourceType(ref: StatementRef, label: string): string {
  if (ref.slot === 'resource') return 'resource';
  if (ref.slot !== 'identity') return 'none';
  if (label.startsWith('inline policy')) return label.slice(label.lastIndexOf(' of ') + 4).split(' ')[0];
  return label.includes(':aws:policy/') ? 'aws-managed' : 'user-managed';
}

function allPolicies(p: PolicySlots<LabelledPolicy>): LabelledPolicy[] {
  const one = (x: LabelledPolicy | undefined) => (x ? [x] : []);
  return [
    ...(p.identityPolicies ?? []),
    ...one(p.resourcePolicy),
    ...one(p.permissionsBoundary),
    ...one(p.sessionPolicy),
    ...(p.serviceControlPolicies ?? []).flat(),
    ...(p.resourceControlPolicies ?? []).flat(),
    ...one(p.endpointPolicy),
  ];
}

/** Condition keys the policies test that the request context does not have. */
function missingKeys(ctx: ApiContext, p: PolicySlots<LabelledPolicy>, request: AuthzRequest): string[] {
  const present = new Set(Object.keys(request.context ?? {}).map((k) => k.toLowerCase()));
  const missing = new Set<string>();
  for (const x of allPolicies(p))
    for (const st of ctx.parse(x.text, x.kind).policy?.statements ?? [])
      for (const c of st.conditions) if (!present.has(c.key.toLowerCase())) missing.add(c.key);
  return [...missing].sort();
}

function resultShape(ctx: ApiContext, a: Authorization): EvaluationResultShape {
  const { result, policies, request } = a;
  const denied = (slot: 'scp' | 'boundary') =>
    (result.decision === 'ExplicitDeny' && result.decisive.some((r) => r.slot === slot)) ||
    (result.decision === 'ImplicitDeny' && result.missingAllow === slot);
  return {
    EvalActionName: request.action,
    EvalResourceName: request.resource,
    EvalDecision: DECISIONS[result.decision],
    MatchedStatements: result.decisive.flatMap((ref) => {
      const policy = policyInSlots(policies, ref);
      const range = policy && ctx.parse(policy.text, policy.kind).policy?.statements[ref.statement]?.range;
      if (!policy || !range) return [];
      return [
        {
          SourcePolicyId: policy.label,
          SourcePolicyType: sourceType(ref, policy.label),
          StartPosition: { Line: range.startLine, Column: range.startColumn },
          EndPosition: { Line: range.endLine, Column: range.endColumn },
        },
      ];
    }),
    MissingContextValues: missingKeys(ctx, policies, request),
    ...(policies.serviceControlPolicies
      ? { OrganizationsDecisionDetail: { AllowedByOrganizations: !denied('scp') } }
      : {}),
    ...(policies.permissionsBoundary
      ? { PermissionsBoundaryDecisionDetail: { AllowedByPermissionsBoundary: !denied('boundary') } }
      : {}),
  };
}

/** A simulated identity for a user or role ARN (a role is simulated as a session of that role). */
function simulatedIdentity(s: Scenario, accountId: string, type: string, name: string, nowIso: string): Identity {
  if (type === 'user') return { type: 'user', accountId, userName: name, mfaAuthenticatedAt: null };
  return {
    type: 'assumedRole',
    accountId,
    roleName: name,
    sessionName: 'SimulatePrincipalPolicy',
    accessKeyId: 'ASIASIMULATEDSESSION',
    issuedAt: nowIso,
    expiresAt: '9999-12-31T23:59:59Z',
    sessionTags: [],
    transitiveTagKeys: [],
    sourceIdentity: null,
    sessionPolicy: null,
    sessionPolicyArns: [],
    mfaAuthenticatedAt: null,
    chained: false,
    assumedBy: { type: 'root', accountId: s.accounts[0].id },
  };
}

/** Checks the extra policies given to the simulator (as IAM does, MalformedPolicyDocument on error). */
function checkInputs(call: Call<CommonParams & { PolicyInputList?: string[] }>): void {
  for (const text of call.params.PolicyInputList ?? []) checkPolicyDocument(call.ctx, text, 'identity');
  for (const text of call.params.PermissionsBoundaryPolicyInputList ?? [])
    checkPolicyDocument(call.ctx, text, 'boundary');
  if (call.params.ResourcePolicy) checkPolicyDocument(call.ctx, call.params.ResourcePolicy, 'resource');
}

/** Runs every action on every resource with policies built per request by `policiesFor`. */
function simulate(
  call: Call<CommonParams>,
  identity: Identity,
  policiesFor: (action: string, resource: string) => PolicySlots<LabelledPolicy>,
  principal?: string,
): { EvaluationResults: EvaluationResultShape[]; IsTruncated: false } {
  const p = call.params;
  const results: EvaluationResultShape[] = [];
  for (const action of p.ActionNames)
    for (const resource of p.ResourceArns ?? ['*']) {
      const request = buildRequest(call.ctx, call.scenario, identity, {
        action,
        resource,
        overrides: contextOverrides(p.ContextEntries),
      });
      const slots = policiesFor(action, resource);
      const boundaries = p.PermissionsBoundaryPolicyInputList ?? [];
      if (boundaries.length)
        slots.permissionsBoundary = {
          text: boundaries[0],
          kind: 'boundary',
          label: 'PermissionsBoundaryPolicyInputList.1',
        };
      if (p.ResourcePolicy)
        slots.resourcePolicy = { text: p.ResourcePolicy, kind: 'resource', label: 'ResourcePolicy' };
      results.push(
        resultShape(
          call.ctx,
          evaluatePolicies(call.ctx, { ...request, principal: p.CallerArn ?? principal ?? request.principal }, slots),
        ),
      );
    }
  return { EvaluationResults: results, IsTruncated: false };
}

const inputs = (list: string[] | undefined): LabelledPolicy[] =>
  (list ?? []).map((text, i) => ({ text, kind: 'identity', label: `PolicyInputList.${i + 1}` }));

/** The simulator operations. */
export const simulateOperations = {
  SimulatePrincipalPolicy: operation<
    CommonParams & { PolicySourceArn: string; PolicyInputList?: string[] },
    { EvaluationResults: EvaluationResultShape[]; IsTruncated: false }
  >({
    action: 'iam:SimulatePrincipalPolicy',
    resource: (call) => call.params.PolicySourceArn,
    run(call) {
      checkInputs(call);
      const arn = parseArn(call.params.PolicySourceArn);
      const { type, name } = splitIamResource(arn?.resource ?? '');
      if (!arn || arn.account !== call.account.id || !['user', 'group', 'role'].includes(type))
        throw new ApiError(
          'InvalidInput',
          `Invalid ARN ${call.params.PolicySourceArn}: the policy source must be a user, group or role in this account.`,
        );
      const extra = inputs(call.params.PolicyInputList);
      if (type === 'group') {
        const group = getGroup(call.account, name);
        const own: LabelledPolicy[] = [
          ...group.inlinePolicies.map((x): LabelledPolicy => ({
            text: x.document,
            kind: 'identity',
            label: `inline policy ${x.name} of group ${group.name}`,
          })),
          ...group.attachedPolicies.map((a): LabelledPolicy => ({
            text: managedPolicyDocument(call.scenario, a),
            kind: 'identity',
            label: `managed policy ${a} attached to group ${group.name}`,
          })),
        ];
        return simulate(
          call,
          { type: 'root', accountId: call.account.id },
          () => ({ identityPolicies: [...own, ...extra] }),
          group.arn,
        );
      }
      if (type === 'user') getUser(call.account, name);
      else getRole(call.account, name);
      const identity = simulatedIdentity(call.scenario, call.account.id, type, name, call.now);
      return simulate(
        call,
        identity,
        (action, resource) => {
          const collected = collectPolicies(call.scenario, identity, action, resource);
          return { ...collected, identityPolicies: [...(collected.identityPolicies ?? []), ...extra] };
        },
        type === 'role' ? call.params.PolicySourceArn : undefined,
      );
    },
  }),
  SimulateCustomPolicy: operation<
    CommonParams & { PolicyInputList: string[]; ResourceOwner?: string },
    { EvaluationResults: EvaluationResultShape[]; IsTruncated: false }
  >({
    action: 'iam:SimulateCustomPolicy',
    run(call) {
      checkInputs(call);
      return simulate(call, call.identity, () => ({ identityPolicies: inputs(call.params.PolicyInputList) }));
    },
  }),
};
