// A parsed Policy compiled once for evaluation: action and resource patterns and condition values
// precompiled (identical values are shared through the engine's interner), and, per action seen,
// the list of statements whose Action/NotAction matches it, so a request only looks further at
// statements that name its action. Statement order is preserved (decisive statements are ordered).

import type { Policy, Statement } from '../policy';
import { compileActionPattern, matchAction } from './actionPattern';
import { compileArnPattern, type ArnPattern } from './arnPattern';
import { compileCondition, type CompiledCondition } from './conditions';
import { Interner } from './requestMemo';
import type { Glob } from './glob';
import { compileTemplate, literalParts, needsSubstitution, type VariableTemplate } from './substitute';

/** A Resource/NotResource value: compiled, or a template when it holds variables. */
export interface ResourceValue {
  /** Index of this value's match result in a RequestMemo (one per distinct value and version). */
  id: number;
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

/** Indices (ascending) of a policy's Deny and Allow statements whose Action matches one action. */
export interface ActionStatements {
  deny: readonly number[];
  allow: readonly number[];
}

/** A policy ready for evaluation. */
export interface CompiledPolicy {
  policy: Policy;
  statements: CompiledStatement[];
  /** The statements whose Action/NotAction matches the lower-cased action, by effect. */
  statementsFor(action: string): ActionStatements;
}

/** Actions remembered per policy before the memo starts over (bounds memory on hostile input). */
const ACTION_MEMO_LIMIT = 4096;

function resourceValue(raw: string, substitutes: boolean, interner: Interner): ResourceValue {
  return interner.intern(`Resource\u0000${substitutes}\u0000${raw}`, (id) =>
    needsSubstitution(raw, substitutes)
      ? { id, raw, pattern: null, template: compileTemplate(raw, true) }
      : { id, raw, pattern: compileArnPattern(literalParts(raw, true)), template: null },
  );
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
export function compilePolicy(policy: Policy, interner = new Interner()): CompiledPolicy {
  const substitutes = policy.version === '2012-10-17';
  const statements = policy.statements.map((s) => compileStatement(s, substitutes, interner));
  const memo = new Map<string, ActionStatements>();
  return {
    policy,
    statements,
    statementsFor(action) {
      let list = memo.get(action);
      if (list === undefined) {
        if (memo.size >= ACTION_MEMO_LIMIT) memo.clear();
        const lists: { deny: number[]; allow: number[] } = { deny: [], allow: [] };
        for (let i = 0; i < statements.length; i++) {
          if (actionMatches(statements[i], action))
            (statements[i].source.effect === 'Deny' ? lists.deny : lists.allow).push(i);
        }
        list = lists;
        memo.set(action, list);
      }
      return list;
    },
  };
}
