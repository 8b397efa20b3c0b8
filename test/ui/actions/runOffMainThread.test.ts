// Console actions decided off the main thread: the decision cache replays the synchronous API with the
// worker's answers and reaches the same outcome as the TS reference engine deciding on the spot.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiContext, Authorization } from '../../../src/api';
import { AuthorizationPending, callApi, switchRole } from '../../../src/api';
import type { CompiledBundle, Engine, EvaluationResult } from '../../../src/engine/contract';
import { parsePolicy } from '../../../src/engine/parse/parsePolicy';
import type { Policy } from '../../../src/engine/policy';
import { TsEngine } from '../../../src/engine/tsEngine';
import type { Identity, Scenario } from '../../../src/model';
import { actAs, EXAMPLE_CORP_ACCOUNT, exampleCorpScenario, fixedEnv } from '../../../src/model';
import { canonicalJson, DecisionCacheEngine } from '../../../src/ui/actions/decisionCache';
import type { AsyncEvaluator } from '../../../src/ui/actions/runOffMainThread';
import { OffMainThreadRunner, TooManyAuthorizationRounds } from '../../../src/ui/actions/runOffMainThread';

const T0 = Date.parse('2026-01-07T09:00:00Z');
const user = (userName: string): Identity => ({
  type: 'user',
  accountId: EXAMPLE_CORP_ACCOUNT,
  userName,
  mfaAuthenticatedAt: null,
});
const nikki = exampleCorpScenario();
const as = (userName: string) => actAs(nikki, user(userName));
const ROLE_ARN = `arn:aws:iam::${EXAMPLE_CORP_ACCOUNT}:role/SecurityAuditor`;

/** The engine worker as the runner sees it: a TS engine that answers asynchronously, counting evaluations. */
function fakeWorker(): AsyncEvaluator & { evaluations: number } {
  const ts = new TsEngine();
  const later = <T>(f: () => T) => new Promise<T>((resolve) => setTimeout(() => resolve(f()), 0));
  const worker = {
    evaluations: 0,
    compile: (p: Policy) => later(() => ts.compile(p)),
    evaluate: (b: CompiledBundle) =>
      later(() => {
        worker.evaluations++;
        return ts.evaluate(b);
      }),
  };
  return worker;
}

type Action = (ctx: ApiContext) => { scenario: Scenario; result: unknown; authorization: Authorization | null };

/** What must not depend on who decided: the new scenario, the result, and the decision with its wording. */
const comparable = (out: ReturnType<Action>) => ({
  scenario: out.scenario,
  result: out.result,
  authorization: out.authorization && {
    request: out.authorization.request,
    result: out.authorization.result,
    deniedMessage: out.authorization.deniedMessage,
  },
});

/** Each action with the decision the User Guide's Example Corp leads to. */
const ACTIONS: [string, Action, 'Allow' | 'ImplicitDeny' | 'ExplicitDeny'][] = [
  [
    'an administrator creates a user (allowed by an identity policy)',
    (ctx) => callApi(ctx, nikki, 'iam:CreateUser', { UserName: 'zoe' }),
    'Allow',
  ],
  [
    'a view-only user may not create a user (implicit deny)',
    (ctx) => callApi(ctx, as('Richard'), 'iam:CreateUser', { UserName: 'zoe' }),
    'ImplicitDeny',
  ],
  [
    'a Deny statement with NotAction stops the call (explicit deny)',
    (ctx) => callApi(ctx, as('Shirley'), 'iam:CreateUser', { UserName: 'zoe' }),
    'ExplicitDeny',
  ],
  [
    'an administrator with MFA switches role (sts:AssumeRole: trust policy and identity policies)',
    (ctx) => switchRole(ctx, nikki, { accountId: EXAMPLE_CORP_ACCOUNT, roleName: 'SecurityAuditor' }),
    'Allow',
  ],
  [
    'a developer may not switch to the SecurityAuditor role',
    (ctx) => switchRole(ctx, as('Mary'), { accountId: EXAMPLE_CORP_ACCOUNT, roleName: 'SecurityAuditor' }),
    'ImplicitDeny',
  ],
  [
    'AssumeRole with session tags also authorizes sts:TagSession, which no policy allows here (several checks)',
    (ctx) =>
      callApi(ctx, nikki, 'sts:AssumeRole', {
        RoleArn: ROLE_ARN,
        RoleSessionName: 'audit',
        Tags: [{ Key: 'Project', Value: 'x' }],
      }),
    'ImplicitDeny',
  ],
  [
    'renaming a group needs iam:UpdateGroup on the new name too (several checks)',
    (ctx) => callApi(ctx, nikki, 'iam:UpdateGroup', { GroupName: 'Developers', NewGroupName: 'Builders' }),
    'Allow',
  ],
  [
    'a new access key gets random ids and secret (the same in every replay)',
    (ctx) => callApi(ctx, nikki, 'iam:CreateAccessKey', { UserName: 'Mary' }),
    'Allow',
  ],
];

afterEach(() => {
  vi.restoreAllMocks();
});

describe('console actions decided by the engine worker', () => {
  it.each(ACTIONS)('%s: same outcome as the TS engine deciding synchronously', async (_, action, decision) => {
    const expected = action({ engine: new TsEngine(), parse: parsePolicy, env: fixedEnv(T0, 3) });
    expect(expected.authorization?.result.decision).toBe(decision);
    const worker = fakeWorker();
    const got = await new OffMainThreadRunner(worker, parsePolicy, fixedEnv(T0, 3)).run(action);
    expect(comparable(got)).toEqual(comparable(expected));
    expect(worker.evaluations).toBeGreaterThan(0);
  });

  it('every evaluation of a console action happens in the worker, none on the page', async () => {
    const worker = fakeWorker();
    const evaluate = vi.spyOn(TsEngine.prototype, 'evaluate');
    const runner = new OffMainThreadRunner(worker, parsePolicy, fixedEnv(T0, 3));
    for (const [, action] of ACTIONS) await runner.run(action);
    expect(evaluate.mock.calls.length).toBe(worker.evaluations);
  });

  it('a decision the worker already made is not asked again', async () => {
    const worker = fakeWorker();
    const runner = new OffMainThreadRunner(worker, parsePolicy, fixedEnv(T0, 3));
    const action: Action = (ctx) => callApi(ctx, as('Richard'), 'iam:CreateUser', { UserName: 'zoe' });
    await runner.run(action);
    const first = worker.evaluations;
    await runner.run(action);
    expect(worker.evaluations).toBe(first);
  });

  it('gives up with a clear error when an action keeps needing new decisions', async () => {
    let n = 0;
    const endless = (ctx: ApiContext) =>
      ctx.engine.evaluate({ request: { principal: 'anonymous', action: `s3:Get${n++}`, resource: '*' } });
    await expect(new OffMainThreadRunner(fakeWorker(), parsePolicy, fixedEnv(T0)).run(endless)).rejects.toThrow(
      TooManyAuthorizationRounds,
    );
  });

  it('errors other than a pending authorization reach the caller unchanged', async () => {
    const failing = () => {
      throw new RangeError('bad input');
    };
    await expect(new OffMainThreadRunner(fakeWorker(), parsePolicy, fixedEnv(T0)).run(failing)).rejects.toThrow(
      RangeError,
    );
  });
});

describe('the decision cache engine', () => {
  const policy = (text: string) => parsePolicy(text, 'identity').policy!;
  const allow = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}';
  const request = {
    principal: `arn:aws:iam::${EXAMPLE_CORP_ACCOUNT}:user/Mary`,
    action: 's3:GetObject',
    resource: '*',
  };
  const ALLOWED: EvaluationResult = {
    decision: 'Allow',
    decisive: [{ slot: 'identity', level: 0, policy: 0, statement: 0 }],
    missingAllow: null,
  };

  it('throws AuthorizationPending with the bundle and its parsed policies for a request it has not seen', () => {
    const cache: Engine = new DecisionCacheEngine();
    const handle = cache.compile(policy(allow));
    const bundle = { request, identityPolicies: [handle] };
    try {
      cache.evaluate(bundle);
      expect.unreachable('an unknown bundle must not be answered');
    } catch (e) {
      expect(e).toBeInstanceOf(AuthorizationPending);
      expect((e as AuthorizationPending).bundle).toBe(bundle);
      expect((e as AuthorizationPending).policies.get(handle)).toEqual(policy(allow));
    }
  });

  it('answers a bundle it was told the decision for, whatever order the request keys were built in', () => {
    const cache = new DecisionCacheEngine();
    const handle = cache.compile(policy(allow));
    cache.remember({ request, identityPolicies: [handle] }, ALLOWED);
    const reordered = {
      identityPolicies: [handle],
      request: { resource: '*', action: 's3:GetObject', principal: request.principal },
    };
    expect(cache.evaluate(reordered)).toEqual(ALLOWED);
  });

  it('policies with equal content share a handle, so their bundles are the same question', () => {
    const cache = new DecisionCacheEngine();
    expect(cache.compile(policy(allow))).toBe(cache.compile(policy(allow)));
    expect(cache.compile(policy(allow.replace('s3:*', 'ec2:*')))).not.toBe(cache.compile(policy(allow)));
  });

  it('a policy in another slot is a different question', () => {
    const cache = new DecisionCacheEngine();
    const h = cache.compile(policy(allow));
    expect(canonicalJson({ request, identityPolicies: [h] })).not.toBe(
      canonicalJson({ request, permissionsBoundary: h }),
    );
  });
});

describe('the console module', () => {
  it('builds no TS engine for decisions: the page-side TS engine only explains one opened AccessDenied', () => {
    const source = readFileSync('src/ui/actions/consoleApi.ts', 'utf8');
    const uses = [...source.matchAll(/explainer\.(\w+)\(/g)].map((m) => m[1]);
    // ui may not import the evaluator (eslint.config.js): the bridge hands out the TS reference engine.
    expect(source.match(/referenceEngine\(/g)).toHaveLength(1);
    expect(source).toMatch(/const explainer = referenceEngine\(\)/);
    expect(new Set(uses)).toEqual(new Set(['compile', 'explain']));
  });

  it('no other console code constructs a TS engine or calls the API with one', () => {
    const files = ['useApiCall.ts', 'runOffMainThread.ts', 'decisionCache.ts'].map((f) =>
      readFileSync(`src/ui/actions/${f}`, 'utf8'),
    );
    for (const source of files) expect(source).not.toMatch(/TsEngine|referenceEngine/);
  });
});
