// Whether one statement applies to a request. Documented rules ("IAM JSON policy elements"):
// a statement applies when its Action (or NotAction), Resource (or NotResource), Principal (or
// NotPrincipal, where the policy type has one) and every condition entry (ANDed) all match.
// NotAction/NotResource match what is not listed. A Resource value whose variable cannot be
// resolved matches no resource (so under NotResource it does not exclude the request either).

import type { AuthzRequest } from '../contract';
import { compileArnPattern, matchArn } from './arnPattern';
import { actionMatches, type CompiledStatement, type ResourceValue } from './compilePolicy';
import { conditionHolds, evaluateCondition, type ConditionTrace } from './conditions';
import { parseCaller, matchPrincipal, type Caller, type GrantKind } from './principals';
import { prepareContext, type RequestContext } from './requestContext';
import type { RequestMemo } from './requestMemo';
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
  /** Results of shared Resource values and conditions, computed once for this request. */
  memo: RequestMemo;
}

/** Parses the parts of a request that every statement looks at; `memo` must have begun this request. */
export function prepareRequest(request: AuthzRequest, hasBoundary: boolean, memo: RequestMemo): PreparedRequest {
  const action = request.action.toLowerCase();
  const colon = action.indexOf(':');
  return {
    request,
    action,
    service: colon === -1 ? action : action.slice(0, colon),
    context: prepareContext(request.context),
    caller: parseCaller(request.principal),
    hasBoundary,
    memo,
  };
}

/** What each element of a statement matched, for explanations. */
export interface StatementTrace {
  action: boolean;
  resource: boolean;
  /** 'none' when the statement has no Principal/NotPrincipal. */
  principal: GrantKind | null | 'none';
  conditions: (ConditionTrace & { matched: boolean })[];
}

function resourceValueMatches(v: ResourceValue, req: PreparedRequest): boolean {
  if (v.template === null) return matchArn(v.pattern as NonNullable<ResourceValue['pattern']>, req.request.resource);
  const parts = substitute(v.template, req.context);
  return parts !== null && matchArn(compileArnPattern(parts), req.request.resource);
}

function resourceMatches(s: CompiledStatement, req: PreparedRequest): boolean {
  if (s.resources === null) return true;
  let any = false;
  for (let i = 0; i < s.resources.length && !any; i++) {
    const v = s.resources[i];
    any = req.memo.get(v.id) ?? req.memo.set(v.id, resourceValueMatches(v, req));
  }
  return s.source.resource?.negated ? !any : any;
}

/**
 * How a statement whose action is already known to match applies to the request: the principal's
 * GrantKind, or null when it does not apply.
 */
export function appliesBeyondAction(s: CompiledStatement, req: PreparedRequest): GrantKind | null {
  if (!resourceMatches(s, req)) return null;
  const kind = matchPrincipal(s.source.principal, req.caller, s.source.effect === 'Deny', req.hasBoundary);
  if (kind === null) return null;
  for (const c of s.conditions) if (!conditionHolds(c, req.context, req.memo)) return null;
  return kind;
}

/** Evaluates every element of the statement, recording each in `trace`; returns as appliesBeyondAction. */
export function traceStatement(s: CompiledStatement, req: PreparedRequest, trace: StatementTrace): GrantKind | null {
  trace.action = actionMatches(s, req.action);
  trace.resource = resourceMatches(s, req);
  const kind = matchPrincipal(s.source.principal, req.caller, s.source.effect === 'Deny', req.hasBoundary);
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
