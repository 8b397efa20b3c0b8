// One condition entry (operator + key + values) compiled once and evaluated against a request.
// Documented rules ("Condition" element, "Condition operators", "Single-valued vs. multivalued
// context keys", "...IfExists"):
// - Several values for one key are ORed; negated operators are NOR (see operators.ts).
// - A missing key: the condition is false, except for negated operators (true), `...IfExists`
//   (true), ForAllValues (true: every one of no values matches) and ForAnyValue (false).
// - ForAllValues: every request value must pass (an empty set passes); ForAnyValue: at least one
//   must (an empty set fails). Without a qualifier a multivalued key behaves like ForAnyValue for
//   positive operators and like ForAllValues for negated ones (no request value may match).
// - Null: "true" means the key is absent, "false" that it is present (qualifiers do not apply).
// - Policy variables are substituted only in String, ARN and Bool values ("Condition operators" lists
//   variable support per operator family); elsewhere `${...}` is literal text and fails to parse.
// Keys compare case-insensitively; the caller lower-cases the context once (requestContext.ts).

import type { ConditionEntry } from '../policy';
import { ANY_CHAR, ANY_RUN, type PatternPart } from './glob';
import { OPERATORS, type AnyOperator } from './operators';
import { readValues, type RequestContext } from './requestContext';
import { Interner, type RequestMemo } from './requestMemo';
import { operatorSupportsVariables } from '../variables';
import { compileTemplate, literalParts, needsSubstitution, substitute, type VariableTemplate } from './substitute';

/** A policy value: compiled once, or a template resolved per request when it holds variables. */
interface ConditionValue {
  raw: string;
  template: VariableTemplate | null;
  compiled: unknown;
}

/** A condition entry ready for evaluation. */
export interface CompiledCondition {
  /** Index of this condition's result in a RequestMemo (equal for identical entries). */
  id: number;
  entry: ConditionEntry;
  /** The context key, lower-cased. */
  key: string;
  /** Null for the Null operator. */
  operator: AnyOperator | null;
  values: ConditionValue[];
  /** The compiled policy values when none holds a variable (then nothing is resolved per request). */
  fixedValues: unknown[] | null;
}

/** What a condition compared, for explanations. */
export interface ConditionTrace {
  /** Policy values after substitution (`null` where a variable could not be resolved). */
  policyValues: (string | null)[];
  /** The request's values for the key; `null` when the key is absent. */
  contextValues: string[] | null;
}

function compileValue(raw: string, operator: AnyOperator | null, substitutes: boolean): ConditionValue {
  if (operator === null) return { raw, template: null, compiled: raw.toLowerCase() };
  if (needsSubstitution(raw, substitutes))
    return { raw, template: compileTemplate(raw, operator.wildcards), compiled: null };
  return { raw, template: null, compiled: operator.compileValue(literalParts(raw, operator.wildcards)) };
}

/** Compiles one entry; `policySubstitutes` is true for Version 2012-10-17 policies. */
export function compileCondition(
  entry: ConditionEntry,
  policySubstitutes: boolean,
  interner = new Interner(),
): CompiledCondition {
  const substitutes = policySubstitutes && operatorSupportsVariables(entry.operator);
  // Identical entries share their compiled values and result id; each keeps its own source entry.
  const key = JSON.stringify([entry.raw, entry.key.toLowerCase(), substitutes, entry.values]);
  const shared = interner.intern(key, (id) => {
    const operator = entry.operator === 'Null' ? null : OPERATORS[entry.operator];
    const values = entry.values.map((raw) => compileValue(raw, operator, substitutes));
    const fixedValues = values.every((v) => v.template === null) ? values.map((v) => v.compiled) : null;
    return { id, key: entry.key.toLowerCase(), operator, values, fixedValues };
  });
  return { ...shared, entry };
}

/** Renders resolved parts as policy text again, for explanations. */
function showParts(parts: readonly PatternPart[]): string {
  return parts.map((p) => (p === ANY_RUN ? '*' : p === ANY_CHAR ? '?' : p)).join('');
}

/** The value compiled for this request (resolving its variables). */
function resolveValue(v: ConditionValue, op: AnyOperator, context: RequestContext): unknown {
  if (v.template === null) return v.compiled;
  const parts = substitute(v.template, context);
  return parts === null ? null : op.compileValue(parts);
}

/** Null: "true" holds when the key is absent, "false" when it is present; values are ORed. */
function evaluateNull(c: CompiledCondition, present: boolean): boolean {
  for (const v of c.values) if (v.compiled === (present ? 'false' : 'true')) return true;
  return false;
}

/** Whether one request value passes the operator against the policy values (NOR when negated). */
function passes(op: AnyOperator, value: unknown, policyValues: unknown[]): boolean {
  if (value === null) return false;
  let any = false;
  for (let i = 0; i < policyValues.length && !any; i++) {
    const p = policyValues[i];
    any = p !== null && op.matches(value, p);
  }
  return op.negated ? !any : any;
}

/** The entry's result for the current request, evaluated once per request. */
export function conditionHolds(c: CompiledCondition, context: RequestContext, memo: RequestMemo): boolean {
  return memo.get(c.id) ?? memo.set(c.id, evaluateCondition(c, context));
}

/** Evaluates the entry; fills `trace` with the compared values when given. */
export function evaluateCondition(c: CompiledCondition, context: RequestContext, trace?: ConditionTrace): boolean {
  const entry = context.get(c.key);
  const op = c.operator;
  if (trace) {
    trace.contextValues = entry === undefined ? null : entry.values;
    for (const v of c.values) {
      if (op === null || v.template === null) trace.policyValues.push(v.raw);
      else {
        const parts = substitute(v.template, context);
        trace.policyValues.push(parts === null ? null : showParts(parts));
      }
    }
  }
  if (op === null) return evaluateNull(c, entry !== undefined);
  if (entry === undefined) {
    if (c.entry.ifExists || c.entry.qualifier === 'ForAllValues') return true;
    if (c.entry.qualifier === 'ForAnyValue') return false;
    return op.negated;
  }
  let policyValues = c.fixedValues;
  if (policyValues === null) {
    policyValues = [];
    for (const v of c.values) policyValues.push(resolveValue(v, op, context));
  }
  const requestValues = readValues(entry, op.readContext);
  const qualifier = c.entry.qualifier;
  if (qualifier === 'ForAllValues' || (qualifier === null && op.negated)) {
    for (const value of requestValues) if (!passes(op, value, policyValues)) return false;
    return true;
  }
  for (const value of requestValues) if (passes(op, value, policyValues)) return true;
  return false;
}
