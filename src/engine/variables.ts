// Policy-variable syntax shared by both engines: splits a Resource or condition value into text and
// `${...}` segments. Only the parser reports problems and only the evaluator substitutes; variables are
// substituted only under Version 2012-10-17 (under 2008-10-17 or without Version they are plain text),
// in Resource/NotResource and in the values of the condition operators that support them.

import type { ConditionOperatorName } from './policy';
import { shown } from './parse/diagnostics';

/** One piece of a value: policy text as written, an escaped literal character, or a variable. */
export type VariableSegment =
  /** Text as written: `*` and `?` in it keep their wildcard meaning where the operator has one. */
  | { kind: 'text'; text: string; start: number; end: number }
  /** `${*}`, `${?}` or `${$}`: the character itself, never a wildcard. */
  | { kind: 'literal'; char: '*' | '?' | '$'; start: number; end: number }
  /** `${key}` or `${key, 'default'}`; keys compare case-insensitively, like context keys. */
  | { kind: 'variable'; key: string; defaultValue: string | null; start: number; end: number };

/** A malformed `${...}` with its offsets in the value (0-based, end exclusive). */
export interface VariableProblem {
  message: string;
  start: number;
  end: number;
}

/** The segments of a value and any malformed variables found (kept as text in `segments`). */
export interface TokenizedValue {
  segments: VariableSegment[];
  problems: VariableProblem[];
}

const LITERALS = new Set(['*', '?', '$']);
/**
 * A context key: a prefix, a colon, and a name (which may hold a tag key after a slash). Prefixes of
 * federation keys contain dots and slashes (`accounts.google.com:sub`, `oidc.eks.../id/...:sub`).
 */
const KEY_PATTERN = /^[^\s:{}$,']+:[^\s{}$,'][^{}$,']*$/;
const QUOTED_DEFAULT = /^'([^']*)'$/;

/**
 * True for the operators whose values may hold variables: String, Bool and ARN operators. The Condition
 * operators page marks policy variables as not supported for Numeric, Date, Binary and IP address
 * operators (and Null takes only true/false), so there `${...}` is compared as literal text.
 */
export function operatorSupportsVariables(operator: ConditionOperatorName): boolean {
  return operator.startsWith('String') || operator.startsWith('Arn') || operator === 'Bool';
}

/** True when a value contains `${`, so it needs tokenizing at all. */
export function hasVariables(value: string): boolean {
  return value.includes('${');
}

/** Splits a value into text, literal and variable segments. */
export function tokenizeVariables(value: string): TokenizedValue {
  const segments: VariableSegment[] = [];
  const problems: VariableProblem[] = [];
  let textStart = 0;
  const flushText = (end: number) => {
    if (end > textStart) segments.push({ kind: 'text', text: value.slice(textStart, end), start: textStart, end });
  };
  let i = value.indexOf('${');
  while (i !== -1) {
    const close = value.indexOf('}', i + 2);
    if (close === -1) {
      problems.push({ message: 'policy variable ${shown(" is not closed with ")}', start: i, end: value.length });
      break;
    }
    const body = value.slice(i + 2, close);
    const parsed = parseBody(body);
    if (typeof parsed === 'string') {
      problems.push({
        message: `malformed policy variable ${shown(value.slice(i, close + 1))}: ${parsed}`,
        start: i,
        end: close + 1,
      });
    } else {
      flushText(i);
      segments.push({ ...parsed, start: i, end: close + 1 });
      textStart = close + 1;
    }
    i = value.indexOf('${', close + 1);
  }
  flushText(value.length);
  return { segments, problems };
}

type ParsedBody =
  { kind: 'literal'; char: '*' | '?' | '$' } | { kind: 'variable'; key: string; defaultValue: string | null };

/** Parses what is between `${` and `}`, or says why it is malformed. */
function parseBody(body: string): ParsedBody | string {
  if (LITERALS.has(body)) return { kind: 'literal', char: body as '*' | '?' | '$' };
  if (body.includes('${')) return 'variables cannot be nested';
  // Split at the first comma by hand: a regular expression with optional spaces on both sides of the
  // key would backtrack quadratically on long runs of spaces.
  const comma = body.indexOf(',');
  const key = (comma === -1 ? body : body.slice(0, comma)).trim();
  const quoted = comma === -1 ? null : QUOTED_DEFAULT.exec(body.slice(comma + 1).trim());
  if (comma !== -1 && !quoted) return "a default value must follow a comma, in single quotes: ${key, 'default'}";
  const defaultValue = quoted?.[1];
  if (key === '') return 'the variable names no context key';
  if (!KEY_PATTERN.test(key))
    return `${shown(key)} is not a context key (expected a prefix and a name, such as aws:username)`;
  return { kind: 'variable', key, defaultValue: defaultValue ?? null };
}
