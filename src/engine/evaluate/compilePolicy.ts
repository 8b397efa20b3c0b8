// A parsed Policy compiled once for evaluation: action and resource patterns and condition values
// precompiled, and statements indexed by the service prefix of their Action patterns so a request
// only looks at statements that can name its action. Statement order is preserved (decisive
// statements are reported in order).

import type { Policy, Statement } from '../policy';
import { compileActionPattern } from './actionPattern';
import { compileArnPattern, type ArnPattern } from './arnPattern';
import { compileCondition, type CompiledCondition } from './conditions';
import type { Glob } from './glob';
import { literalParts, needsSubstitution } from './substitute';

/** A Resource/NotResource value: compiled, or kept raw when it holds variables. */
export interface ResourceValue {
  raw: string;
  /** Null when the value must be resolved per request. */
  pattern: ArnPattern | null;
}

/** A statement ready for evaluation. */
export interface CompiledStatement {
  source: Statement;
  actions: Glob[];
  resources: ResourceValue[] | null;
  conditions: CompiledCondition[];
}

/** A policy ready for evaluation. */
export interface CompiledPolicy {
  policy: Policy;
  statements: CompiledStatement[];
  /** Statement indices (ascending) that may apply to a service, filled lazily per service. */
  candidates(service: string): readonly number[];
}

function compileStatement(s: Statement, substitutes: boolean): CompiledStatement {
  return {
    source: s,
    actions: s.action.values.map(compileActionPattern),
    resources: s.resource === null ? null : s.resource.values.map((raw) => ({
      raw,
      pattern: needsSubstitution(raw, substitutes) ? null : compileArnPattern(literalParts(raw, true)),
    })),
    conditions: s.conditions.map((c) => compileCondition(c, substitutes)),
  };
}

/** The literal service prefixes a statement's Action names, or null when it may match any service. */
function servicesOf(s: Statement): string[] | null {
  if (s.action.negated) return null;
  const services: string[] = [];
  for (const a of s.action.values) {
    const colon = a.indexOf(':');
    const prefix = colon === -1 ? a : a.slice(0, colon);
    if (colon === -1 || /[*?]/.test(prefix)) return null;
    services.push(prefix.toLowerCase());
  }
  return services;
}

/** Compiles a parsed policy; variables are substituted only under Version 2012-10-17. */
export function compilePolicy(policy: Policy): CompiledPolicy {
  const substitutes = policy.version === '2012-10-17';
  const statements = policy.statements.map((s) => compileStatement(s, substitutes));
  const anyService: number[] = [];
  const byService = new Map<string, number[]>();
  policy.statements.forEach((s, i) => {
    const services = servicesOf(s);
    if (services === null) anyService.push(i);
    else for (const svc of new Set(services)) byService.set(svc, [...(byService.get(svc) ?? []), i]);
  });
  const merged = new Map<string, readonly number[]>();
  return {
    policy,
    statements,
    candidates(service) {
      if (!byService.has(service)) return anyService;
      let list = merged.get(service);
      if (list === undefined) {
        list = [...(byService.get(service) as number[]), ...anyService].sort((a, b) => a - b);
        merged.set(service, list);
      }
      return list;
    },
  };
}
