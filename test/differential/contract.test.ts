// The engine contract's edges, identical in both engines: an unknown handle is refused (in any slot,
// even one the flow would not read), and reset() forgets every compiled policy.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledBundle, Engine } from '../../src/engine/contract';
import { parsePolicyValue } from '../../src/engine/parse/parsePolicy';
import { TsEngine } from '../../src/engine/tsEngine';
import { newWasmEngine } from './support/engines';

const request: CompiledBundle['request'] = {
  principal: 'arn:aws:iam::111111111111:user/alice',
  action: 'sts:GetCallerIdentity',
  resource: '*',
};
const allowAll = parsePolicyValue(
  { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
  'identity',
).policy!;

describe('the engine contract, in both engines', () => {
  const engines: Engine[] = [new TsEngine()];
  beforeAll(async () => {
    engines.push(await newWasmEngine());
  });

  it('an unknown policy handle is refused, singly and in a batch, whatever its slot', () => {
    for (const engine of engines) {
      engine.reset();
      expect(() => engine.evaluate({ request, identityPolicies: [0] })).toThrow(/unknown policy handle/);
      expect(() => engine.evaluateBatch([{ request, serviceControlPolicies: [[7]] }])).toThrow(/unknown policy handle/);
    }
  });

  it('reset forgets every compiled policy, and handles count from 0 again', () => {
    for (const engine of engines) {
      engine.reset();
      engine.compile(allowAll);
      engine.reset();
      expect(engine.compile(allowAll)).toBe(0);
      expect(() => engine.evaluate({ request, identityPolicies: [1] })).toThrow(/unknown policy handle/);
      const s3 = { ...request, action: 's3:GetObject' };
      expect([engine.kind, engine.evaluate({ request: s3, identityPolicies: [0] }).decision]).toEqual([
        engine.kind,
        'Allow',
      ]);
    }
  });
});
