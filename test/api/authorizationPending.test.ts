// An engine that cannot answer yet makes the API call stop with AuthorizationPending, not a ServiceFailure.
import { describe, expect, it } from 'vitest';
import { AuthorizationPending, callApi, switchRole } from '../../src/api';
import type { ApiContext } from '../../src/api';
import type { CompiledBundle, Engine } from '../../src/engine/contract';
import { parsePolicy } from '../../src/engine/parse/parsePolicy';
import { TsEngine } from '../../src/engine/tsEngine';
import { actAs, exampleCorpScenario, fixedEnv } from '../../src/model';
import { asUser, T0 } from './harness';

/** A TS engine whose evaluate fails with `error` (handles still compile). */
function failingEngine(error: (bundle: CompiledBundle) => Error): Engine {
  const ts = new TsEngine();
  return {
    kind: 'ts',
    compile: (p) => ts.compile(p),
    evaluate: (b) => {
      throw error(b);
    },
    evaluateBatch: () => new Uint8Array(),
    reset: () => ts.reset(),
  };
}
const ctxWith = (engine: Engine): ApiContext => ({ engine, parse: parsePolicy, env: fixedEnv(T0, 7) });
const pending = (b: CompiledBundle) => new AuthorizationPending(b, new Map());
const s = actAs(exampleCorpScenario(), asUser('Nikki'));

describe('authorization the engine cannot answer yet', () => {
  it('callApi rethrows AuthorizationPending carrying the bundle of the action being authorized', () => {
    const call = () => callApi(ctxWith(failingEngine(pending)), s, 'iam:CreateUser', { UserName: 'zoe' });
    expect(call).toThrow(AuthorizationPending);
    try {
      call();
    } catch (e) {
      expect((e as AuthorizationPending).bundle.request.action).toBe('iam:CreateUser');
    }
  });

  it('switchRole (sts:AssumeRole) rethrows AuthorizationPending', () => {
    expect(() =>
      switchRole(ctxWith(failingEngine(pending)), s, { accountId: '123456789012', roleName: 'SecurityAuditor' }),
    ).toThrow(AuthorizationPending);
  });

  it('any other engine error is still an internal ServiceFailure of the call', () => {
    const out = callApi(ctxWith(failingEngine(() => new Error('boom'))), s, 'iam:CreateUser', { UserName: 'zoe' });
    expect(out.result.type === 'failure' && out.result.errors[0]?.code).toBe('ServiceFailure');
  });
});
