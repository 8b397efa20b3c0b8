// Where the cursor is in a policy's JSON text, in IAM terms: which element is being typed, the text typed
// so far, the span a completion should replace, and the actions its statement already names.
import { findNodeAtLocation, getLocation, getNodeValue, parseTree } from 'jsonc-parser';
import type { Node as JsonNode, Segment } from 'jsonc-parser';

/** The IAM element the cursor is in. */
export type PolicySlotKind =
  | 'topLevelKey'
  | 'statementKey'
  | 'version'
  | 'effect'
  | 'action'
  | 'resource'
  | 'principalType'
  | 'principalValue'
  | 'conditionOperator'
  | 'conditionKey'
  | 'conditionValue'
  | 'other';

/** The cursor's place in a policy, with everything completion and hover need. */
export interface PolicyLocation {
  slot: PolicySlotKind;
  /** Text of the current string or key from its opening quote up to the cursor. */
  typed: string;
  /** Whether the cursor is inside quotes; if not, completions must supply them. */
  quoted: boolean;
  /** Offsets of the text a completion replaces (the string's content, or an empty span at the cursor). */
  replaceStart: number;
  replaceEnd: number;
  /** Actions (and NotActions) written in the enclosing statement. */
  statementActions: string[];
  /** The operator for condition keys and values, the key for condition values. */
  conditionOperator?: string;
  conditionKey?: string;
  /** The full string under the cursor (for hover). */
  value?: string;
}

const ACTION_ELEMENTS = new Set(['Action', 'NotAction']);
const RESOURCE_ELEMENTS = new Set(['Resource', 'NotResource']);
const PRINCIPAL_ELEMENTS = new Set(['Principal', 'NotPrincipal']);

/** Splits a JSON path into the statement's path (or null outside any statement) and the rest. */
function statementPath(path: Segment[]): { statement: Segment[]; rest: Segment[] } | null {
  if (path[0] !== 'Statement') return null;
  if (typeof path[1] === 'number') return { statement: path.slice(0, 2), rest: path.slice(2) };
  return { statement: path.slice(0, 1), rest: path.slice(1) };
}

function stringsOf(node: JsonNode | undefined): string[] {
  if (!node) return [];
  const value: unknown = getNodeValue(node);
  const list = Array.isArray(value) ? value : [value];
  return list.filter((v): v is string => typeof v === 'string');
}

function actionsOfStatement(root: JsonNode | undefined, statement: Segment[]): string[] {
  if (!root) return [];
  return [...ACTION_ELEMENTS].flatMap((name) => stringsOf(findNodeAtLocation(root, [...statement, name])));
}

function classify(rest: Segment[], atKey: boolean): PolicySlotKind {
  const [element, second, third] = rest;
  if (atKey) {
    if (rest.length === 1) return 'statementKey';
    if (element === 'Condition')
      return rest.length === 2 ? 'conditionOperator' : rest.length === 3 ? 'conditionKey' : 'other';
    if (PRINCIPAL_ELEMENTS.has(String(element)) && rest.length === 2) return 'principalType';
    return 'other';
  }
  if (typeof element !== 'string') return 'other';
  if (element === 'Effect' && rest.length === 1) return 'effect';
  if (ACTION_ELEMENTS.has(element) && rest.length <= 2) return 'action';
  if (RESOURCE_ELEMENTS.has(element) && rest.length <= 2) return 'resource';
  if (PRINCIPAL_ELEMENTS.has(element)) return 'principalValue';
  if (element === 'Condition' && typeof second === 'string' && typeof third === 'string') return 'conditionValue';
  return 'other';
}

/** Describes the cursor at `offset` (0-based) in a policy's text, which may be incomplete JSON. */
export function locatePolicyCursor(text: string, offset: number): PolicyLocation {
  const location = getLocation(text, offset);
  const node = location.previousNode;
  const isText = node !== undefined && (node.type === 'string' || node.type === 'property');
  const end = node ? node.offset + node.length : 0;
  const closed = isText && node.length >= 2 && text[end - 1] === '"';
  // An unterminated string (still being typed) extends to the cursor.
  const inString = isText && offset > node.offset && (offset < end || (offset === end && !closed));
  const replaceStart = inString ? node.offset + 1 : offset;
  const replaceEnd = inString ? (closed ? end - 1 : offset) : offset;
  const typed = text.slice(replaceStart, offset);
  const base = {
    typed,
    quoted: inString,
    replaceStart,
    replaceEnd,
    value: inString ? String(node.value ?? '') : undefined,
  };

  const path = location.path;
  const root = parseTree(text);
  const inStatement = statementPath(path);
  if (!inStatement) {
    const slot: PolicySlotKind =
      location.isAtPropertyKey && path.length === 1
        ? 'topLevelKey'
        : !location.isAtPropertyKey && path.length === 1 && path[0] === 'Version'
          ? 'version'
          : 'other';
    return { ...base, slot, statementActions: [] };
  }
  const slot = classify(inStatement.rest, location.isAtPropertyKey);
  const [, operator, key] = inStatement.rest;
  return {
    ...base,
    slot,
    statementActions: actionsOfStatement(root, inStatement.statement),
    conditionOperator:
      typeof operator === 'string' && (slot === 'conditionKey' || slot === 'conditionValue') ? operator : undefined,
    conditionKey:
      slot === 'conditionValue' && typeof key === 'string' ? key : slot === 'conditionKey' ? base.value : undefined,
  };
}
