// Turns an authorization and its explanation into the compact view AccessDeniedNotice shows: each policy
// type in AWS's evaluation order with its verdict, and the decisive statements with the policy they are in
// and their text. Pure, so it is unit-tested without a browser.
import type { Authorization, LabelledPolicy } from '../../api';
import type { PolicySlot } from '../../engine/contract';
import type { Explanation, PolicyVerdict } from '../../engine/explain';
import { policyInSlots } from '../../engine/contract';

/** One policy type's line in the notice. */
export interface VerdictLine {
  name: string;
  verdict: PolicyVerdict;
  /** The verdict in words, e.g. "explicitly denies". */
  wording: string;
  /** True for the type that decided: the one that denied, or the first that did not allow. */
  decisive: boolean;
  /** The labels of the policies of this type that were weighed. */
  policies: string[];
}

/** One decisive statement, located for a reader. */
export interface DecisiveStatement {
  /** Which policy it is in, as the API labels it (e.g. "inline policy AllowS3 of user Nikki"). */
  policy: string;
  effect: 'Allow' | 'Deny';
  /** The Sid, or "statement 2" when it has none. */
  name: string;
  /** The statement's JSON as written in the policy. */
  text: string;
}

/** The whole view of one denial. */
export interface DenialView {
  summary: string;
  types: VerdictLine[];
  decisive: DecisiveStatement[];
  notes: string[];
}

const WORDING: Record<PolicyVerdict, string> = {
  Deny: 'explicitly denies',
  Allow: 'allows',
  NoAllow: 'no statement allows',
  Absent: 'none in this request',
  NotApplicable: 'does not apply to this caller',
};

/** The labelled policies of one slot, in bundle order. */
export function policiesIn(policies: Authorization['policies'], slot: PolicySlot): LabelledPolicy[] {
  switch (slot) {
    case 'identity':
      return policies.identityPolicies ?? [];
    case 'resource':
      return policies.resourcePolicy ? [policies.resourcePolicy] : [];
    case 'boundary':
      return policies.permissionsBoundary ? [policies.permissionsBoundary] : [];
    case 'session':
      return policies.sessionPolicy ? [policies.sessionPolicy] : [];
    case 'scp':
      return policies.serviceControlPolicies?.flat() ?? [];
    case 'rcp':
      return policies.resourceControlPolicies?.flat() ?? [];
    case 'endpoint':
      return policies.endpointPolicy ? [policies.endpointPolicy] : [];
  }
}

/** Builds the notice's view from the authorization and the TS engine's explanation of it. */
export function denialView(authorization: Authorization, explanation: Explanation): DenialView {
  const denyingSlots = new Set(explanation.decision === 'ExplicitDeny' ? explanation.decisive.map((d) => d.slot) : []);
  const types = explanation.policyTypes.map((t) => ({
    name: t.name,
    verdict: t.verdict,
    wording: WORDING[t.verdict],
    decisive:
      denyingSlots.has(t.slot) || (explanation.decision === 'ImplicitDeny' && t.slot === explanation.missingAllow),
    policies: policiesIn(authorization.policies, t.slot).map((p) => p.label),
  }));
  const decisive = explanation.decisive.flatMap((ref) => {
    const policy = policyInSlots(authorization.policies, ref);
    const statement = explanation.policyTypes
      .find((t) => t.slot === ref.slot)
      ?.policies.find((p) => p.level === ref.level && p.policy === ref.policy)
      ?.statements.find((s) => s.index === ref.statement);
    if (!policy || !statement) return [];
    return [
      {
        policy: policy.label,
        effect: statement.effect,
        name: statement.sid ?? `statement ${statement.index + 1}`,
        text: policy.text.slice(statement.range.startOffset, statement.range.endOffset),
      },
    ];
  });
  return { summary: explanation.summary, types, decisive, notes: explanation.notes };
}
