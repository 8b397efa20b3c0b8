// The one owner of the engine worker. Starts it lazily on the first call, queues calls so that policy
// loads and evaluations keep their order, cancels long batches, stops the worker after an idle
// period (replaying the loaded policies on the next start, so handles stay valid), and falls back to
// the TS reference engine on the main thread — visibly, through `status` — if the worker or its Wasm
// cannot start, or dies after starting (an 'error' event, or a trap that leaves its Wasm instance
// unusable): the calls it still owed are rejected with EngineCrashedError instead of hanging, and the
// fallback takes over with every compiled policy replayed, so handles stay valid.

import { proxy, wrap, type Remote } from 'comlink';
import type { CompiledBundle, Engine, EvaluationResult, PolicyHandle, StatementRef } from '../engine/contract';
import type { Explanation } from '../engine/explain';
import type { Policy } from '../engine/policy';
import { TsEngine } from '../engine/tsEngine';
import type { EngineWorkerApi } from '../../workers/engine.worker';

/**
 * The TS reference engine on the main thread: the bridge's fallback and its explainer, and the page's
 * explainer of decisions made elsewhere. The page gets it here, so that the bridge stays the one place
 * that decides which engine runs where.
 */
export const referenceEngine = (): TsEngine => new TsEngine();

/** Which engine answers: the Wasm worker, or the TS fallback on the main thread (with the reason). */
export type BridgeStatus = { engine: 'idle' } | { engine: 'wasm-worker' } | { engine: 'ts-fallback'; reason: string };

/** A started engine: the worker's remote API and how to stop it. */
export interface EngineConnection {
  api: Remote<EngineWorkerApi> | EngineWorkerApiLike;
  terminate(): void;
  /** Rejects if the worker fails: its script does not load, or it dies later (an 'error' event). */
  failed?: Promise<never>;
}

/** The worker API as plain async functions (what tests pass instead of a comlink remote). */
export type EngineWorkerApiLike = {
  [K in keyof EngineWorkerApi]: (
    ...args: Parameters<EngineWorkerApi[K]>
  ) => Promise<Awaited<ReturnType<EngineWorkerApi[K]>>>;
};

/** Options; the defaults create the real worker. */
export interface BridgeOptions {
  /** Starts an engine connection (default: the module worker of workers/engine.worker.ts). */
  connect?: () => EngineConnection;
  /** Stop the worker after this many idle milliseconds (default 60 s; 0 = never). */
  idleMs?: number;
  /** The main-thread fallback engine (default: TsEngine). */
  fallback?: () => Engine;
}

/** Rejection of a batch cancelled with `cancel()`. */
export class BatchCancelledError extends Error {
  constructor() {
    super('the batch was cancelled');
  }
}

/** Rejection of a call the engine worker was answering when it died; later calls use the TS fallback. */
export class EngineCrashedError extends Error {
  constructor(readonly reason: string) {
    super(`the engine worker stopped (${reason}) before answering; the TS engine answers from now on`);
  }
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * True for an error that means the Wasm instance itself crashed: a trap (WebAssembly.RuntimeError,
 * whose name survives comlink's error cloning) or an AssemblyScript abort (instantiate.ts). Its memory
 * may be half-updated, so the worker is not asked anything again.
 */
export function isInstanceCrash(e: unknown): boolean {
  return e instanceof Error && (e.name === 'RuntimeError' || e.message.startsWith('Wasm engine:'));
}

/** True when two handle lists hold the same handles. */
function sameHandles(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Makes consecutive bundles with equal identity-policy lists share one array. Structured cloning
 * copies a shared object once, so a batch for one principal crosses to the worker far faster.
 */
export function shareIdentityLists(bundles: CompiledBundle[]): CompiledBundle[] {
  let previous: number[] | undefined;
  return bundles.map((b) => {
    const list = b.identityPolicies;
    if (list === undefined || list === previous) return b;
    if (previous !== undefined && sameHandles(list, previous)) return { ...b, identityPolicies: previous };
    previous = list;
    return b;
  });
}

function connectWorker(): EngineConnection {
  const worker = new Worker(new URL('../../workers/engine.worker.ts', import.meta.url), {
    type: 'module',
    name: 'engine',
  });
  const failed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (e) => reject(new Error(e.message || 'the engine worker failed to load')), {
      once: true,
    });
  });
  failed.catch(() => undefined);
  return { api: wrap<EngineWorkerApi>(worker), terminate: () => worker.terminate(), failed };
}

/** The engine as the page sees it: asynchronous, same answers as the Engine contract. */
export class EngineBridge {
  private connection: EngineConnection | null = null;
  private fallbackEngine: Engine | null = null;
  private starting: Promise<void> | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly loaded: Policy[] = [];
  private explainer: TsEngine | null = null;
  private explained = 0;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  private batchId = 0;
  private runningBatch: number | null = null;
  private readonly listeners = new Set<(s: BridgeStatus) => void>();
  private currentStatus: BridgeStatus = { engine: 'idle' };
  private readonly connect: () => EngineConnection;
  private readonly idleMs: number;
  private readonly makeFallback: () => Engine;
  /** Rejecters of the calls sent to the worker and not yet answered. */
  private readonly inFlight = new Set<(e: EngineCrashedError) => void>();

  constructor(options: BridgeOptions = {}) {
    this.connect = options.connect ?? connectWorker;
    this.idleMs = options.idleMs ?? 60_000;
    this.makeFallback = options.fallback ?? referenceEngine;
  }

  /** Which engine is answering (show 'ts-fallback' to the user). */
  get status(): BridgeStatus {
    return this.currentStatus;
  }

  /** Calls `listener` on every status change; returns the unsubscribe function. */
  onStatus(listener: (s: BridgeStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Compiles a policy; the handle stays valid across idle restarts until `reset`. */
  compile(policy: Policy): Promise<PolicyHandle> {
    return this.enqueue(async () => {
      // Recorded only once compiled, so a policy lost with a dying worker is not replayed under a
      // handle its caller never received.
      const handle = this.fallbackEngine
        ? this.fallbackEngine.compile(policy)
        : (await this.onWorker((api) => api.load([policy])))[0];
      this.loaded.push(policy);
      return handle;
    });
  }

  /** Evaluates one request, with its decisive statements. */
  evaluate(bundle: CompiledBundle): Promise<EvaluationResult> {
    return this.enqueue(async () =>
      this.fallbackEngine ? this.fallbackEngine.evaluate(bundle) : this.onWorker((api) => api.evaluate(bundle)),
    );
  }

  /** Decision bytes for a batch; `onProgress` reports long batches; `cancel()` stops it. */
  evaluateBatch(bundles: CompiledBundle[], onProgress?: (done: number, total: number) => void): Promise<Uint8Array> {
    return this.enqueue(async () => {
      if (this.fallbackEngine) return this.fallbackEngine.evaluateBatch(bundles);
      const id = ++this.batchId;
      this.runningBatch = id;
      try {
        return await this.onWorker((api) =>
          api.evaluateBatch(shareIdentityLists(bundles), id, onProgress && proxy(onProgress)),
        );
      } catch (e) {
        if (e instanceof Error && e.message === 'cancelled') throw new BatchCancelledError();
        throw e;
      } finally {
        this.runningBatch = null;
      }
    });
  }

  /**
   * Explains one request statement by statement. The explanation comes from the TS reference on the
   * main thread (compiled lazily from the same policies, so handles agree); `agrees` checks that the
   * answering engine reached exactly the same result, which the differential tests guarantee.
   */
  async explain(bundle: CompiledBundle): Promise<{ explanation: Explanation; agrees: boolean }> {
    const result = await this.evaluate(bundle);
    const reference = (this.explainer ??= referenceEngine());
    while (this.explained < this.loaded.length) reference.compile(this.loaded[this.explained++]);
    const explanation = reference.explain(bundle);
    const again = reference.evaluate(bundle);
    const sameRef = (a: StatementRef, b: StatementRef) =>
      a.slot === b.slot && a.level === b.level && a.policy === b.policy && a.statement === b.statement;
    const agrees =
      again.decision === result.decision &&
      again.missingAllow === result.missingAllow &&
      again.decisive.length === result.decisive.length &&
      again.decisive.every((r, i) => sameRef(r, result.decisive[i]));
    return { explanation, agrees };
  }

  /** Cancels the batch being evaluated, if any (it rejects with BatchCancelledError). */
  cancel(): void {
    if (this.runningBatch !== null && this.connection) void this.connection.api.cancel(this.runningBatch);
  }

  /** Forgets every compiled policy. */
  reset(): Promise<void> {
    return this.enqueue(async () => {
      this.loaded.length = 0;
      this.explainer?.reset();
      this.explained = 0;
      if (this.fallbackEngine) this.fallbackEngine.reset();
      else await this.onWorker((api) => api.reset());
    });
  }

  /** Stops the worker now (it restarts on the next call). */
  stop(): void {
    this.clearIdle();
    this.connection?.terminate();
    this.connection = null;
    if (!this.fallbackEngine) this.setStatus({ engine: 'idle' });
  }

  /** Runs calls one after another, starting the engine first and arming the idle timer after. */
  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(async () => {
      this.clearIdle();
      await this.start();
      try {
        return await task();
      } finally {
        this.armIdle();
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Sends one call to the running worker. If the worker dies before answering, or the call crashes its
   * Wasm instance, the call rejects with EngineCrashedError and the bridge switches to the fallback.
   */
  private async onWorker<T>(send: (api: EngineConnection['api']) => Promise<T>): Promise<T> {
    const connection = this.connection!;
    let abandon!: (e: EngineCrashedError) => void;
    const lost = new Promise<never>((_, reject) => (abandon = reject));
    this.inFlight.add(abandon);
    try {
      return await Promise.race([send(connection.api), lost]);
    } catch (e) {
      if (isInstanceCrash(e)) throw this.crashed(connection, messageOf(e));
      throw e;
    } finally {
      this.inFlight.delete(abandon);
    }
  }

  /** After `connection` died: stops it, rejects the calls it owed, and hands over to the fallback. */
  private crashed(connection: EngineConnection, reason: string): EngineCrashedError {
    const error = new EngineCrashedError(reason);
    // A second report of the same death (a trap and then the 'error' event) changes nothing more.
    if (this.connection !== connection) return error;
    this.clearIdle();
    this.connection = null;
    connection.terminate();
    this.useFallback(`the engine worker stopped: ${reason}`);
    for (const reject of this.inFlight) reject(error);
    return error;
  }

  /** Answers on the main thread from now on, with every compiled policy replayed in order. */
  private useFallback(reason: string): void {
    const engine = this.makeFallback();
    for (const p of this.loaded) engine.compile(p);
    this.fallbackEngine = engine;
    this.setStatus({ engine: 'ts-fallback', reason });
  }

  /** Starts the worker (replaying loaded policies) or, if that fails, the fallback. */
  private async start(): Promise<void> {
    if (this.connection || this.fallbackEngine) return;
    this.starting ??= (async () => {
      let connection: EngineConnection | null = null;
      try {
        connection = this.connect();
        const failed = connection.failed;
        const unlessFailed = <T>(p: Promise<T>) => (failed ? Promise.race([p, failed]) : p);
        await unlessFailed(connection.api.ready());
        if (this.loaded.length > 0) await unlessFailed(connection.api.load(this.loaded));
        this.connection = connection;
        this.setStatus({ engine: 'wasm-worker' });
        const started = connection;
        failed?.catch((e: unknown) => this.crashed(started, messageOf(e)));
      } catch (e) {
        connection?.terminate();
        this.useFallback(messageOf(e));
      }
    })().finally(() => {
      this.starting = null;
    });
    await this.starting;
  }

  private armIdle(): void {
    if (this.idleMs > 0 && this.connection) this.idleTimer = setTimeout(() => this.stop(), this.idleMs);
  }

  private clearIdle(): void {
    if (this.idleTimer !== null) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }

  private setStatus(status: BridgeStatus): void {
    this.currentStatus = status;
    for (const l of this.listeners) l(status);
  }
}
