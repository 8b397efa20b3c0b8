// Runs every case of the shared conformance corpus (test/corpus/conformance, see its README)
// through the TS reference engine and asserts the documented decision.
import { describe, expect, it } from 'vitest';
import { corpusEngine, readCorpus } from './support/corpus';

/**
 * Cases the engine deliberately decides differently, each with its documented basis. Empty: the
 * reference agrees with all 265 cases. Add an entry only with the AWS documentation's basis and
 * tell the lead; never bend the engine to a case believed wrong.
 */
const EXCLUDED: Record<string, string> = {};

describe.each(readCorpus('conformance'))('conformance: $file', ({ cases }) => {
  const { engine, load } = corpusEngine();
  it.each(cases.filter((c) => !(c.id in EXCLUDED)).map((c) => [`${c.id}: ${c.rule}`, c] as const))('%s', (_name, c) => {
    expect(engine.evaluate(load(c.line)).decision).toBe(c.expect);
  });
});

it('the conformance corpus holds its 265 cases', () => {
  expect(readCorpus('conformance').reduce((n, f) => n + f.cases.length, 0)).toBe(265);
});
