// Whether one statement applies to a request. Documented rules ("IAM JSON policy elements"):
// a statement applies when its Action (or NotAction), Resource (or NotResource), Principal (or
// NotPrincipal, where the policy type has one) and every condition entry (ANDed) all match.
// NotAction/NotResource match what is not listed. A Resource value whose variable cannot be
// resolved matches no resource (so under NotResource it does not exclude the request either).

import type { AuthzRequest } from '../contract';
import { matchAction } from './actionPattern';
import { compileArnPattern, matchArn } from './arnPattern';
import type { CompiledStatement, ResourceValue } from './compilePolicy';
import { evaluateCondition, type ConditionTrace } from './conditions';
import { parseCaller, matchPrincipal, type Caller, type GrantKind } from './principals';
import { prepareContext, type RequestContext } from './requestContext';
import { substitute } from './substitute';

/** A request parsed once before its policies are evaluated. */
export interface PreparedRequest {
  request: AuthzRequest;
  /** The action, lower-cased (actions are case-insensitive). */
  action: string;
  /** The action's service prefix, lower-cased. */
  service: string;
  context: RequestContext;
  caller: Caller;
  /** The bundle carries a permissions boundary for the caller. */
  hasBoundary: boolean;
}

/** Parses the parts of a request that every statement looks at. */
export function prepareRequest(request: AuthzRequest, hasBoundary: boolean): PreparedRequest {
  const action = request.action.toLowerCase();
  const colon = action.indexOf(':');
  return {
    request,
    action,
    service: colon === -1 ? action : action.slice(0, colon),
    context: prepareContext(request.context),
    caller: parseCaller(request.principal),
    hasBoundary,
  };
}

/** What each element of a statement matched, for explanations. */
export interface StatementTrace {
  action: boolean;
  resource: boolean;
  /** Null when the statement has no Principal/NotPrincipal. */
  principal: GrantKind | null | 'none';
  conditions: (ConditionTrace & { matched: boolean })[];
}

function resourceValueMatches(v: ResourceValue, resource: string, context: RequestContext): boolean {
  if (v.pattern !== null) return matchArn(v.pattern, resource);
  const parts = substitute(v.raw, context, true);
  return parts !== null && matchArn(compileArnPattern(parts), resource);
}

function actionMatches(s: CompiledStatement, action: string): boolean {
  const any = s.actions.some((p) => matchAction(p, action));
  return s.source.action.negated ? !any : any;
}

function resourceMatches(s: CompiledStatement, req: PreparedRequest): boolean {
  if (s.resources === null) return true;
  const any = s.resources.some((v) => resourceValueMatches(v, req.request.resource, req.context));
  return s.source.resource?.negated ? !any : any;
}

/**
 * How the statement applies to the request: the principal's GrantKind, or null when it does not
 * apply. With a `trace`, every element is evaluated (no short cut) and recorded.
 */
export function statementApplies(s: CompiledStatement, req: PreparedRequest, trace?: StatementTrace): GrantKind | null {
  const isDeny = s.source.effect === 'Deny';
  if (trace === undefined) {
    if (!actionMatches(s, req.action) || !resourceMatches(s, req)) return null;
    const kind = matchPrincipal(s.source.principal, req.caller, isDeny, req.hasBoundary);
    if (kind === null) return null;
    for (const c of s.conditions) if (!evaluateCondition(c, req.context)) return null;
    return kind;
  }
  trace.action = actionMatches(s, req.action);
  trace.resource = resourceMatches(s, req);
  const kind = matchPrincipal(s.source.principal, req.caller, isDeny, req.hasBoundary);
  trace.principal = s.source.principal === null ? 'none' : kind;
  let conditionsHold = true;
  for (const c of s.conditions) {
    const ct: ConditionTrace = { policyValues: [], contextValues: null };
    const matched = evaluateCondition(c, req.context, ct);
    trace.conditions.push({ ...ct, matched });
    conditionsHold &&= matched;
  }
  return trace.action && trace.resource && conditionsHold ? kind : null;
}
