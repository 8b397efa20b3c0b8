// An AWS managed policy outside the core set can be attached at once, but a call that reads its document
// stops with PolicyDocumentPending until the documents are loaded (this file starts without them).
import { describe, expect, it } from 'vitest';
import { callApi, PolicyDocumentPending, withPolicyDocuments } from '../../src/api';
import { exampleCorpScenario } from '../../src/model';
import { asUser, makeCtx, session } from './harness';

const SQS_FULL = 'arn:aws:iam::aws:policy/AmazonSQSFullAccess';
const nikki = asUser('Nikki');
const MARY = 'arn:aws:iam::123456789012:user/Mary';
const QUEUE = 'arn:aws:sqs:us-east-1:123456789012:orders';

/** Example Corp after Nikki attached AmazonSQSFullAccess to Mary (which needs no document). */
function withSqsPolicy() {
  const s = session(exampleCorpScenario());
  s.ok('iam:AttachUserPolicy', { UserName: 'Mary', PolicyArn: SQS_FULL }, nikki);
  return s;
}

describe('AWS managed policy documents not loaded yet', () => {
  it('attaching, listing and describing a non-core AWS managed policy needs no document', () => {
    const s = withSqsPolicy();
    expect(
      s.ok('iam:ListAttachedUserPolicies', { UserName: 'Mary' }, nikki).AttachedPolicies.map((p) => p.PolicyArn),
    ).toContain(SQS_FULL);
    expect(s.ok('iam:GetPolicy', { PolicyArn: SQS_FULL }, nikki).Policy).toMatchObject({
      PolicyName: 'AmazonSQSFullAccess',
      AttachmentCount: 1,
    });
    expect(s.ok('iam:ListPolicies', { Scope: 'AWS' }, nikki).Policies.length).toBeGreaterThan(1500);
  });

  it('a call that evaluates the policy throws PolicyDocumentPending naming it, instead of a ServiceFailure', () => {
    const s = withSqsPolicy();
    const simulate = () =>
      callApi(
        s.ctx,
        s.scenario,
        'iam:SimulatePrincipalPolicy',
        { PolicySourceArn: MARY, ActionNames: ['sqs:SendMessage'], ResourceArns: [QUEUE] },
        nikki,
      );
    expect(simulate).toThrow(PolicyDocumentPending);
    expect(simulate).toThrow(SQS_FULL);
  });

  it('so does any call made as an identity the policy is attached to (its own authorization reads it)', () => {
    const s = withSqsPolicy();
    expect(() => callApi(s.ctx, s.scenario, 'iam:ListUsers', {}, asUser('Mary'))).toThrow(PolicyDocumentPending);
  });

  it('GetPolicyVersion of a non-core AWS managed policy waits for its document too', () => {
    expect(() =>
      callApi(
        makeCtx(),
        exampleCorpScenario(),
        'iam:GetPolicyVersion',
        { PolicyArn: SQS_FULL, VersionId: 'v1' },
        nikki,
      ),
    ).toThrow(PolicyDocumentPending);
  });

  it('withPolicyDocuments loads the documents and runs the call again: the policy allows sqs:SendMessage', async () => {
    const s = withSqsPolicy();
    const out = await withPolicyDocuments(() =>
      s.ok(
        'iam:SimulatePrincipalPolicy',
        { PolicySourceArn: MARY, ActionNames: ['sqs:SendMessage'], ResourceArns: [QUEUE] },
        nikki,
      ),
    );
    expect(out.EvaluationResults[0]).toMatchObject({
      EvalDecision: 'allowed',
      MatchedStatements: [{ SourcePolicyId: expect.stringContaining('AmazonSQSFullAccess') }],
    });
    const version = s.ok('iam:GetPolicyVersion', { PolicyArn: SQS_FULL, VersionId: 'v1' }, nikki).PolicyVersion;
    expect(JSON.parse(decodeURIComponent(version.Document!)).Statement[0].Action).toEqual(['sqs:*']);
  });
});
