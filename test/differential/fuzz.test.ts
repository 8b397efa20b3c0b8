// Property-based differential testing: generated policies and requests over every feature (see
// support/arbitraries.ts) must get exactly the same EvaluationResult from the TS reference and the
// Wasm engine, singly and in batches. Seeded: set FC_SEED to replay; on failure fast-check prints the
// seed, the path and the shrunk counterexample.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledBundle, Engine, PolicySlots } from '../../src/engine/contract';
import type { Policy } from '../../src/engine/policy';
import { TsEngine } from '../../src/engine/tsEngine';
import type { WasmEngine } from '../../src/engine/wasm/wasmEngine';
import { bundle, identityBundle } from './support/arbitraries';
import { newWasmEngine } from './support/engines';

const seed = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
const IDENTITY_RUNS = 4000;
const SINGLE_RUNS = 4000;
const BATCHES = 25;
const BATCH_SIZE = 80;

/** Compiles a bundle's policies with one engine. */
function compileWith(engine: Engine, request: CompiledBundle['request'], slots: PolicySlots<Policy>): CompiledBundle {
  const c = (p: Policy) => engine.compile(p);
  return {
    request,
    identityPolicies: slots.identityPolicies?.map(c),
    resourcePolicy: slots.resourcePolicy && c(slots.resourcePolicy),
    permissionsBoundary: slots.permissionsBoundary && c(slots.permissionsBoundary),
    sessionPolicy: slots.sessionPolicy && c(slots.sessionPolicy),
    endpointPolicy: slots.endpointPolicy && c(slots.endpointPolicy),
    serviceControlPolicies: slots.serviceControlPolicies?.map((l) => l.map(c)),
    resourceControlPolicies: slots.resourceControlPolicies?.map((l) => l.map(c)),
  };
}

/** Drops the keys whose value is undefined, as a bundle read from JSON would. */
function defined(b: CompiledBundle): CompiledBundle {
  return Object.fromEntries(Object.entries(b).filter(([, v]) => v !== undefined)) as unknown as CompiledBundle;
}

describe(`generated bundles get the same answer from both engines (seed ${seed})`, () => {
  let wasm: WasmEngine;
  const ts = new TsEngine();
  beforeAll(async () => {
    wasm = await newWasmEngine();
  });

  const sameResult = ({ request, slots }: { request: CompiledBundle['request']; slots: PolicySlots<Policy> }) => {
    ts.reset();
    wasm.reset();
    const expected = ts.evaluate(defined(compileWith(ts, request, slots)));
    const actual = wasm.evaluate(defined(compileWith(wasm, request, slots)));
    expect(actual).toEqual(expected);
  };

  it(`identity policies alone: every EvaluationResult is identical (${IDENTITY_RUNS} generated requests)`, () => {
    fc.assert(fc.property(identityBundle, sameResult), { seed, numRuns: IDENTITY_RUNS });
  });

  it(`every policy type together: every EvaluationResult is identical (${SINGLE_RUNS} generated requests)`, () => {
    fc.assert(fc.property(bundle, sameResult), { seed: seed + 1, numRuns: SINGLE_RUNS });
  });

  it(`every batch decision is identical, through a request arena small enough to flush and grow (${BATCHES} batches of ${BATCH_SIZE} requests)`, async () => {
    const small = await newWasmEngine({ words: 256, chars: 256 });
    fc.assert(
      fc.property(fc.array(bundle, { minLength: BATCH_SIZE, maxLength: BATCH_SIZE }), (bundles) => {
        ts.reset();
        small.reset();
        const forTs = bundles.map((b) => defined(compileWith(ts, b.request, b.slots)));
        const forWasm = bundles.map((b) => defined(compileWith(small, b.request, b.slots)));
        expect(Array.from(small.evaluateBatch(forWasm))).toEqual(Array.from(ts.evaluateBatch(forTs)));
      }),
      { seed: seed + 2, numRuns: BATCHES },
    );
  });
});
