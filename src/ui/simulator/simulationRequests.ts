// Turns the simulator's form into requests: one per action × resource, each with the context AWS would
// send and every policy that applies (from src/api), plus the user's what-if identity policy and edits.
import type { LabelledPolicy } from '../../api';
import { collectPolicies, deriveContext, orgPolicies } from '../../api';
import type { AuthzRequest, ContextValue, PolicySlots } from '../../engine/contract';
import { parsePolicy } from '../../engine/parse/parsePolicy';
import type { Identity, Scenario } from '../../model';
import { assumedRoleArn, rootArn } from '../../model';
import type { ResolvedPrincipal } from './identities';
import type { ContextOverride } from './requestContext';
import { applyOverrides, withExternalCaller } from './requestContext';

/** The label of the scratch identity policy the user types. */
export const WHAT_IF_LABEL = 'what-if identity policy';

/** What the user asked for. */
export interface SimulationInput {
  caller: ResolvedPrincipal;
  actions: string[];
  resources: string[];
  overrides: Record<string, ContextOverride>;
  /** The scratch identity policy, added to the caller's identity-based policies when not blank. */
  whatIf: string;
  /** Edited texts of the collected policies, by label: "what if this policy said…". */
  edits: Record<string, string>;
  /** The request time in epoch milliseconds. */
  nowMs: number;
}

/** One request to simulate: the engine request and its policies by slot. */
export interface SimulationRequest {
  request: AuthzRequest;
  policies: PolicySlots<LabelledPolicy>;
  /** The context before the user's overrides, to show what the model derived. */
  derived: Record<string, ContextValue>;
}

/** The ARN a scenario identity makes requests as. */
export function identityArn(s: Scenario, identity: Identity): string {
  if (identity.type === 'root') return rootArn(identity.accountId);
  if (identity.type === 'assumedRole')
    return assumedRoleArn(identity.accountId, identity.roleName, identity.sessionName);
  const user = s.accounts.find((a) => a.id === identity.accountId)?.users.find((u) => u.name === identity.userName);
  return user?.arn ?? `arn:aws:iam::${identity.accountId}:user/${identity.userName}`;
}

/** Replaces the text of every collected policy the user edited (matched by label). */
function applyEdits(p: PolicySlots<LabelledPolicy>, edits: Record<string, string>): PolicySlots<LabelledPolicy> {
  const one = (x: LabelledPolicy): LabelledPolicy => (x.label in edits ? { ...x, text: edits[x.label] } : x);
  const opt = (x: LabelledPolicy | undefined) => x && one(x);
  return {
    ...p,
    identityPolicies: p.identityPolicies?.map(one),
    resourcePolicy: opt(p.resourcePolicy),
    permissionsBoundary: opt(p.permissionsBoundary),
    sessionPolicy: opt(p.sessionPolicy),
    serviceControlPolicies: p.serviceControlPolicies?.map((l) => l.map(one)),
    resourceControlPolicies: p.resourceControlPolicies?.map((l) => l.map(one)),
    endpointPolicy: opt(p.endpointPolicy),
  };
}

/** Drops the slots left undefined by applyEdits, so bundles only name the slots that exist. */
const defined = (p: PolicySlots<LabelledPolicy>): PolicySlots<LabelledPolicy> =>
  Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) as PolicySlots<LabelledPolicy>;

/** The owner of a resource for an external caller: the ARN's account if the scenario has it, else the first account. */
function ownerAccount(s: Scenario, resource: string): string {
  const account = resource.split(':')[4];
  const owned = s.resources.find((r) => r.arn === resource || resource.startsWith(`${r.arn}/`));
  return owned?.accountId ?? s.accounts.find((a) => a.id === account)?.id ?? s.accounts[0].id;
}

/** A what-if policy counts once it says something: not blank, and not a valid policy without statements. */
function hasStatements(text: string): boolean {
  if (!text.trim()) return false;
  const { policy } = parsePolicy(text, 'identity');
  // An invalid text is kept, so the run reports its errors instead of silently ignoring it.
  return policy === null || policy.statements.length > 0;
}

/** One request as the caller. External callers bring only the what-if policy as their own. */
function requestFor(s: Scenario, input: SimulationInput, action: string, resource: string): SimulationRequest {
  const { caller } = input;
  const whatIf: LabelledPolicy[] = hasStatements(input.whatIf)
    ? [{ text: input.whatIf, kind: 'identity', label: WHAT_IF_LABEL }]
    : [];
  if (caller.type === 'identity') {
    const derived = deriveContext(s, caller.identity, { action, resource }, input.nowMs);
    const collected = applyEdits(collectPolicies(s, caller.identity, action, resource), input.edits);
    const policies = defined({ ...collected, identityPolicies: [...(collected.identityPolicies ?? []), ...whatIf] });
    return {
      derived,
      policies,
      request: requestOf(identityArn(s, caller.identity), action, resource, derived, input.overrides),
    };
  }
  // The resource side comes from the scenario: its policy, tags and RCPs, as seen from the owner's account.
  const owner: Identity = { type: 'root', accountId: ownerAccount(s, resource) };
  const derived = withExternalCaller(
    deriveContext(s, owner, { action, resource }, input.nowMs),
    caller.principal,
    caller.accountId,
  );
  // A principal of an organization member account is bound by the SCPs on its account's path (service-linked
  // roles are not).
  const serviceLinked = caller.principal.includes(':role/aws-service-role/');
  const callerScps =
    caller.accountId && !serviceLinked ? orgPolicies(s, caller.accountId, 'SERVICE_CONTROL_POLICY') : undefined;
  const ownerSide = collectPolicies(s, owner, action, resource);
  const { resourcePolicy, resourceControlPolicies, serviceControlPolicies } = applyEdits(
    { ...ownerSide, serviceControlPolicies: callerScps },
    input.edits,
  );
  const policies = defined({
    identityPolicies: whatIf.length ? whatIf : undefined,
    resourcePolicy,
    resourceControlPolicies,
    serviceControlPolicies,
  });
  return { derived, policies, request: requestOf(caller.principal, action, resource, derived, input.overrides) };
}

function requestOf(
  principal: string,
  action: string,
  resource: string,
  derived: Record<string, ContextValue>,
  overrides: Record<string, ContextOverride>,
): AuthzRequest {
  const context = applyOverrides(derived, overrides);
  const resourceAccount = derived['aws:ResourceAccount'];
  return { principal, action, resource, ...(typeof resourceAccount === 'string' ? { resourceAccount } : {}), context };
}

/** The resources to start with for an action: the scenario's resources of that service, else every resource (`*`). */
export function defaultResources(s: Scenario, action: string): string[] {
  const service = action.split(':')[0].toLowerCase();
  const own = s.resources.filter((r) => r.arn.split(':')[2] === service).map((r) => r.arn);
  return own.length ? own.slice(0, 1) : ['*'];
}

/** Every action × resource request of the form, actions first (the console's order). */
export function simulationRequests(s: Scenario, input: SimulationInput): SimulationRequest[] {
  const resources = input.resources.length ? input.resources : ['*'];
  return input.actions.flatMap((action) => resources.map((resource) => requestFor(s, input, action, resource)));
}
