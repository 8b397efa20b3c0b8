// The evaluation flow as the page draws it, from explanations built by hand: AWS checks for an explicit
// deny first, then each policy type in order; the step that settles the decision is marked.
import { describe, expect, it } from 'vitest';
import type { Explanation, PolicyTypeExplanation, PolicyVerdict } from '../../../src/engine/explain';
import type { PolicySlot } from '../../../src/engine/contract';
import { flowSteps, statementReasons } from '../../../src/ui/simulator/resultView';

const type = (slot: PolicySlot, verdict: PolicyVerdict): PolicyTypeExplanation => ({
  slot,
  name: slot,
  verdict,
  policies: [],
});
const explanation = (e: Partial<Explanation>): Explanation => ({
  decision: 'Allow',
  summary: '',
  decisive: [],
  missingAllow: null,
  notes: [],
  policyTypes: [],
  request: {
    principal: 'arn:aws:iam::111122223333:user/alice',
    action: 's3:GetObject',
    resource: '*',
    resourceAccount: null,
    crossAccount: false,
  },
  ...e,
});

describe('the evaluation flow', () => {
  it('an SCP without an Allow at every level implicitly denies: its step decides and fails, and absent policy types are not drawn', () => {
    const steps = flowSteps(
      explanation({
        decision: 'ImplicitDeny',
        missingAllow: 'scp',
        policyTypes: [type('scp', 'NoAllow'), type('rcp', 'Absent'), type('identity', 'Allow')],
      }),
    );
    expect(steps.map((s) => [s.title, s.passes, s.decisive])).toEqual([
      ['Explicit deny in any policy', true, false],
      ['Service control policies (SCPs)', false, true],
      ['Identity-based policies', true, false],
    ]);
  });

  it('an explicit deny decides at the first step, whichever policy type holds it', () => {
    const steps = flowSteps(
      explanation({
        decision: 'ExplicitDeny',
        decisive: [{ slot: 'boundary', level: 0, policy: 0, statement: 0 }],
        policyTypes: [type('identity', 'Allow'), type('boundary', 'Deny')],
      }),
    );
    expect(steps.filter((s) => s.decisive).map((s) => s.title)).toEqual(['Explicit deny in any policy']);
    expect(steps.find((s) => s.title === 'Permissions boundary')).toMatchObject({ passes: false, verdict: 'Deny' });
  });

  it('an Allow is decided by every policy type whose statements granted it', () => {
    const steps = flowSteps(
      explanation({
        decisive: [
          { slot: 'resource', level: 0, policy: 0, statement: 0 },
          { slot: 'identity', level: 0, policy: 0, statement: 1 },
        ],
        policyTypes: [type('resource', 'Allow'), type('identity', 'Allow'), type('session', 'NotApplicable')],
      }),
    );
    expect(steps.filter((s) => s.decisive).map((s) => s.title)).toEqual([
      'Resource-based policy',
      'Identity-based policies',
    ]);
  });
});

describe("the flow's sentences", () => {
  it('use "an" before a policy type read with a vowel sound ("an identity-based policy", "an SCP") and "a" otherwise', () => {
    const detail = (name: string) =>
      flowSteps(explanation({ policyTypes: [{ slot: 'identity', name, verdict: 'Allow', policies: [] }] })).find(
        (s) => s.verdict === 'Allow',
      )?.detail;
    expect(detail('identity-based policy')).toBe('An identity-based policy statement allows the request.');
    expect(detail('SCP')).toBe('An SCP statement allows the request.');
    expect(detail('resource-based policy')).toBe('A resource-based policy statement allows the request.');
  });
});

describe('statement reasons', () => {
  it('word NotPrincipal by whether the caller is among the principals listed', () => {
    const reasons = statementReasons(
      {
        index: 0,
        sid: null,
        effect: 'Deny',
        applies: true,
        conditions: [],
        range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1, startOffset: 0, endOffset: 0 },
        action: { negated: false, values: ['s3:*'], matched: true },
        resource: null,
        principal: { negated: true, matched: true, grant: null },
      },
      explanation({}),
    );
    expect(reasons.map((r) => r.text)).toEqual([
      's3:GetObject matches "s3:*"',
      'arn:aws:iam::111122223333:user/alice is not among the principals listed',
    ]);
  });
});
