// The structured explanation of one authorization decision: plain JSON data, printed by the CLI
// and rendered by the UI. Built by the TS reference engine (TsEngine.explain).

import type { Decision, PolicySlot, StatementRef } from './contract';
import type { SourceRange } from './policy';

/** How a resource-policy Principal matched: directly, through a role ARN, or through the account. */
export type PrincipalGrant = 'direct' | 'role' | 'account';

/** One condition entry: what was compared and the outcome. */
export interface ConditionExplanation {
  /** The operator as written, e.g. `ForAnyValue:StringLike`. */
  operator: string;
  key: string;
  /** Policy values after variable substitution; `null` where a variable had no value. */
  policyValues: (string | null)[];
  /** The request's values for the key; `null` when the key is absent from the request. */
  contextValues: string[] | null;
  matched: boolean;
  range: SourceRange;
}

/** One statement: whether each element matched, and whether the statement applies. */
export interface StatementExplanation {
  index: number;
  sid: string | null;
  effect: 'Allow' | 'Deny';
  applies: boolean;
  action: { negated: boolean; values: string[]; matched: boolean };
  /** Null when the statement has no Resource/NotResource (trust policies). */
  resource: { negated: boolean; values: string[]; matched: boolean } | null;
  /** Null when the statement has no Principal/NotPrincipal. */
  principal: { negated: boolean; matched: boolean; grant: PrincipalGrant | null } | null;
  conditions: ConditionExplanation[];
  range: SourceRange;
}

/** One policy of a slot (`level` is the organization level for SCPs/RCPs, else 0). */
export interface PolicyExplanation {
  level: number;
  policy: number;
  id: string | null;
  statements: StatementExplanation[];
}

/**
 * A policy type's verdict: `Deny` (an applicable Deny), `Allow` (an applicable Allow, at every
 * level for SCPs; RCPs allow implicitly), `NoAllow` (present but nothing allows), `Absent` (no
 * policy of this type in the request), `NotApplicable` (this type does not govern the caller).
 */
export type PolicyVerdict = 'Deny' | 'Allow' | 'NoAllow' | 'Absent' | 'NotApplicable';

/** One policy type, in AWS's evaluation order. */
export interface PolicyTypeExplanation {
  slot: PolicySlot;
  /** The type's name as AWS's messages use it, e.g. "service control policy". */
  name: string;
  verdict: PolicyVerdict;
  policies: PolicyExplanation[];
}

/** The whole explanation of one decision. */
export interface Explanation {
  decision: Decision;
  /** One line in the wording of AWS's AccessDenied messages. */
  summary: string;
  decisive: StatementRef[];
  missingAllow: PolicySlot | null;
  request: {
    principal: string;
    action: string;
    resource: string;
    resourceAccount: string | null;
    crossAccount: boolean;
  };
  /** Rules that shaped the decision beyond plain statement matching (service rules, root user...). */
  notes: string[];
  policyTypes: PolicyTypeExplanation[];
}
