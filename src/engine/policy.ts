// The typed policy document that the parser produces and both engines consume.
// Every element keeps its source range so diagnostics and explanations can point into the editor.

/** A span in the policy's JSON text: 1-based lines and columns (Monaco's convention) plus 0-based offsets. */
export interface SourceRange {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  startOffset: number;
  endOffset: number;
}

/** The policy language versions AWS accepts; `null` when the Version element is absent. */
export type PolicyVersion = '2012-10-17' | '2008-10-17' | null;

export type Effect = 'Allow' | 'Deny';

/** Action/NotAction or Resource/NotResource: `negated` is true for the Not* form. */
export interface MatchList {
  negated: boolean;
  /** Values exactly as written (a lone string becomes a one-element list). */
  values: string[];
  /** Range of each value, parallel to `values`. */
  valueRanges: SourceRange[];
  range: SourceRange;
}

export type PrincipalType = 'AWS' | 'Service' | 'Federated' | 'CanonicalUser';

/** Principal/NotPrincipal. `"*"` is recorded as `wildcard: true` (same as `{"AWS": "*"}`). */
export interface PrincipalBlock {
  negated: boolean;
  wildcard: boolean;
  entries: { type: PrincipalType; values: string[]; valueRanges: SourceRange[] }[];
  range: SourceRange;
}

/** The base condition operators, without IfExists or a set qualifier. */
export type ConditionOperatorName =
  | 'StringEquals'
  | 'StringNotEquals'
  | 'StringEqualsIgnoreCase'
  | 'StringNotEqualsIgnoreCase'
  | 'StringLike'
  | 'StringNotLike'
  | 'NumericEquals'
  | 'NumericNotEquals'
  | 'NumericLessThan'
  | 'NumericLessThanEquals'
  | 'NumericGreaterThan'
  | 'NumericGreaterThanEquals'
  | 'DateEquals'
  | 'DateNotEquals'
  | 'DateLessThan'
  | 'DateLessThanEquals'
  | 'DateGreaterThan'
  | 'DateGreaterThanEquals'
  | 'Bool'
  | 'BinaryEquals'
  | 'IpAddress'
  | 'NotIpAddress'
  | 'ArnEquals'
  | 'ArnNotEquals'
  | 'ArnLike'
  | 'ArnNotLike'
  | 'Null';

export type SetQualifier = 'ForAllValues' | 'ForAnyValue';

/** One key under one operator: `"StringEquals": {"aws:username": ["a", "b"]}` gives one entry. */
export interface ConditionEntry {
  /** The operator as written, e.g. `ForAnyValue:StringLikeIfExists`. */
  raw: string;
  operator: ConditionOperatorName;
  qualifier: SetQualifier | null;
  ifExists: boolean;
  /** The context key as written (keys compare case-insensitively). */
  key: string;
  /** Values as strings: JSON numbers and booleans are turned into their text form. */
  values: string[];
  valueRanges: SourceRange[];
  range: SourceRange;
}

export interface Statement {
  /** Position in the Statement array (0 when Statement is a single object). */
  index: number;
  sid: string | null;
  effect: Effect;
  action: MatchList;
  /** Absent only where the policy type allows it (trust policies); otherwise the parser reports an error. */
  resource: MatchList | null;
  principal: PrincipalBlock | null;
  conditions: ConditionEntry[];
  range: SourceRange;
}

export interface Policy {
  version: PolicyVersion;
  id: string | null;
  statements: Statement[];
  range: SourceRange;
}

/** Where a policy sits in a request: decides which elements it must or must not have. */
export type PolicyKind = 'identity' | 'resource' | 'trust' | 'boundary' | 'session' | 'scp' | 'rcp' | 'endpoint';

export type Severity = 'error' | 'warning' | 'info';

/** A problem found in a policy, placed at the range the editor should underline. */
export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  range: SourceRange;
}
