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
// Keys compare case-insensitively; the caller lower-cases the context once (requestContext.ts).

import type { ConditionEntry } from '../policy';
import { ANY_CHAR, ANY_RUN, type PatternPart } from './glob';
import { OPERATORS, type AnyOperator } from './operators';
import type { RequestContext } from './requestContext';
import { literalParts, needsSubstitution, substitute } from './substitute';

/** A policy value: compiled once, or kept raw when it holds variables to resolve per request. */
interface ConditionValue {
  raw: string;
  dynamic: boolean;
  compiled: unknown;
}

/** A condition entry ready for evaluation. */
export interface CompiledCondition {
  entry: ConditionEntry;
  /** The context key, lower-cased. */
  key: string;
  /** Null for the Null operator. */
  operator: AnyOperator | null;
  values: ConditionValue[];
}

/** What a condition compared, for explanations. */
export interface ConditionTrace {
  /** Policy values after substitution (`null` where a variable could not be resolved). */
  policyValues: (string | null)[];
  /** The request's values for the key; `null` when the key is absent. */
  contextValues: string[] | null;
}

/** Compiles one entry; `substitutes` is true for Version 2012-10-17 policies. */
export function compileCondition(entry: ConditionEntry, substitutes: boolean): CompiledCondition {
  const operator = entry.operator === 'Null' ? null : OPERATORS[entry.operator];
  const values = entry.values.map((raw): ConditionValue => {
    if (operator === null) return { raw, dynamic: false, compiled: raw.toLowerCase() };
    if (needsSubstitution(raw, substitutes)) return { raw, dynamic: true, compiled: null };
    return { raw, dynamic: false, compiled: operator.compileValue(literalParts(raw, operator.wildcards)) };
  });
  return { entry, key: entry.key.toLowerCase(), operator, values };
}

/** Renders resolved parts as policy text again, for explanations. */
function showParts(parts: readonly PatternPart[]): string {
  return parts.map((p) => (p === ANY_RUN ? '*' : p === ANY_CHAR ? '?' : p)).join('');
}

/** Policy values compiled for this request (dynamic ones resolved); null entries never match. */
function resolveValues(c: CompiledCondition, op: AnyOperator, context: RequestContext, trace?: ConditionTrace): unknown[] {
  return c.values.map((v) => {
    if (!v.dynamic) {
      trace?.policyValues.push(v.raw);
      return v.compiled;
    }
    const parts = substitute(v.raw, context, op.wildcards);
    trace?.policyValues.push(parts === null ? null : showParts(parts));
    return parts === null ? null : op.compileValue(parts);
  });
}

/** Null: "true" holds when the key is absent, "false" when it is present; values are ORed. */
function evaluateNull(c: CompiledCondition, present: boolean): boolean {
  return c.values.some((v) => (v.compiled === 'true' ? !present : v.compiled === 'false' ? present : false));
}

/** Evaluates the entry; fills `trace` with the compared values when given. */
export function evaluateCondition(c: CompiledCondition, context: RequestContext, trace?: ConditionTrace): boolean {
  const entry = context.get(c.key);
  if (trace) trace.contextValues = entry === undefined ? null : entry.values;
  const op = c.operator;
  if (op === null) {
    if (trace) for (const v of c.values) trace.policyValues.push(v.raw);
    return evaluateNull(c, entry !== undefined);
  }
  const policyValues = resolveValues(c, op, context, trace);
  if (entry === undefined) {
    if (c.entry.ifExists || c.entry.qualifier === 'ForAllValues') return true;
    if (c.entry.qualifier === 'ForAnyValue') return false;
    return op.negated;
  }
  const passes = (text: string): boolean => {
    const value = op.readContext(text);
    if (value === null) return false;
    let any = false;
    for (const p of policyValues) {
      if (p !== null && op.matches(value, p)) {
        any = true;
        break;
      }
    }
    return op.negated ? !any : any;
  };
  const qualifier = c.entry.qualifier;
  if (qualifier === 'ForAllValues' || (qualifier === null && op.negated)) return entry.values.every(passes);
  return entry.values.some(passes);
}
