// Properties of the parser over generated input: it never throws, it returns a policy exactly when no
// error is reported, and every recorded range covers precisely the JSON text of its value.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePolicy, parsePolicyValue } from '../../../src/engine/parse/parsePolicy';
import type { PolicyKind, SourceRange } from '../../../src/engine/policy';

const SEED = 20_261_127;
const kinds: PolicyKind[] = ['identity', 'resource', 'trust', 'boundary', 'session', 'scp', 'rcp', 'endpoint'];

const word = fc.stringMatching(/^[A-Za-z0-9]{1,8}$/);
const action = fc.oneof(
  fc.constant('*'),
  fc.tuple(word, fc.stringMatching(/^[A-Za-z*?]{1,10}$/)).map(([s, a]) => `${s.toLowerCase()}:${a}`),
);
const resource = fc.oneof(
  fc.constant('*'),
  fc.tuple(word, word).map(([b, k]) => `arn:aws:s3:::${b}/${k}/\${aws:username}`),
);
const oneOrMany = <T>(arb: fc.Arbitrary<T>) => fc.oneof(arb, fc.array(arb, { minLength: 1, maxLength: 3 }));
const conditionValue = fc.oneof(word, fc.integer({ min: 0, max: 999 }), fc.boolean());
const condition = fc.dictionary(
  fc.constantFrom('StringEquals', 'ForAnyValue:StringLike', 'StringNotEqualsIfExists', 'ArnLike', 'Null'),
  fc.dictionary(
    word.map((k) => `aws:PrincipalTag/${k}`),
    oneOrMany(conditionValue),
    { minKeys: 1, maxKeys: 2 },
  ),
  { maxKeys: 3 },
);
const statement = fc.record(
  {
    Sid: word,
    Effect: fc.constantFrom('Allow', 'Deny'),
    Action: oneOrMany(action),
    Resource: oneOrMany(resource),
    Condition: condition,
  },
  { requiredKeys: ['Effect', 'Action', 'Resource'] },
);
const identityPolicy = fc.record({
  Version: fc.constant('2012-10-17'),
  Statement: fc.oneof(
    statement,
    fc.uniqueArray(statement, { minLength: 1, maxLength: 4, selector: (s) => s.Sid ?? '' }),
  ),
});

const asList = <T>(v: T | T[]) => (Array.isArray(v) ? v : [v]);

describe('parser properties', () => {
  it('never throws on arbitrary JSON, and returns a policy exactly when there is no error', () => {
    fc.assert(
      fc.property(fc.json(), fc.constantFrom(...kinds), (text, kind) => {
        const { policy, diagnostics } = parsePolicy(text, kind);
        expect(policy === null).toBe(diagnostics.some((d) => d.severity === 'error'));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        expect(() => parsePolicy(text, 'identity')).not.toThrow();
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('a valid identity policy parses without errors, lists normalised, and each range covers its value', () => {
    fc.assert(
      fc.property(identityPolicy, (doc) => {
        const text = JSON.stringify(doc, null, 2);
        const { policy, diagnostics } = parsePolicyValue(doc, 'identity');
        // Warnings (e.g. Null with a value other than true/false) are allowed; errors are not.
        expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        const cover = (r: SourceRange) => JSON.parse(text.slice(r.startOffset, r.endOffset));
        const statements = asList(doc.Statement);
        expect(policy!.statements).toHaveLength(statements.length);
        policy!.statements.forEach((parsed, i) => {
          expect(cover(parsed.range)).toEqual(statements[i]);
          expect(parsed.action.values).toEqual(asList(statements[i].Action));
          expect(parsed.action.valueRanges.map(cover)).toEqual(parsed.action.values);
          expect(parsed.resource!.valueRanges.map(cover)).toEqual(asList(statements[i].Resource));
          for (const entry of parsed.conditions) {
            const written = asList(statements[i].Condition![entry.raw][entry.key]);
            expect(entry.values).toEqual(written.map(String));
            expect(entry.valueRanges.map(cover)).toEqual(written);
          }
        });
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});
