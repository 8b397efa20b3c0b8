// Authorizes a request as an identity: derive the context, collect the policies, compile them into the
// engine's bundle, evaluate, and word a denial exactly like AWS's AccessDenied messages.

import type { AuthzRequest, CompiledBundle, EvaluationResult, PolicySlot, PolicySlots } from '../engine/contract';
import type { Identity, Scenario } from '../model';
import type { ApiContext } from './apiContext';
import type { LabelledPolicy } from './collectPolicies';
import { collectPolicies } from './collectPolicies';
import type { RequestInput } from './context';
import { deriveContext, requestTimeMs } from './context';
import { callerArn } from './lookup';
import { compilePolicyText } from './policyDocuments';
import { resourceFacts } from './resources';

/** Everything about one authorization: what was asked, which policies applied, and the engine's answer. */
export interface Authorization {
  request: AuthzRequest;
  policies: PolicySlots<LabelledPolicy>;
  bundle: CompiledBundle;
  result: EvaluationResult;
  /** AWS's AccessDenied message, or null when allowed. */
  deniedMessage: string | null;
}

const SLOT_NAMES: Record<PolicySlot, string> = {
  identity: 'identity-based policy',
  resource: 'resource-based policy',
  boundary: 'permissions boundary',
  session: 'session policy',
  scp: 'service control policy',
  rcp: 'resource control policy',
  endpoint: 'VPC endpoint policy',
};

/** AWS's AccessDenied wording for a denied request, naming the policy type that denied or that did not allow. */
export function accessDeniedMessage(request: AuthzRequest, result: EvaluationResult): string {
  const head = `User: ${request.principal} is not authorized to perform: ${request.action} on resource: ${request.resource}`;
  if (result.decision === 'ExplicitDeny') {
    const slot = result.decisive[0]?.slot ?? 'identity';
    return `${head} with an explicit deny in ${slot === 'identity' ? 'an' : 'a'} ${SLOT_NAMES[slot]}`;
  }
  return `${head} because no ${SLOT_NAMES[result.missingAllow ?? 'identity']} allows the ${request.action} action`;
}

const compileSlots = (ctx: ApiContext, p: PolicySlots<LabelledPolicy>, request: AuthzRequest): CompiledBundle => {
  const one = (x: LabelledPolicy) => compilePolicyText(ctx, x.text, x.kind);
  const bundle: CompiledBundle = { request };
  if (p.identityPolicies) bundle.identityPolicies = p.identityPolicies.map(one);
  if (p.resourcePolicy) bundle.resourcePolicy = one(p.resourcePolicy);
  if (p.permissionsBoundary) bundle.permissionsBoundary = one(p.permissionsBoundary);
  if (p.sessionPolicy) bundle.sessionPolicy = one(p.sessionPolicy);
  if (p.serviceControlPolicies) bundle.serviceControlPolicies = p.serviceControlPolicies.map((level) => level.map(one));
  if (p.resourceControlPolicies)
    bundle.resourceControlPolicies = p.resourceControlPolicies.map((level) => level.map(one));
  return bundle;
};

/** Compiles the collected policies and evaluates the request with the context's engine. */
export function evaluatePolicies(
  ctx: ApiContext,
  request: AuthzRequest,
  policies: PolicySlots<LabelledPolicy>,
): Authorization {
  const bundle = compileSlots(ctx, policies, request);
  const result = ctx.engine.evaluate(bundle);
  return {
    request,
    policies,
    bundle,
    result,
    deniedMessage: result.decision === 'Allow' ? null : accessDeniedMessage(request, result),
  };
}

/** The engine request for `identity` performing `input`, with the derived context. */
export function buildRequest(ctx: ApiContext, s: Scenario, identity: Identity, input: RequestInput): AuthzRequest {
  const facts = resourceFacts(s, input.resource, input.action);
  return {
    principal: callerArn(s, identity),
    action: input.action,
    resource: input.resource,
    resourceAccount: facts.accountId ?? identity.accountId,
    context: deriveContext(s, identity, input, requestTimeMs(s, ctx.env.now())),
  };
}

/** Evaluates one request as `identity` in the scenario with the context's engine. */
export function authorize(ctx: ApiContext, s: Scenario, identity: Identity, input: RequestInput): Authorization {
  return evaluatePolicies(
    ctx,
    buildRequest(ctx, s, identity, input),
    collectPolicies(s, identity, input.action, input.resource),
  );
}
