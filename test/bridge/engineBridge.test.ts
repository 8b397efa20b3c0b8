// The bridge owns the engine worker: lazy start, ordered calls, idle shutdown with handles kept
// valid, cancellation of long batches with progress, and a visible fallback to the TS engine.
// The worker is replaced by the same API object in-process (workers/engineApi.ts) over a Node
// WasmEngine, so these tests exercise the bridge's logic; the browser test covers the real worker.
import { describe, expect, it } from 'vitest';
import {
  BatchCancelledError,
  EngineBridge,
  EngineCrashedError,
  shareIdentityLists,
  type EngineConnection,
} from '../../src/bridge/engineBridge';
import type { CompiledBundle } from '../../src/engine/contract';
import { parsePolicyValue } from '../../src/engine/parse/parsePolicy';
import type { Policy } from '../../src/engine/policy';
import { TsEngine } from '../../src/engine/tsEngine';
import { BATCH_CHUNK, createEngineApi } from '../../workers/engineApi';
import { newWasmEngine } from '../differential/support/engines';

const allowGet: Policy = parsePolicyValue(
  {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' }],
  },
  'identity',
).policy!;

const request = (resource: string): CompiledBundle['request'] => ({
  principal: 'arn:aws:iam::111111111111:user/alice',
  action: 's3:GetObject',
  resource,
  resourceAccount: '111111111111',
});

/** A connection factory that counts starts and stops and builds each engine in-process. */
function inProcess() {
  let stopped = () => undefined as void;
  const log = { starts: 0, stops: 0, stopped: new Promise<void>((resolve) => (stopped = resolve)) };
  const connect = (): EngineConnection => {
    log.starts++;
    return {
      api: createEngineApi(newWasmEngine()),
      terminate: () => {
        log.stops++;
        stopped();
      },
    };
  };
  return { log, connect };
}

/**
 * A worker that starts, then can be made to die ('error' event) or to crash its Wasm instance on the
 * next evaluation; until then its evaluations stay unanswered, as a dead worker's would.
 */
function dyingWorker() {
  let die = (_e: Error) => undefined as void;
  const failed = new Promise<never>((_, reject) => (die = reject));
  failed.catch(() => undefined);
  const log = { stops: 0, evaluationsSent: 0, trap: false };
  const api = createEngineApi(newWasmEngine());
  const connect = (): EngineConnection => ({
    api: {
      ...api,
      evaluate: () => {
        log.evaluationsSent++;
        if (log.trap) return Promise.reject(new WebAssembly.RuntimeError('unreachable'));
        return new Promise(() => undefined);
      },
    },
    terminate: () => void log.stops++,
    failed,
  });
  return { log, connect, die };
}

describe('the engine bridge', () => {
  it('starts the worker lazily, on the first call, and answers as the engine contract says', async () => {
    const { log, connect } = inProcess();
    const bridge = new EngineBridge({ connect, idleMs: 0 });
    expect(log.starts).toBe(0);
    expect(bridge.status).toEqual({ engine: 'idle' });
    const handle = await bridge.compile(allowGet);
    const allowed = await bridge.evaluate({
      request: request('arn:aws:s3:::reports/q1.csv'),
      identityPolicies: [handle],
    });
    expect(log.starts).toBe(1);
    expect(bridge.status).toEqual({ engine: 'wasm-worker' });
    expect(allowed).toEqual({
      decision: 'Allow',
      decisive: [{ slot: 'identity', level: 0, policy: 0, statement: 0 }],
      missingAllow: null,
    });
  });

  it('keeps calls in order: an evaluation queued right after a compile sees the compiled policy', async () => {
    const { connect } = inProcess();
    const bridge = new EngineBridge({ connect, idleMs: 0 });
    const compiled = bridge.compile(allowGet);
    const decided = bridge.evaluateBatch([
      { request: request('arn:aws:s3:::reports/a'), identityPolicies: [0] },
      { request: request('arn:aws:s3:::other/a'), identityPolicies: [0] },
    ]);
    expect(await compiled).toBe(0);
    expect(Array.from(await decided)).toEqual([1, 0]);
  });

  it('stops the worker when idle and restarts it on the next call with every handle still valid', async () => {
    const { log, connect } = inProcess();
    const bridge = new EngineBridge({ connect, idleMs: 5 });
    const handle = await bridge.compile(allowGet);
    await log.stopped;
    expect(log.stops).toBe(1);
    expect(bridge.status).toEqual({ engine: 'idle' });
    const result = await bridge.evaluate({
      request: request('arn:aws:s3:::reports/q1.csv'),
      identityPolicies: [handle],
    });
    expect(log.starts).toBe(2);
    expect(result.decision).toBe('Allow');
    bridge.stop();
  });

  it('falls back to the TS engine on the main thread when the worker cannot start, and says so', async () => {
    const failing = (): EngineConnection => ({
      api: createEngineApi(Promise.reject(new Error('WebAssembly is disabled'))),
      terminate: () => undefined,
    });
    const bridge = new EngineBridge({ connect: failing, idleMs: 0 });
    const statuses: string[] = [];
    bridge.onStatus((s) => statuses.push(s.engine));
    const handle = await bridge.compile(allowGet);
    const result = await bridge.evaluate({
      request: request('arn:aws:s3:::reports/q1.csv'),
      identityPolicies: [handle],
    });
    expect(bridge.status).toEqual({ engine: 'ts-fallback', reason: 'WebAssembly is disabled' });
    expect(statuses).toEqual(['ts-fallback']);
    const reference = new TsEngine();
    expect(result).toEqual(
      reference.evaluate({
        request: request('arn:aws:s3:::reports/q1.csv'),
        identityPolicies: [reference.compile(allowGet)],
      }),
    );
  });

  it('reports progress on a long batch and cancels it at the next chunk', async () => {
    const { connect } = inProcess();
    const bridge = new EngineBridge({ connect, idleMs: 0 });
    const handle = await bridge.compile(allowGet);
    const bundles = Array.from({ length: BATCH_CHUNK * 3 }, (_, i) => ({
      request: request(`arn:aws:s3:::reports/${i}`),
      identityPolicies: [handle],
    }));
    const full: number[] = [];
    const decisions = await bridge.evaluateBatch(bundles, (done) => full.push(done));
    expect(full).toEqual([BATCH_CHUNK, BATCH_CHUNK * 2, BATCH_CHUNK * 3]);
    expect(decisions.every((d) => d === 1)).toBe(true);

    const seen: number[] = [];
    const cancelled = bridge.evaluateBatch(bundles, (done) => {
      seen.push(done);
      bridge.cancel();
    });
    await expect(cancelled).rejects.toBeInstanceOf(BatchCancelledError);
    expect(seen).toEqual([BATCH_CHUNK]);
  });

  it('sends consecutive requests with equal identity-policy lists as one shared list, without changing them', () => {
    const bundles = [
      [0, 1],
      [0, 1],
      [0, 2],
      [0, 2],
    ].map((ids, i) => ({ request: request(`arn:aws:s3:::reports/${i}`), identityPolicies: ids }));
    const shared = shareIdentityLists(bundles);
    expect(shared).toEqual(bundles);
    expect(shared[1].identityPolicies).toBe(shared[0].identityPolicies);
    expect(shared[2].identityPolicies).not.toBe(shared[1].identityPolicies);
    expect(shared[3].identityPolicies).toBe(shared[2].identityPolicies);
  });

  it('explains a request with the TS reference, which reaches the same result as the worker', async () => {
    const { connect } = inProcess();
    const bridge = new EngineBridge({ connect, idleMs: 0 });
    const handle = await bridge.compile(allowGet);
    const { explanation, agrees } = await bridge.explain({
      request: request('arn:aws:s3:::reports/q1.csv'),
      identityPolicies: [handle],
    });
    expect(agrees).toBe(true);
    expect(explanation.decision).toBe('Allow');
  });

  it('falls back to the TS engine when the worker script itself fails to load', async () => {
    const api = createEngineApi(new Promise(() => undefined));
    const broken = (): EngineConnection => ({
      api,
      terminate: () => undefined,
      failed: Promise.reject(new Error('worker script failed')),
    });
    const bridge = new EngineBridge({ connect: broken, idleMs: 0 });
    const handle = await bridge.compile(allowGet);
    expect(
      (await bridge.evaluate({ request: request('arn:aws:s3:::reports/q1.csv'), identityPolicies: [handle] })).decision,
    ).toBe('Allow');
    expect(bridge.status).toEqual({ engine: 'ts-fallback', reason: 'worker script failed' });
  });

  it('rejects a call pending on a worker that dies after starting, switches visibly to the TS engine and replays the compiled policies', async () => {
    const { log, connect, die } = dyingWorker();
    const bridge = new EngineBridge({ connect, idleMs: 0 });
    const handle = await bridge.compile(allowGet);
    const bundle = { request: request('arn:aws:s3:::reports/q1.csv'), identityPolicies: [handle] };
    const pending = bridge.evaluate(bundle);
    const queued = bridge.evaluate(bundle);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(log.evaluationsSent).toBe(1);
    die(new Error('out of memory'));
    await expect(pending).rejects.toBeInstanceOf(EngineCrashedError);
    await expect(pending).rejects.toThrow('the engine worker stopped (out of memory)');
    expect(bridge.status).toEqual({ engine: 'ts-fallback', reason: 'the engine worker stopped: out of memory' });
    expect(log.stops).toBe(1);
    // A call still waiting in the queue was never sent to the dead worker: the fallback answers it.
    expect((await queued).decision).toBe('Allow');
    const second = await bridge.compile(allowGet);
    expect(second).toBe(handle + 1);
    expect((await bridge.evaluate({ ...bundle, identityPolicies: [second] })).decision).toBe('Allow');
    expect(log.evaluationsSent).toBe(1);
  });

  it('treats a trap in the Wasm instance as a crash: that call rejects and the TS engine answers from then on', async () => {
    const { log, connect } = dyingWorker();
    const bridge = new EngineBridge({ connect, idleMs: 0 });
    const handle = await bridge.compile(allowGet);
    log.trap = true;
    const bundle = { request: request('arn:aws:s3:::other/q1.csv'), identityPolicies: [handle] };
    await expect(bridge.evaluate(bundle)).rejects.toThrow(EngineCrashedError);
    expect(bridge.status).toEqual({ engine: 'ts-fallback', reason: 'the engine worker stopped: unreachable' });
    const reference = new TsEngine();
    expect(await bridge.evaluate(bundle)).toEqual(
      reference.evaluate({ ...bundle, identityPolicies: [reference.compile(allowGet)] }),
    );
    expect(log.evaluationsSent).toBe(1);
  });
});
