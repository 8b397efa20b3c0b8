// Runs a synchronous API function (callApi, switchRole, ...) with its decisions made by the engine
// worker: the API runs with a decision cache; when it needs a decision the cache lacks, the runner asks
// the worker, remembers the answer and runs the function again from the start. The API is pure (scenario
// in, scenario out), so earlier, interrupted runs leave nothing behind; only the last run's result counts.
// The same replay covers an AWS managed policy whose document is not loaded yet: load, then run again.
import type { ApiContext, PolicyParser } from '../../api';
import { AuthorizationPending, PolicyDocumentPending } from '../../api';
import { EngineCrashedError } from '../../bridge/engineBridge';
import type { CompiledBundle, EvaluationResult, PolicyHandle } from '../../engine/contract';
import type { Policy } from '../../engine/policy';
import type { ModelEnv } from '../../model';
import { loadAwsManagedPolicyDocuments } from '../../model';
import { mapBundleHandles } from './bundleHandles';
import { DecisionCacheEngine } from './decisionCache';
import { replayableEnv } from './replayableEnv';

/** What the runner needs from the engine bridge (EngineBridge has it; tests pass a fake). */
export interface AsyncEvaluator {
  compile(policy: Policy): Promise<PolicyHandle>;
  evaluate(bundle: CompiledBundle): Promise<EvaluationResult>;
}

/** More runs than any console action needs (sts:AssumeRole plus extra checks is a handful). */
export const MAX_ROUNDS = 32;

/** Thrown when a function keeps asking for new decisions (or documents) after MAX_ROUNDS runs. */
export class TooManyAuthorizationRounds extends Error {
  constructor(readonly rounds: number) {
    super(`the action still needed new authorization decisions after ${rounds} runs`);
  }
}

/** Runs API functions with decisions from an asynchronous evaluator, compiling each policy there once. */
export class OffMainThreadRunner {
  /** The synchronous engine the API sees; its handles name policies by content. */
  readonly cache = new DecisionCacheEngine();
  private readonly remoteHandles = new Map<PolicyHandle, Promise<PolicyHandle>>();

  constructor(
    private readonly evaluator: AsyncEvaluator,
    private readonly parse: PolicyParser,
    private readonly env: ModelEnv,
  ) {}

  /** `fn`'s result once every authorization it needs has been decided by the evaluator and every document it reads is loaded. */
  async run<T>(fn: (ctx: ApiContext) => T): Promise<T> {
    const env = replayableEnv(this.env);
    const ctx: ApiContext = { engine: this.cache, parse: this.parse, env };
    for (let round = 0; round < MAX_ROUNDS; round++) {
      env.rewind();
      try {
        return fn(ctx);
      } catch (e) {
        if (e instanceof PolicyDocumentPending) await loadAwsManagedPolicyDocuments();
        else if (e instanceof AuthorizationPending) await this.decide(e);
        else throw e;
      }
    }
    throw new TooManyAuthorizationRounds(MAX_ROUNDS);
  }

  private async decide(pending: AuthorizationPending): Promise<void> {
    const remote = new Map<PolicyHandle, PolicyHandle>();
    for (const [handle, policy] of pending.policies) remote.set(handle, await this.remoteHandle(handle, policy));
    try {
      const result = await this.evaluator.evaluate(mapBundleHandles(pending.bundle, (h) => remote.get(h)!));
      this.cache.remember(pending.bundle, result);
    } catch (e) {
      // The worker died while answering; the bridge's fallback answers when the next run asks again.
      if (!(e instanceof EngineCrashedError)) throw e;
    }
  }

  private remoteHandle(handle: PolicyHandle, policy: Policy): Promise<PolicyHandle> {
    let compiled = this.remoteHandles.get(handle);
    if (!compiled) {
      compiled = this.evaluator.compile(policy);
      this.remoteHandles.set(handle, compiled);
      // A failed compile is asked again next time rather than remembered.
      compiled.catch(() => this.remoteHandles.delete(handle));
    }
    return compiled;
  }
}
