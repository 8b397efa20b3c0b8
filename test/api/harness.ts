// Shared test setup: the TS reference engine, the real parser, a fixed clock, and call/expect helpers.
import { expect } from 'vitest';
import { callApi } from '../../src/api';
import type { ApiContext, ApiOutcome, OperationName, ParamsOf, ResponseOf } from '../../src/api';
import { parsePolicy } from '../../src/engine/parse/parsePolicy';
import { TsEngine } from '../../src/engine/tsEngine';
import type { Identity, Scenario } from '../../src/model';
import { emptyScenario, fixedEnv } from '../../src/model';

/** 2026-03-01T12:00:00Z */
export const T0 = Date.UTC(2026, 2, 1, 12, 0, 0);

/** A fresh API context with its own engine and a clock stopped at T0. */
export const makeCtx = (): ApiContext & { env: ReturnType<typeof fixedEnv> } => ({
  engine: new TsEngine(),
  parse: parsePolicy,
  env: fixedEnv(T0, 7),
});

/** A policy document from statements. */
export const doc = (...Statement: object[]): string => JSON.stringify({ Version: '2012-10-17', Statement });

/** Allows everything: the shape of AdministratorAccess. */
export const ALLOW_ALL = doc({ Effect: 'Allow', Action: '*', Resource: '*' });

/** A little session around one scenario: each call replaces it on success. */
export function session(start: Scenario = emptyScenario('test', '123456789012'), ctx = makeCtx()) {
  const state = { scenario: start, ctx };
  return {
    ...state,
    get scenario() {
      return state.scenario;
    },
    set scenario(s: Scenario) {
      state.scenario = s;
    },
    call<N extends OperationName>(name: N, params: ParamsOf<N>, identity?: Identity): ApiOutcome<ResponseOf<N>> {
      const out = callApi(ctx, state.scenario, name, params, identity);
      state.scenario = out.scenario;
      return out;
    },
    ok<N extends OperationName>(name: N, params: ParamsOf<N>, identity?: Identity): ResponseOf<N> {
      const out = callApi(ctx, state.scenario, name, params, identity);
      if (out.result.type === 'failure') throw new Error(`${name} failed: ${JSON.stringify(out.result.errors)}`);
      state.scenario = out.scenario;
      return out.result.value;
    },
    fails<N extends OperationName>(name: N, params: ParamsOf<N>, code: string, identity?: Identity): string {
      const before = state.scenario;
      const out = callApi(ctx, state.scenario, name, params, identity);
      expect(out.result.type, `${name} should fail with ${code}`).toBe('failure');
      expect(out.scenario).toBe(before);
      if (out.result.type !== 'failure') return '';
      expect(out.result.errors[0].code).toBe(code);
      return out.result.errors[0].message;
    },
  };
}

/** The identity of an IAM user of account 123456789012. */
export const asUser = (userName: string, accountId = '123456789012'): Identity => ({
  type: 'user',
  accountId,
  userName,
  mfaAuthenticatedAt: null,
});
