// The page the browser differential test and the benchmark open in headless Chromium: it reaches the
// Wasm engine only through src/bridge (and so through the real worker) and exposes two functions on
// `window.engineHarness` for playwright to call.
import { EngineBridge, type BridgeStatus } from '../../src/bridge/engineBridge';
import { BundleLoader, type ParsedBundle } from '../../src/engine/bundle';
import { DECISIONS, type CompiledBundle, type EvaluationResult, type PolicyHandle } from '../../src/engine/contract';
import type { Policy } from '../../src/engine/policy';

const bridge = new EngineBridge({ idleMs: 0 });
const handles = new Map<Policy, PolicyHandle>();

/** Compiles a parsed bundle's policies through the bridge (each Policy object once). */
async function compile(b: ParsedBundle): Promise<CompiledBundle> {
  const one = async (p: Policy) => {
    let h = handles.get(p);
    if (h === undefined) {
      h = await bridge.compile(p);
      handles.set(p, h);
    }
    return h;
  };
  const many = (ps: Policy[]) => Promise.all(ps.map(one));
  const out: CompiledBundle = { request: b.request };
  if (b.identityPolicies) out.identityPolicies = await many(b.identityPolicies);
  if (b.resourcePolicy) out.resourcePolicy = await one(b.resourcePolicy);
  if (b.permissionsBoundary) out.permissionsBoundary = await one(b.permissionsBoundary);
  if (b.sessionPolicy) out.sessionPolicy = await one(b.sessionPolicy);
  if (b.endpointPolicy) out.endpointPolicy = await one(b.endpointPolicy);
  if (b.serviceControlPolicies) out.serviceControlPolicies = await Promise.all(b.serviceControlPolicies.map(many));
  if (b.resourceControlPolicies) out.resourceControlPolicies = await Promise.all(b.resourceControlPolicies.map(many));
  return out;
}

/** Loads JSON Lines (define lines register policies) into compiled bundles with their ids. */
async function load(lines: string[]): Promise<{ id: string; bundle: CompiledBundle }[]> {
  const loader = new BundleLoader();
  const out: { id: string; bundle: CompiledBundle }[] = [];
  for (const line of lines) {
    const read = loader.readLine(line);
    if (read.type === 'define') continue;
    if (read.result.type === 'failure') throw new Error(`${String(read.id)}: ${read.result.errors[0].message}`);
    out.push({ id: String(read.id), bundle: await compile(read.result.value) });
  }
  return out;
}

/** What the page reports back. */
export interface CorpusRun {
  status: BridgeStatus;
  results: { id: string; result: EvaluationResult; batchDecision: string }[];
}

/** Benchmark figures measured in the page, through the worker. */
export interface BenchRun {
  status: BridgeStatus;
  requests: number;
  /** Milliseconds of each timed round over the whole workload. */
  roundMs: number[];
  singleMs: number[];
  allowed: number;
}

const harness = {
  /** Evaluates every bundle singly and all of them as one batch. */
  async runCorpus(lines: string[]): Promise<CorpusRun> {
    const loaded = await load(lines);
    const batch = await bridge.evaluateBatch(loaded.map((l) => l.bundle));
    const results = [];
    for (let i = 0; i < loaded.length; i++) {
      results.push({
        id: loaded[i].id,
        result: await bridge.evaluate(loaded[i].bundle),
        batchDecision: DECISIONS[batch[i]],
      });
    }
    return { status: bridge.status, results };
  },
  /** Times the whole workload as batches (after one warm-up pass) and `singles` single evaluations. */
  async runBench(lines: string[], rounds: number, singles: number): Promise<BenchRun> {
    const bundles = (await load(lines)).map((l) => l.bundle);
    await bridge.evaluateBatch(bundles);
    let allowed = 0;
    const roundMs: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const start = performance.now();
      const out = await bridge.evaluateBatch(bundles);
      roundMs.push(performance.now() - start);
      allowed = out.reduce((n, d) => n + (d === 1 ? 1 : 0), 0);
    }
    const singleMs: number[] = [];
    for (let i = 0; i < singles; i++) {
      const t = performance.now();
      await bridge.evaluate(bundles[i % bundles.length]);
      singleMs.push(performance.now() - t);
    }
    return { status: bridge.status, requests: bundles.length, roundMs, singleMs, allowed };
  },
};

declare global {
  interface Window {
    engineHarness: typeof harness;
  }
}
window.engineHarness = harness;
