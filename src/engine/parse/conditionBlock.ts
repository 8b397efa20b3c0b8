// Reads the Condition block: `{ operator: { key: value | [values] } }` into one ConditionEntry per key
// under each operator, rejecting unknown operators and malformed keys and values.

import type { Node } from 'jsonc-parser';
import type { ConditionEntry } from '../policy';
import { operatorSupportsVariables } from '../variables';
import { readConditionOperator } from './conditionOperator';
import { checkConditionValues } from './conditionValues';
import { describeType, itemsOf, keyOf, readValueList, valueOf } from './elementValues';
import { checkVariables } from './parseContext';
import type { ParseContext } from './parseContext';
import { shown } from './diagnostics';

/** A context key needs a prefix, like `aws:username`, `s3:prefix` or `accounts.google.com:aud`. */
const CONDITION_KEY_PATTERN = /^[^\s:]+:\S/;

/** Reads a Condition element (`property` is its property node); null if any part is invalid. */
export function readConditionBlock(ctx: ParseContext, property: Node): ConditionEntry[] | null {
  const node = valueOf(property);
  if (node.type !== 'object') {
    ctx.sink.error('wrong-type', `Condition must be an object of condition operators, not ${describeType(node)}`, node);
    return null;
  }
  const entries: ConditionEntry[] = [];
  let valid = true;
  for (const operatorProperty of node.children ?? []) {
    const read = readOperator(ctx, operatorProperty);
    if (read) entries.push(...read);
    else valid = false;
  }
  return valid ? entries : null;
}

function readOperator(ctx: ParseContext, property: Node): ConditionEntry[] | null {
  const raw = String(keyOf(property).value);
  const reading = readConditionOperator(raw);
  let valid = true;
  if (!reading.ok) {
    ctx.sink.error(reading.code, reading.message, keyOf(property));
    valid = false;
  }
  const block = valueOf(property);
  if (block.type !== 'object') {
    ctx.sink.error(
      'wrong-type',
      `condition operator ${shown(raw)} must map context keys to values (an object), not ${describeType(block)}`,
      block,
    );
    return null;
  }
  const entries: ConditionEntry[] = [];
  for (const keyProperty of block.children ?? []) {
    const key = String(keyOf(keyProperty).value);
    if (!CONDITION_KEY_PATTERN.test(key)) {
      ctx.sink.error(
        'condition-key-malformed',
        `condition key ${shown(key)} under ${shown(raw)} is malformed: a key has a service prefix, such as "aws:username"`,
        keyOf(keyProperty),
      );
      valid = false;
    }
    const valueNode = valueOf(keyProperty);
    const list = readValueList(valueNode, `the value of ${shown(key)} under ${shown(raw)}`, ctx.sink, true);
    if (!list) {
      valid = false;
      continue;
    }
    const supported = !reading.ok || operatorSupportsVariables(reading.operator);
    checkVariables(ctx, `Condition ${shown(raw)} ${shown(key)}`, itemsOf(valueNode), supported);
    if (reading.ok) {
      const entry: ConditionEntry = {
        raw,
        operator: reading.operator,
        qualifier: reading.qualifier,
        ifExists: reading.ifExists,
        key,
        ...list,
        range: ctx.sink.rangeOf(keyProperty),
      };
      checkConditionValues(ctx.sink, entry);
      entries.push(entry);
    }
  }
  return valid ? entries : null;
}
