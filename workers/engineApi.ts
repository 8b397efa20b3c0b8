// The engine API the worker exposes, built over an engine instance: load policies, evaluate one
// request (with decisive statements), evaluate a batch (decision bytes, transferred) with progress
// reports and cancellation between chunks. Kept apart from engine.worker.ts so tests can drive it
// in-process; the worker file only instantiates the Wasm and exposes this object with comlink.

import { transfer } from 'comlink';
import type { CompiledBundle, Engine, EvaluationResult, PolicyHandle } from '../src/engine/contract';
import type { Policy } from '../src/engine/policy';

/** Batches longer than this are evaluated in chunks of this size, with progress and a chance to cancel. */
export const BATCH_CHUNK = 4096;

/** Reports how many requests of a batch are done. */
export type ProgressListener = (done: number, total: number) => void;

/** Rejection message of a cancelled batch. */
export const CANCELLED = 'cancelled';

/** Lets queued messages (such as `cancel`) run before the next chunk. */
const yieldToMessages = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Builds the worker's API over a (possibly still loading) engine. */
export function createEngineApi(engine: Promise<Engine>) {
  const cancelled = new Set<number>();
  return {
    /** Resolves once the engine is ready; rejects with the reason it failed to start. */
    async ready(): Promise<'ts' | 'wasm'> {
      return (await engine).kind;
    },
    /** Compiles policies in order; handles are sequential from the last reset. */
    async load(policies: Policy[]): Promise<PolicyHandle[]> {
      const e = await engine;
      return policies.map((p) => e.compile(p));
    },
    async evaluate(bundle: CompiledBundle): Promise<EvaluationResult> {
      return (await engine).evaluate(bundle);
    },
    /** Decision bytes (DECISION_CODE) for the batch; `id` names it for `cancel`. */
    async evaluateBatch(bundles: CompiledBundle[], id = 0, onProgress?: ProgressListener): Promise<Uint8Array> {
      const e = await engine;
      if (bundles.length <= BATCH_CHUNK) {
        const out = e.evaluateBatch(bundles);
        return transfer(out, [out.buffer]);
      }
      const out = new Uint8Array(bundles.length);
      try {
        for (let start = 0; start < bundles.length; start += BATCH_CHUNK) {
          await yieldToMessages();
          if (cancelled.has(id)) throw new Error(CANCELLED);
          out.set(e.evaluateBatch(bundles.slice(start, start + BATCH_CHUNK)), start);
          onProgress?.(Math.min(start + BATCH_CHUNK, bundles.length), bundles.length);
        }
      } finally {
        cancelled.delete(id);
      }
      return transfer(out, [out.buffer]);
    },
    /** Cancels the batch with this id at its next chunk boundary. */
    async cancel(id: number): Promise<void> {
      cancelled.add(id);
    },
    async reset(): Promise<void> {
      (await engine).reset();
    },
  };
}
