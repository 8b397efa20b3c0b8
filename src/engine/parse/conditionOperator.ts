// Reads a condition operator as written (`ForAnyValue:StringLikeIfExists`) into its base operator, set
// qualifier and IfExists flag, rejecting names and combinations AWS rejects as malformed.

import type { ConditionOperatorName, SetQualifier } from '../policy';
import { closestName, didYouMean } from './suggest';
import { shown } from './diagnostics';

/** Every base condition operator AWS documents. */
export const CONDITION_OPERATORS: readonly ConditionOperatorName[] = [
  'StringEquals',
  'StringNotEquals',
  'StringEqualsIgnoreCase',
  'StringNotEqualsIgnoreCase',
  'StringLike',
  'StringNotLike',
  'NumericEquals',
  'NumericNotEquals',
  'NumericLessThan',
  'NumericLessThanEquals',
  'NumericGreaterThan',
  'NumericGreaterThanEquals',
  'DateEquals',
  'DateNotEquals',
  'DateLessThan',
  'DateLessThanEquals',
  'DateGreaterThan',
  'DateGreaterThanEquals',
  'Bool',
  'BinaryEquals',
  'IpAddress',
  'NotIpAddress',
  'ArnEquals',
  'ArnNotEquals',
  'ArnLike',
  'ArnNotLike',
  'Null',
];

const BY_NAME = new Map<string, ConditionOperatorName>(CONDITION_OPERATORS.map((op) => [op, op]));
const QUALIFIERS: readonly SetQualifier[] = ['ForAllValues', 'ForAnyValue'];
const IF_EXISTS = 'IfExists';

/** A parsed operator, or the reason it is rejected. */
export type OperatorReading =
  | { ok: true; operator: ConditionOperatorName; qualifier: SetQualifier | null; ifExists: boolean }
  | { ok: false; code: 'condition-operator-unknown' | 'condition-operator-combination'; message: string };

/** Parses an operator name as written in a Condition block. */
export function readConditionOperator(raw: string): OperatorReading {
  let rest = raw;
  let qualifier: SetQualifier | null = null;
  const colon = rest.indexOf(':');
  if (colon !== -1) {
    const prefix = rest.slice(0, colon);
    qualifier = QUALIFIERS.find((q) => q === prefix) ?? null;
    if (!qualifier)
      return unknown(
        raw,
        `${shown(prefix)} is not a set qualifier (ForAllValues or ForAnyValue)${didYouMean(prefix, QUALIFIERS)}`,
      );
    rest = rest.slice(colon + 1);
  }
  const ifExists = rest.endsWith(IF_EXISTS) && rest !== IF_EXISTS;
  const baseName = ifExists ? rest.slice(0, -IF_EXISTS.length) : rest;
  const operator = BY_NAME.get(baseName);
  if (!operator) {
    const near = closestName(baseName, CONDITION_OPERATORS);
    const suggestion = near && `${qualifier ? `${qualifier}:` : ''}${near}${ifExists ? IF_EXISTS : ''}`;
    return unknown(raw, suggestion ? `; did you mean ${shown(suggestion)}?` : '');
  }
  if (operator === 'Null' && ifExists) {
    return {
      ok: false,
      code: 'condition-operator-combination',
      message: `condition operator ${shown(raw)} is invalid: Null cannot be combined with IfExists (it already tests whether the key exists)`,
    };
  }
  if (operator === 'Null' && qualifier) {
    return {
      ok: false,
      code: 'condition-operator-combination',
      message: `condition operator ${shown(raw)} is invalid: Null cannot take a set qualifier`,
    };
  }
  return { ok: true, operator, qualifier, ifExists };
}

function unknown(raw: string, hint: string): OperatorReading {
  return { ok: false, code: 'condition-operator-unknown', message: `unknown condition operator ${shown(raw)}${hint}` };
}
