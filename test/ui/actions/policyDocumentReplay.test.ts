// A console action that needs an AWS managed policy document outside the core set: the runner loads the
// documents and replays the action (this file starts without them), with decisions still from the worker.
import { describe, expect, it } from 'vitest';
import { callApi } from '../../../src/api';
import type { CompiledBundle } from '../../../src/engine/contract';
import { parsePolicy } from '../../../src/engine/parse/parsePolicy';
import type { Policy } from '../../../src/engine/policy';
import { TsEngine } from '../../../src/engine/tsEngine';
import type { Identity } from '../../../src/model';
import {
  awsManagedPolicyDocumentsLoaded,
  EXAMPLE_CORP_ACCOUNT,
  exampleCorpScenario,
  fixedEnv,
} from '../../../src/model';
import { OffMainThreadRunner } from '../../../src/ui/actions/runOffMainThread';

const T0 = Date.parse('2026-01-07T09:00:00Z');
const SQS_FULL = 'arn:aws:iam::aws:policy/AmazonSQSFullAccess';
const user = (userName: string): Identity => ({
  type: 'user',
  accountId: EXAMPLE_CORP_ACCOUNT,
  userName,
  mfaAuthenticatedAt: null,
});

/** The engine worker as the runner sees it: a TS engine answering asynchronously. */
function fakeWorker() {
  const ts = new TsEngine();
  const worker = {
    evaluations: 0,
    compile: async (p: Policy) => ts.compile(p),
    evaluate: async (b: CompiledBundle) => {
      worker.evaluations++;
      return ts.evaluate(b);
    },
  };
  return worker;
}

describe('console actions that need a lazily loaded AWS managed policy', () => {
  it('attaching AmazonSQSFullAccess, then simulating sqs:SendMessage for the user: the runner loads the document and the request is allowed', async () => {
    const worker = fakeWorker();
    const runner = new OffMainThreadRunner(worker, parsePolicy, fixedEnv(T0, 3));
    const attached = await runner.run((ctx) =>
      callApi(
        ctx,
        exampleCorpScenario(),
        'iam:AttachUserPolicy',
        { UserName: 'Mary', PolicyArn: SQS_FULL },
        user('Nikki'),
      ),
    );
    expect(attached.result.type).toBe('success');
    expect(awsManagedPolicyDocumentsLoaded()).toBe(false);
    const simulated = await runner.run((ctx) =>
      callApi(
        ctx,
        attached.scenario,
        'iam:SimulatePrincipalPolicy',
        {
          PolicySourceArn: `arn:aws:iam::${EXAMPLE_CORP_ACCOUNT}:user/Mary`,
          ActionNames: ['sqs:SendMessage'],
          ResourceArns: [`arn:aws:sqs:us-east-1:${EXAMPLE_CORP_ACCOUNT}:orders`],
        },
        user('Nikki'),
      ),
    );
    expect(awsManagedPolicyDocumentsLoaded()).toBe(true);
    expect(simulated.result.type === 'success' && simulated.result.value.EvaluationResults[0].EvalDecision).toBe(
      'allowed',
    );
    expect(worker.evaluations).toBeGreaterThan(0);
  });
});
