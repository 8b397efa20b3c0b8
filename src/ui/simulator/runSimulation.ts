// Runs simulation requests through the engine bridge: each distinct policy text is parsed and compiled
// once (the bridge keeps handles), then every request is explained by the bridge, which evaluates it in
// the worker and checks the reference explanation agrees.
import type { LabelledPolicy } from '../../api';
import type { CompiledBundle, PolicyHandle, PolicySlots } from '../../engine/contract';
import type { Explanation } from '../../engine/explain';
import type { Diagnostic, Policy } from '../../engine/policy';
import { parsePolicy } from '../../engine/parse/parsePolicy';
import type { SimulationRequest } from './simulationRequests';

/** What the simulator needs from the bridge (EngineBridge has it; tests may pass a fake). */
export interface ExplainingEngine {
  compile(policy: Policy): Promise<PolicyHandle>;
  explain(bundle: CompiledBundle): Promise<{ explanation: Explanation; agrees: boolean }>;
  reset(): Promise<void>;
}

/** A policy that could not be used because it does not parse. */
export interface InvalidPolicy {
  label: string;
  diagnostics: Diagnostic[];
}

/** One simulated request: its explanation, the policies it weighed, and the parsed documents by label. */
export interface SimulatedRequest {
  input: SimulationRequest;
  explanation: Explanation;
  /** False if the worker's decision differed from the reference explanation (a bug to report). */
  agrees: boolean;
  parsed: Map<string, Policy>;
}

/** The outcome of a run: results, or the policies that stopped it. */
export type SimulationOutcome =
  { type: 'success'; results: SimulatedRequest[] } | { type: 'invalid'; invalid: InvalidPolicy[] };

/** Forget compiled handles past this many distinct texts (live editing compiles one per pause). */
const MAX_CACHED = 400;

/** Compiles and explains simulation requests on one engine, caching compiled texts across runs. */
export class SimulationRunner {
  private readonly compiled = new Map<string, Promise<{ policy: Policy; handle: PolicyHandle }>>();
  private readonly parsed = new Map<string, ReturnType<typeof parsePolicy>>();

  constructor(private readonly engine: ExplainingEngine) {}

  private queue: Promise<unknown> = Promise.resolve();

  /**
   * Explains every request in order; any policy with errors stops the run and is reported instead.
   * Runs queue behind each other, so forgetting handles between runs never pulls them from under one.
   */
  run(requests: SimulationRequest[]): Promise<SimulationOutcome> {
    const next = this.queue.then(() => this.runNow(requests));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async runNow(requests: SimulationRequest[]): Promise<SimulationOutcome> {
    const invalid = new Map<string, InvalidPolicy>();
    for (const r of requests) {
      for (const p of slotPolicies(r.policies)) {
        const result = this.parse(p);
        if (!result.policy)
          invalid.set(p.label, {
            label: p.label,
            diagnostics: result.diagnostics.filter((d) => d.severity === 'error'),
          });
      }
    }
    if (invalid.size) return { type: 'invalid', invalid: [...invalid.values()] };
    if (this.compiled.size > MAX_CACHED) {
      await this.engine.reset();
      this.compiled.clear();
    }
    const results: SimulatedRequest[] = [];
    for (const r of requests) {
      const parsed = new Map<string, Policy>();
      const handle = async (p: LabelledPolicy) => {
        const { policy, handle } = await this.compile(p);
        parsed.set(p.label, policy);
        return handle;
      };
      const bundle = await compileSlots(r, handle);
      const { explanation, agrees } = await this.engine.explain(bundle);
      results.push({ input: r, explanation, agrees, parsed });
    }
    return { type: 'success', results };
  }

  private parse(p: LabelledPolicy): ReturnType<typeof parsePolicy> {
    const key = `${p.kind}\n${p.text}`;
    let result = this.parsed.get(key);
    if (!result) {
      result = parsePolicy(p.text, p.kind);
      if (this.parsed.size > MAX_CACHED) this.parsed.clear();
      this.parsed.set(key, result);
    }
    return result;
  }

  /** Compiles a text once; the promise is cached so equal texts in one bundle share a handle. */
  private compile(p: LabelledPolicy): Promise<{ policy: Policy; handle: PolicyHandle }> {
    const key = `${p.kind}\n${p.text}`;
    let entry = this.compiled.get(key);
    if (!entry) {
      const policy = this.parse(p).policy!;
      entry = this.engine.compile(policy).then((handle) => ({ policy, handle }));
      this.compiled.set(key, entry);
    }
    return entry;
  }
}

/** Every policy of a request's slots, in slot order. */
export function slotPolicies(p: PolicySlots<LabelledPolicy>): LabelledPolicy[] {
  const one = (x: LabelledPolicy | undefined) => (x ? [x] : []);
  return [
    ...(p.serviceControlPolicies ?? []).flat(),
    ...(p.resourceControlPolicies ?? []).flat(),
    ...one(p.endpointPolicy),
    ...one(p.resourcePolicy),
    ...(p.identityPolicies ?? []),
    ...one(p.permissionsBoundary),
    ...one(p.sessionPolicy),
  ];
}

async function compileSlots(
  r: SimulationRequest,
  handle: (p: LabelledPolicy) => Promise<PolicyHandle>,
): Promise<CompiledBundle> {
  const p = r.policies;
  const list = (xs: LabelledPolicy[]) => Promise.all(xs.map(handle));
  const levels = (ls: LabelledPolicy[][]) => Promise.all(ls.map(list));
  const bundle: CompiledBundle = { request: r.request };
  if (p.identityPolicies) bundle.identityPolicies = await list(p.identityPolicies);
  if (p.resourcePolicy) bundle.resourcePolicy = await handle(p.resourcePolicy);
  if (p.permissionsBoundary) bundle.permissionsBoundary = await handle(p.permissionsBoundary);
  if (p.sessionPolicy) bundle.sessionPolicy = await handle(p.sessionPolicy);
  if (p.serviceControlPolicies) bundle.serviceControlPolicies = await levels(p.serviceControlPolicies);
  if (p.resourceControlPolicies) bundle.resourceControlPolicies = await levels(p.resourceControlPolicies);
  if (p.endpointPolicy) bundle.endpointPolicy = await handle(p.endpointPolicy);
  return bundle;
}
