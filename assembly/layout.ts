// Constants of the packed binary layout shared with src/engine/wasm/layout.ts.
// The layout itself is documented in one place: docs/wasm-layout.md. Keep both files in step with it.

/** Pattern unit meaning "any run of characters" (`*`). */
export const STAR: i32 = -1;
/** Pattern unit meaning "exactly one character" (`?`). */
export const QMARK: i32 = -2;
/** Pattern unit introducing a policy variable: followed by the key id and the default's string index (-1: none). */
export const VAR: i32 = -3;

/** Condition operator codes, in the order of ConditionOperatorName. */
export const OP_STRING_EQUALS: i32 = 0;
export const OP_STRING_NOT_EQUALS: i32 = 1;
export const OP_STRING_EQUALS_IC: i32 = 2;
export const OP_STRING_NOT_EQUALS_IC: i32 = 3;
export const OP_STRING_LIKE: i32 = 4;
export const OP_STRING_NOT_LIKE: i32 = 5;
export const OP_NUMERIC_EQUALS: i32 = 6;
export const OP_NUMERIC_NOT_EQUALS: i32 = 7;
export const OP_NUMERIC_LT: i32 = 8;
export const OP_NUMERIC_LE: i32 = 9;
export const OP_NUMERIC_GT: i32 = 10;
export const OP_NUMERIC_GE: i32 = 11;
export const OP_DATE_EQUALS: i32 = 12;
export const OP_DATE_NOT_EQUALS: i32 = 13;
export const OP_DATE_LT: i32 = 14;
export const OP_DATE_LE: i32 = 15;
export const OP_DATE_GT: i32 = 16;
export const OP_DATE_GE: i32 = 17;
export const OP_BOOL: i32 = 18;
export const OP_BINARY_EQUALS: i32 = 19;
export const OP_IP_ADDRESS: i32 = 20;
export const OP_NOT_IP_ADDRESS: i32 = 21;
export const OP_ARN_EQUALS: i32 = 22;
export const OP_ARN_NOT_EQUALS: i32 = 23;
export const OP_ARN_LIKE: i32 = 24;
export const OP_ARN_NOT_LIKE: i32 = 25;
export const OP_NULL: i32 = 26;

/** Operator classes: how values are read and compared. */
export const CLASS_EXACT: i32 = 0;
export const CLASS_IGNORE_CASE: i32 = 1;
export const CLASS_LIKE: i32 = 2;
export const CLASS_NUMBER: i32 = 3;
export const CLASS_DATE: i32 = 4;
export const CLASS_BOOL: i32 = 5;
export const CLASS_BINARY: i32 = 6;
export const CLASS_IP: i32 = 7;
export const CLASS_ARN: i32 = 8;
export const CLASS_NULL: i32 = 9;

/** The class of an operator code. */
export function opClass(op: i32): i32 {
  if (op <= OP_STRING_NOT_EQUALS) return CLASS_EXACT;
  if (op <= OP_STRING_NOT_EQUALS_IC) return CLASS_IGNORE_CASE;
  if (op <= OP_STRING_NOT_LIKE) return CLASS_LIKE;
  if (op <= OP_NUMERIC_GE) return CLASS_NUMBER;
  if (op <= OP_DATE_GE) return CLASS_DATE;
  if (op == OP_BOOL) return CLASS_BOOL;
  if (op == OP_BINARY_EQUALS) return CLASS_BINARY;
  if (op <= OP_NOT_IP_ADDRESS) return CLASS_IP;
  if (op <= OP_ARN_NOT_LIKE) return CLASS_ARN;
  return CLASS_NULL;
}

/** True for the negated (Not...) operators. */
export function isNegated(op: i32): bool {
  return op == OP_STRING_NOT_EQUALS || op == OP_STRING_NOT_EQUALS_IC || op == OP_STRING_NOT_LIKE ||
    op == OP_NUMERIC_NOT_EQUALS || op == OP_DATE_NOT_EQUALS || op == OP_NOT_IP_ADDRESS ||
    op == OP_ARN_NOT_EQUALS || op == OP_ARN_NOT_LIKE;
}

/** Set qualifiers. */
export const QUAL_NONE: i32 = 0;
export const QUAL_FOR_ALL: i32 = 1;
export const QUAL_FOR_ANY: i32 = 2;

/** Principal entry kinds in a packed Principal block. */
export const PRIN_AWS: i32 = 0;
export const PRIN_SERVICE: i32 = 1;
export const PRIN_FEDERATED: i32 = 2;
export const PRIN_CANONICAL: i32 = 3;

/** Policy slots, in canonical order (contract.ts). */
export const SLOT_SCP: i32 = 0;
export const SLOT_RCP: i32 = 1;
export const SLOT_ENDPOINT: i32 = 2;
export const SLOT_RESOURCE: i32 = 3;
export const SLOT_IDENTITY: i32 = 4;
export const SLOT_BOUNDARY: i32 = 5;
export const SLOT_SESSION: i32 = 6;
/** `missingAllow` code meaning "none". */
export const SLOT_NONE: i32 = -1;

/** Decision codes (DECISION_CODE in contract.ts). */
export const IMPLICIT_DENY: u8 = 0;
export const ALLOW: u8 = 1;
export const EXPLICIT_DENY: u8 = 2;

/**
 * How a packed Principal value matches, classified once by the packer as the reference's principals.ts
 * does: `*`, a 12-digit account, an IAM root or role ARN (partition, account, role name), or an exact name.
 */
export const PV_ANY: i32 = 0;
export const PV_ACCOUNT: i32 = 1;
export const PV_IAM_ROOT: i32 = 2;
export const PV_IAM_ROLE: i32 = 3;
export const PV_EXACT: i32 = 4;

/** How a statement's principal matched the caller (GrantKind in principals.ts); GRANT_NONE: not at all. */
export const GRANT_NONE: i32 = -1;
export const GRANT_ACCOUNT: i32 = 0;
export const GRANT_ROLE: i32 = 1;
export const GRANT_DIRECT: i32 = 2;

/** Caller kinds (Caller.kind in principals.ts). */
export const CALLER_ANONYMOUS: i32 = 0;
export const CALLER_ROOT: i32 = 1;
export const CALLER_USER: i32 = 2;
export const CALLER_ROLE: i32 = 3;
export const CALLER_ASSUMED_ROLE: i32 = 4;
export const CALLER_FEDERATED_USER: i32 = 5;
export const CALLER_SERVICE: i32 = 6;
export const CALLER_OTHER: i32 = 7;
