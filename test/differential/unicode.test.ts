// Case-insensitive comparison follows JavaScript's full Unicode toLowerCase in both engines
// (StringEqualsIgnoreCase lower-cases both sides), including special cases such as İ, final sigma and
// lone surrogates; wildcards count UTF-16 code units. Generated strings, seeded (FC_SEED replays).
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine, EvaluationResult } from '../../src/engine/contract';
import { parsePolicyValue } from '../../src/engine/parse/parsePolicy';
import { TsEngine } from '../../src/engine/tsEngine';
import { newWasmEngine } from './support/engines';

const seed = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
const tricky = fc.constantFrom(
  'İ',
  'i̇',
  'I',
  'ı',
  'Σ',
  'σ',
  'ς',
  'ΑΣ',
  'ẞ',
  'ß',
  'ǅ',
  'K',
  'k',
  'Å',
  '\ud800',
  '\udc00',
  '😀',
  'Ꭰ',
  'a',
  'A',
  '*',
  '?',
);
const text = fc.oneof(
  fc.array(tricky, { maxLength: 4 }).map((a) => a.join('')),
  fc.string({ unit: 'binary', maxLength: 6 }),
);

function decide(engine: Engine, operator: string, policyValue: string, contextValue: string): EvaluationResult {
  const policy = parsePolicyValue(
    {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: 's3:GetObject',
          Resource: '*',
          Condition: { [operator]: { 'aws:PrincipalTag/team': policyValue } },
        },
      ],
    },
    'identity',
  ).policy;
  if (policy === null) throw new Error('policy rejected');
  engine.reset();
  return engine.evaluate({
    request: {
      principal: 'arn:aws:iam::111111111111:user/alice',
      action: 's3:GetObject',
      resource: '*',
      context: { 'aws:PrincipalTag/team': contextValue },
    },
    identityPolicies: [engine.compile(policy)],
  });
}

describe(`Unicode strings compare alike in both engines (seed ${seed})`, () => {
  const ts = new TsEngine();
  let wasm: Engine;
  beforeAll(async () => {
    wasm = await newWasmEngine();
  });
  it('StringEqualsIgnoreCase matches ΑΣ with ας (final sigma) and İ with i̇, as toLowerCase does', () => {
    for (const engine of [ts, wasm]) {
      expect(decide(engine, 'StringEqualsIgnoreCase', 'ΑΣ', 'ας').decision).toBe('Allow');
      expect(decide(engine, 'StringEqualsIgnoreCase', 'İ', 'i\u0307').decision).toBe('Allow');
      expect(decide(engine, 'StringEqualsIgnoreCase', 'ΑΣ', 'ασ').decision).toBe('ImplicitDeny');
    }
  });

  for (const operator of ['StringEqualsIgnoreCase', 'StringNotEqualsIgnoreCase', 'StringLike', 'StringEquals']) {
    it(`${operator} gives the same result for any pair of strings`, () => {
      fc.assert(
        fc.property(text, text, (p, c) => {
          expect(decide(wasm, operator, p, c)).toEqual(decide(ts, operator, p, c));
        }),
        { seed, numRuns: 300 },
      );
    });
  }
});
