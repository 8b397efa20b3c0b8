// Whether one statement applies to a request. Documented rules ("IAM JSON policy elements"):
// a statement applies when its Action (or NotAction), Resource (or NotResource), Principal (or
// NotPrincipal, where the policy type has one) and every condition entry (ANDed) all match.
// NotAction/NotResource match what is not listed. A Resource value whose variable cannot be
// resolved matches no resource (so under NotResource it does not exclude the request either).

import type { AuthzRequest } from '../contract';
import { compileArnPattern, matchArn, type ArnPattern } from './arnPattern';
import { actionMatches, type CompiledStatement, type ResourceValue } from './compilePolicy';
import { evaluateCondition, type ConditionTrace, type RequestMemo } from './conditions';
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
  /** Values with variables, resolved once for this request. */
  memo: RequestMemo;
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
    memo: new Map(),
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

function resolvedPattern(v: ResourceValue, req: PreparedRequest): ArnPattern | null {
  if (v.template === null) return v.pattern;
  if (req.memo.has(v)) return req.memo.get(v) as ArnPattern | null;
  const parts = substitute(v.template, req.context);
  const pattern = parts === null ? null : compileArnPattern(parts);
  req.memo.set(v, pattern);
  return pattern;
}

function resourceMatches(s: CompiledStatement, req: PreparedRequest): boolean {
  if (s.resources === null) return true;
  let any = false;
  for (let i = 0; i < s.resources.length && !any; i++) {
    const pattern = resolvedPattern(s.resources[i], req);
    any = pattern !== null && matchArn(pattern, req.request.resource);
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
  for (const c of s.conditions) if (!evaluateCondition(c, req.context, req.memo)) return null;
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
    const matched = evaluateCondition(c, req.context, req.memo, ct);
    trace.conditions.push({ ...ct, matched });
    conditionsHold &&= matched;
  }
  return trace.action && trace.resource && conditionsHold ? kind : null;
}
