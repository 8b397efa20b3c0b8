// Simulations run through the engine bridge (here over an in-process worker API) and are shaped for
// display: the decision in the console's words, AWS's message, the evaluation flow, and the decisive
// statement with its range so the editor can highlight it.
import { describe, expect, it } from 'vitest';
import { EngineBridge } from '../../../src/bridge/engineBridge';
import { TsEngine } from '../../../src/engine/tsEngine';
import { exampleCorpScenario } from '../../../src/model';
import { resolvePrincipal } from '../../../src/ui/simulator/identities';
import {
  DECISION_LABELS,
  decisiveSummary,
  flowSteps,
  policyViews,
  statementReasons,
} from '../../../src/ui/simulator/resultView';
import { SimulationRunner, type SimulatedRequest } from '../../../src/ui/simulator/runSimulation';
import type { SimulationInput } from '../../../src/ui/simulator/simulationRequests';
import { WHAT_IF_LABEL, simulationRequests } from '../../../src/ui/simulator/simulationRequests';
import { createEngineApi } from '../../../workers/engineApi';

const s = exampleCorpScenario();
const ZHANG = 'arn:aws:iam::123456789012:user/Zhang';
const OWN = 'arn:aws:s3:::aws-s3-bucket/home/Zhang/notes.txt';

const bridge = new EngineBridge({
  idleMs: 0,
  connect: () => ({ api: createEngineApi(Promise.resolve(new TsEngine())), terminate: () => undefined }),
});
const runner = new SimulationRunner(bridge);

async function simulate(more: Partial<SimulationInput> = {}): Promise<SimulatedRequest[]> {
  const input: SimulationInput = {
    caller: resolvePrincipal(s, ZHANG, '2026-01-07T09:00:00Z'),
    actions: ['s3:GetObject'],
    resources: [OWN],
    overrides: {},
    whatIf: '',
    edits: {},
    nowMs: Date.parse('2026-01-07T09:00:00Z'),
    ...more,
  };
  const outcome = await runner.run(simulationRequests(s, input));
  if (outcome.type !== 'success') throw new Error(JSON.stringify(outcome.invalid));
  return outcome.results;
}

const DENY_S3 = JSON.stringify(
  { Version: '2012-10-17', Statement: [{ Sid: 'NoS3Today', Effect: 'Deny', Action: 's3:*', Resource: '*' }] },
  null,
  2,
);

describe('a simulation through the bridge', () => {
  it('allows a user to read in their own home folder, naming the statement that allows it', async () => {
    const [r] = await simulate();
    expect(r.agrees).toBe(true);
    expect(DECISION_LABELS[r.explanation.decision]).toBe('Allowed');
    expect(r.explanation.summary).toBe(`User: ${ZHANG} is authorized to perform: s3:GetObject on resource: ${OWN}`);
    const views = policyViews(r.explanation, r.input.policies);
    expect(decisiveSummary(views)).toEqual([
      expect.stringMatching(/^ReadWriteOwnHome in managed policy .*HomeDirectoryAccess/),
    ]);
  });

  it("implicitly denies another user's home folder because no identity-based policy allows it", async () => {
    const [r] = await simulate({ resources: ['arn:aws:s3:::aws-s3-bucket/home/Mary/plan.txt'] });
    expect(r.explanation.decision).toBe('ImplicitDeny');
    expect(r.explanation.summary).toMatch(
      /is not authorized to perform: s3:GetObject on resource: .*because no identity-based policy allows the s3:GetObject action$/,
    );
    const steps = flowSteps(r.explanation);
    expect(steps.find((x) => x.decisive)).toMatchObject({
      title: 'Identity-based policies',
      verdict: 'NoAllow',
      passes: false,
    });
  });

  it('an explicit Deny in the what-if policy overrides the Allow, and it is the decisive statement with its range', async () => {
    const [r] = await simulate({ whatIf: DENY_S3 });
    expect(DECISION_LABELS[r.explanation.decision]).toBe('Explicitly denied');
    expect(r.explanation.summary).toMatch(/with an explicit deny in an identity-based policy$/);
    const views = policyViews(r.explanation, r.input.policies);
    expect(decisiveSummary(views)).toEqual([`NoS3Today in ${WHAT_IF_LABEL}`]);
    const whatIf = views.find((v) => v.label === WHAT_IF_LABEL)!;
    expect(whatIf.decisiveRanges).toEqual([expect.objectContaining({ startLine: 4, endLine: 9 })]);
    expect(flowSteps(r.explanation)[0]).toMatchObject({ verdict: 'Deny found', decisive: true, passes: false });
  });

  it('explains each condition with the values compared, including a key the request lacks', async () => {
    const [r] = await simulate({ actions: ['s3:ListBucket'], resources: ['arn:aws:s3:::aws-s3-bucket'] });
    expect(r.explanation.decision).toBe('ImplicitDeny');
    const home = policyViews(r.explanation, r.input.policies).find((v) => v.label.includes('HomeDirectoryAccess'))!;
    const list = home.statements.find((st) => st.sid === 'ListOwnHome')!;
    expect(statementReasons(list, r.explanation).map((x) => [x.element, x.matched, x.text])).toEqual([
      ['Action', true, 's3:ListBucket matches "s3:ListBucket"'],
      ['Resource', true, 'arn:aws:s3:::aws-s3-bucket matches "arn:aws:s3:::aws-s3-bucket"'],
      ['Condition', false, 'StringLike s3:prefix: policy "home/Zhang/*"; the request has no such key'],
    ]);
    const [withPrefix] = await simulate({
      actions: ['s3:ListBucket'],
      resources: ['arn:aws:s3:::aws-s3-bucket'],
      overrides: { 's3:prefix': 'home/Zhang/docs' },
    });
    expect(withPrefix.explanation.decision).toBe('Allow');
  });

  it("needs the role's trust policy to allow sts:AssumeRole, even for an administrator in the same account", async () => {
    const NIKKI = 'arn:aws:iam::123456789012:user/Nikki';
    const assume = (role: string, overrides = {}) =>
      simulate({
        caller: resolvePrincipal(s, NIKKI, ''),
        actions: ['sts:AssumeRole'],
        resources: [`arn:aws:iam::123456789012:role/${role}`],
        overrides,
      });
    const [app] = await assume('AppServer');
    expect(app.input.policies.resourcePolicy?.label).toBe('trust policy of role AppServer');
    expect(app.explanation.decision).toBe('ImplicitDeny');
    expect(app.explanation.missingAllow).toBe('resource');
    const [auditor] = await assume('SecurityAuditor');
    expect(auditor.explanation.decision).toBe('Allow');
    const [withoutMfa] = await assume('SecurityAuditor', { 'aws:MultiFactorAuthPresent': 'false' });
    expect(withoutMfa.explanation.decision).toBe('ImplicitDeny');
  });

  it('refuses to run with a what-if policy that does not parse, and says where the error is', async () => {
    const outcome = await runner.run(
      simulationRequests(s, {
        caller: resolvePrincipal(s, ZHANG, ''),
        actions: ['s3:GetObject'],
        resources: [OWN],
        overrides: {},
        whatIf: '{"Statement": [',
        edits: {},
        nowMs: 0,
      }),
    );
    expect(outcome.type).toBe('invalid');
    expect(outcome.type === 'invalid' && outcome.invalid[0].label).toBe(WHAT_IF_LABEL);
    expect(outcome.type === 'invalid' && outcome.invalid[0].diagnostics[0].range.startLine).toBe(1);
  });

  it('answers from the worker, not the main-thread fallback', () => {
    expect(bridge.status).toEqual({ engine: 'wasm-worker' });
  });
});

describe('the runner', () => {
  it('sends each distinct policy text to the engine once, across requests and runs (Cedar: policies compiled once)', async () => {
    const compiled: string[] = [];
    const counting = new SimulationRunner({
      compile: (p) => {
        compiled.push(JSON.stringify(p.range));
        return bridge.compile(p);
      },
      explain: (b) => bridge.explain(b),
      reset: () => bridge.reset(),
    });
    const requests = simulationRequests(s, {
      caller: resolvePrincipal(s, ZHANG, ''),
      actions: ['s3:GetObject', 's3:PutObject'],
      resources: [OWN, 'arn:aws:s3:::aws-s3-bucket/share/developers/design.md'],
      overrides: {},
      whatIf: DENY_S3,
      edits: {},
      nowMs: 0,
    });
    const distinct = new Set(requests.flatMap((r) => (r.policies.identityPolicies ?? []).map((p) => p.text))).size;
    await counting.run(requests);
    await counting.run(requests);
    expect(compiled).toHaveLength(distinct);
  });
});

describe('when the worker cannot start', () => {
  it('the simulation still answers, from the TS engine on the main thread, and the bridge says so', async () => {
    const fallback = new EngineBridge({
      idleMs: 0,
      connect: () => {
        throw new Error('no Worker in this environment');
      },
    });
    const outcome = await new SimulationRunner(fallback).run(
      simulationRequests(s, {
        caller: resolvePrincipal(s, ZHANG, ''),
        actions: ['s3:GetObject'],
        resources: [OWN],
        overrides: {},
        whatIf: '',
        edits: {},
        nowMs: 0,
      }),
    );
    expect(outcome.type === 'success' && outcome.results[0].explanation.decision).toBe('Allow');
    expect(fallback.status).toEqual({ engine: 'ts-fallback', reason: 'no Worker in this environment' });
  });
});
