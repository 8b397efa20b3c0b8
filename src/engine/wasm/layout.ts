// Constants of the packed binary layout shared with assembly/layout.ts (the AssemblyScript side
// cannot import from src/). The layout itself is documented in one place: docs/wasm-layout.md.

import type { PolicySlot } from '../contract';
import type { ConditionOperatorName } from '../policy';

/** Must equal the module's layoutVersion(). */
export const LAYOUT_VERSION = 1;

/** Pattern units below zero: `*`, `?`, and a policy variable (followed by key id, default length, default units). */
export const STAR = -1;
export const QMARK = -2;
export const VAR = -3;

/** Condition operator codes, in the order of ConditionOperatorName. */
export const OPERATOR_CODE: Record<ConditionOperatorName, number> = {
  StringEquals: 0,
  StringNotEquals: 1,
  StringEqualsIgnoreCase: 2,
  StringNotEqualsIgnoreCase: 3,
  StringLike: 4,
  StringNotLike: 5,
  NumericEquals: 6,
  NumericNotEquals: 7,
  NumericLessThan: 8,
  NumericLessThanEquals: 9,
  NumericGreaterThan: 10,
  NumericGreaterThanEquals: 11,
  DateEquals: 12,
  DateNotEquals: 13,
  DateLessThan: 14,
  DateLessThanEquals: 15,
  DateGreaterThan: 16,
  DateGreaterThanEquals: 17,
  Bool: 18,
  BinaryEquals: 19,
  IpAddress: 20,
  NotIpAddress: 21,
  ArnEquals: 22,
  ArnNotEquals: 23,
  ArnLike: 24,
  ArnNotLike: 25,
  Null: 26,
};

/** How an operator's values are packed (assembly/layout.ts CLASS_*). */
export type OperatorClass =
  'exact' | 'ignoreCase' | 'like' | 'number' | 'date' | 'bool' | 'binary' | 'ip' | 'arn' | 'null';

/** The class of each operator. */
export function operatorClass(op: ConditionOperatorName): OperatorClass {
  if (op === 'Null') return 'null';
  if (op === 'Bool') return 'bool';
  if (op === 'BinaryEquals') return 'binary';
  if (op.startsWith('StringLike') || op.startsWith('StringNotLike')) return 'like';
  if (op.endsWith('IgnoreCase')) return 'ignoreCase';
  if (op.startsWith('String')) return 'exact';
  if (op.startsWith('Numeric')) return 'number';
  if (op.startsWith('Date')) return 'date';
  if (op.endsWith('IpAddress')) return 'ip';
  return 'arn';
}

/** Set qualifier codes. */
export const QUALIFIER_CODE = { none: 0, ForAllValues: 1, ForAnyValue: 2 } as const;

/** Principal value kinds (assembly/layout.ts PV_*). */
export const PV = { any: 0, account: 1, iamRoot: 2, iamRole: 3, exact: 4 } as const;

/** Caller kinds (principals.ts Caller.kind) as codes. */
export const CALLER_CODE = {
  anonymous: 0,
  root: 1,
  user: 2,
  role: 3,
  'assumed-role': 4,
  'federated-user': 5,
  service: 6,
  other: 7,
} as const;

/** Action flags; `trustPolicy` marks the actions a role's trust policy governs (trustPolicy.ts). */
export const ACTION_FLAG = { getCallerIdentity: 1, trustPolicy: 2, kms: 4 } as const;

/** Slot codes in canonical order, as the module reports them in decisive refs and missingAllow. */
export const SLOT_BY_CODE: readonly PolicySlot[] = [
  'scp',
  'rcp',
  'endpoint',
  'resource',
  'identity',
  'boundary',
  'session',
];
