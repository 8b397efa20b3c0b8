// Shapes an explained request for display: the decision in the console's words, the path through AWS's
// evaluation flow, and each statement's reasons element by element, with the decisive ones marked.
import type { LabelledPolicy } from '../../api';
import type { Decision, PolicySlot, PolicySlots, StatementRef } from '../../engine/contract';
import type { ConditionExplanation, Explanation, PolicyVerdict, StatementExplanation } from '../../engine/explain';
import type { SourceRange } from '../../engine/policy';
import { policyInSlots } from '../../engine/contract';

/** The decision as the console's simulator words it. */
export const DECISION_LABELS: Record<Decision, string> = {
  Allow: 'Allowed',
  ExplicitDeny: 'Explicitly denied',
  ImplicitDeny: 'Implicitly denied',
};

/** A key that names one statement of one request's policies. */
export const refKey = (slot: PolicySlot, level: number, policy: number, statement: number): string =>
  `${slot}:${level}:${policy}:${statement}`;

/** One step of the evaluation flow. */
export interface FlowStep {
  title: string;
  verdict: PolicyVerdict | 'Deny found' | 'No deny';
  /** What the step found, in a sentence. */
  detail: string;
  /** This step decided the request. */
  decisive: boolean;
  /** Whether the request can pass this step. */
  passes: boolean;
}

/** "A" or "An" before a policy type's name, as it is read aloud ("an identity-based policy", "an SCP"). */
const article = (name: string): string => (/^([aeiou]|SCP|RCP)/i.test(name) ? 'An' : 'A');

const VERDICT_TEXT: Record<PolicyVerdict, (name: string) => string> = {
  Deny: (n) => `${article(n)} ${n} statement explicitly denies the request.`,
  Allow: (n) => `${article(n)} ${n} statement allows the request.`,
  NoAllow: (n) => `No ${n} statement allows the request.`,
  Absent: (n) => `No ${n} applies to this request.`,
  NotApplicable: (n) => `The ${n} does not govern this caller.`,
};

/** The policy types that settled an ImplicitDeny or an Allow, for marking their flow steps. */
function decidingSlots(e: Explanation): Set<PolicySlot> {
  if (e.decision === 'ImplicitDeny') return new Set(e.missingAllow ? [e.missingAllow] : []);
  return new Set(e.decisive.map((r) => r.slot));
}

/** The path through AWS's evaluation flow: the explicit-deny check first, then each policy type in order. */
export function flowSteps(e: Explanation): FlowStep[] {
  const denied = e.decision === 'ExplicitDeny';
  const deciding = decidingSlots(e);
  const steps: FlowStep[] = [
    {
      title: 'Explicit deny in any policy',
      verdict: denied ? 'Deny found' : 'No deny',
      detail: denied
        ? 'An applicable Deny statement overrides every Allow.'
        : 'No applicable Deny statement in any policy.',
      decisive: denied,
      passes: !denied,
    },
  ];
  for (const t of e.policyTypes) {
    if (t.verdict === 'Absent') continue;
    steps.push({
      title: STEP_TITLES[t.slot],
      verdict: t.verdict,
      detail: VERDICT_TEXT[t.verdict](t.name),
      decisive: !denied && deciding.has(t.slot),
      passes: t.verdict !== 'Deny' && !(e.decision === 'ImplicitDeny' && e.missingAllow === t.slot),
    });
  }
  return steps;
}

/** The flow's step titles, in the plural AWS's evaluation-logic pages use. */
const STEP_TITLES: Record<PolicySlot, string> = {
  scp: 'Service control policies (SCPs)',
  rcp: 'Resource control policies (RCPs)',
  endpoint: 'VPC endpoint policy',
  resource: 'Resource-based policy',
  identity: 'Identity-based policies',
  boundary: 'Permissions boundary',
  session: 'Session policy',
};

/** One element of a statement and whether it matched the request. */
export interface ElementReason {
  element: string;
  matched: boolean;
  text: string;
}

const list = (values: readonly (string | null)[]) =>
  values.map((v) => (v === null ? '(no value)' : JSON.stringify(v))).join(', ');

/** Why one condition entry held or not, with the values compared. */
export function conditionReason(c: ConditionExplanation): ElementReason {
  const request = c.contextValues === null ? 'the request has no such key' : `the request has ${list(c.contextValues)}`;
  return {
    element: 'Condition',
    matched: c.matched,
    text: `${c.operator} ${c.key}: policy ${list(c.policyValues)}; ${request}`,
  };
}

/** Each element of a statement and why it matched the request or not. */
export function statementReasons(s: StatementExplanation, e: Explanation): ElementReason[] {
  const { action, resource } = e.request;
  const reasons: ElementReason[] = [
    {
      element: s.action.negated ? 'NotAction' : 'Action',
      matched: s.action.matched,
      text: s.action.negated
        ? `${action} ${s.action.matched ? 'is not' : 'is'} among ${list(s.action.values)}`
        : `${action} ${s.action.matched ? 'matches' : 'does not match'} ${list(s.action.values)}`,
    },
  ];
  if (s.resource) {
    reasons.push({
      element: s.resource.negated ? 'NotResource' : 'Resource',
      matched: s.resource.matched,
      text: s.resource.negated
        ? `${resource} ${s.resource.matched ? 'is not' : 'is'} among ${list(s.resource.values)}`
        : `${resource} ${s.resource.matched ? 'matches' : 'does not match'} ${list(s.resource.values)}`,
    });
  }
  if (s.principal) {
    const how =
      s.principal.grant === 'role'
        ? ' through its role ARN'
        : s.principal.grant === 'account'
          ? " through the caller's account"
          : '';
    reasons.push({
      element: s.principal.negated ? 'NotPrincipal' : 'Principal',
      matched: s.principal.matched,
      text: s.principal.negated
        ? `${e.request.principal} ${s.principal.matched ? 'is not' : 'is'} among the principals listed`
        : `${e.request.principal} ${s.principal.matched ? `matches a listed principal${how}` : 'does not match any listed principal'}`,
    });
  }
  return [...reasons, ...s.conditions.map(conditionReason)];
}

/** One policy in a result, with its source text and which statements decided. */
export interface PolicyView {
  slot: PolicySlot;
  label: string;
  text: string;
  kind: LabelledPolicy['kind'];
  level: number;
  policy: number;
  statements: (StatementExplanation & { decisive: boolean; reasons: ElementReason[] })[];
  /** Ranges of the decisive statements in `text`. */
  decisiveRanges: SourceRange[];
}

/** Every policy of the explanation, in evaluation order, joined with its label and text. */
export function policyViews(e: Explanation, policies: PolicySlots<LabelledPolicy>): PolicyView[] {
  const decisive = new Set(e.decisive.map((r: StatementRef) => refKey(r.slot, r.level, r.policy, r.statement)));
  return e.policyTypes.flatMap((t) =>
    t.policies.flatMap((p): PolicyView[] => {
      const source = policyInSlots(policies, { slot: t.slot, level: p.level, policy: p.policy });
      if (!source) return [];
      const statements = p.statements.map((s) => ({
        ...s,
        decisive: decisive.has(refKey(t.slot, p.level, p.policy, s.index)),
        reasons: statementReasons(s, e),
      }));
      return [
        {
          slot: t.slot,
          label: source.label,
          text: source.text,
          kind: source.kind,
          level: p.level,
          policy: p.policy,
          statements,
          decisiveRanges: statements.filter((s) => s.decisive).map((s) => s.range),
        },
      ];
    }),
  );
}

/** How a statement is named: its Sid, else its position. */
export const statementName = (s: { sid: string | null; index: number }): string => s.sid ?? `Statement ${s.index + 1}`;

/** The decisive statements named for a person: `Sid` in `policy label`. */
export function decisiveSummary(views: PolicyView[]): string[] {
  return views.flatMap((v) => v.statements.filter((s) => s.decisive).map((s) => `${statementName(s)} in ${v.label}`));
}
