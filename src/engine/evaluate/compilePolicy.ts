// A parsed Policy compiled once for evaluation: action and resource patterns and condition values
// precompiled (identical values are shared through the engine's interner), and, per action seen,
// the list of statements whose Action/NotAction matches it, so a request only looks further at
// statements that name its action. Statement order is preserved (decisive statements are ordered).

import type { Policy, Statement } from '../policy';
import { compileActionPattern, matchAction } from './actionPattern';
import { compileArnPattern, type ArnPattern } from './arnPattern';
import { compileCondition, type CompiledCondition, type Interner } from './conditions';
import type { Glob } from './glob';
import { compileTemplate, literalParts, needsSubstitution, type VariableTemplate } from './substitute';

/** A Resource/NotResource value: compiled, or a template when it holds variables. */
export interface ResourceValue {
  raw: string;
  pattern: ArnPattern | null;
  template: VariableTemplate | null;
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
  /** Indices (ascending) of the statements whose Action/NotAction matches the lower-cased action. */
  statementsFor(action: string): readonly number[];
}

/** Actions remembered per policy before the memo starts over (bounds memory on hostile input). */
const ACTION_MEMO_LIMIT = 4096;

function resourceValue(raw: string, substitutes: boolean, interner: Interner): ResourceValue {
  const key = `Resource\u0000${substitutes}\u0000${raw}`;
  let value = interner.get(key) as ResourceValue | undefined;
  if (value === undefined) {
    value = needsSubstitution(raw, substitutes)
      ? { raw, pattern: null, template: compileTemplate(raw, true) }
      : { raw, pattern: compileArnPattern(literalParts(raw, true)), template: null };
    interner.set(key, value);
  }
  return value;
}

function compileStatement(s: Statement, substitutes: boolean, interner: Interner): CompiledStatement {
  return {
    source: s,
    actions: s.action.values.map(compileActionPattern),
    resources: s.resource === null ? null : s.resource.values.map((raw) => resourceValue(raw, substitutes, interner)),
    conditions: s.conditions.map((c) => compileCondition(c, substitutes, interner)),
  };
}

/** True when the statement's Action/NotAction matches the lower-cased action. */
export function actionMatches(s: CompiledStatement, action: string): boolean {
  let any = false;
  for (let i = 0; i < s.actions.length && !any; i++) any = matchAction(s.actions[i], action);
  return s.source.action.negated ? !any : any;
}

/** Compiles a parsed policy; variables are substituted only under Version 2012-10-17. */
export function compilePolicy(policy: Policy, interner: Interner = new Map()): CompiledPolicy {
  const substitutes = policy.version === '2012-10-17';
  const statements = policy.statements.map((s) => compileStatement(s, substitutes, interner));
  const memo = new Map<string, readonly number[]>();
  return {
    policy,
    statements,
    statementsFor(action) {
      let list = memo.get(action);
      if (list === undefined) {
        if (memo.size >= ACTION_MEMO_LIMIT) memo.clear();
        const matching: number[] = [];
        for (let i = 0; i < statements.length; i++) if (actionMatches(statements[i], action)) matching.push(i);
        list = matching;
        memo.set(action, list);
      }
      return list;
    },
  };
}
