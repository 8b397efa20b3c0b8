// Runs the engine's own corpus (test/corpus/engine/*.jsonl: cases the conformance corpus does not
// cover, each naming its rule) and asserts each decision.
import { describe, expect, it } from 'vitest';
import { corpusEngine, readCorpus } from './support/corpus';

describe.each(readCorpus('engine'))('engine corpus: $file', ({ cases }) => {
  const { engine, load } = corpusEngine();
  it.each(cases.map((c) => [`${c.id}: ${c.rule}`, c] as const))('%s', (_name, c) => {
    expect(engine.evaluate(load(c.line)).decision).toBe(c.expect);
  });
});
