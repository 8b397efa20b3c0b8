// Both engines run the fixed corpora (test/corpus/conformance and test/corpus/engine) and must give
// the expected decision and exactly the same EvaluationResult, singly and in one batch.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledBundle, DECISION_CODE } from '../../src/engine/contract';
import { EnginePair } from './support/engines';

interface Case {
  id: string;
  rule: string;
  expect: keyof typeof DECISION_CODE;
  line: string;
}

function readCases(folder: string): { file: string; cases: Case[] }[] {
  const dir = join(import.meta.dirname, '..', 'corpus', folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((file) => ({
      file,
      cases: readFileSync(join(dir, file), 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((line) => ({ ...(JSON.parse(line) as Omit<Case, 'line'>), line })),
    }));
}

for (const folder of ['conformance', 'engine']) {
  describe(`the ${folder} corpus gives the same answers in both engines`, () => {
    let pair: EnginePair;
    beforeAll(async () => {
      pair = await EnginePair.create();
    });
    for (const { file, cases } of readCases(folder)) {
      describe(file, () => {
        const compiled: { ts: CompiledBundle; wasm: CompiledBundle }[] = [];
        for (const c of cases) {
          it(`${c.id}: ${c.rule}`, () => {
            const parsed = pair.parse(c.line);
            if (typeof parsed === 'string') throw new Error(parsed);
            const bundles = pair.compile(parsed);
            compiled.push(bundles);
            const ts = pair.ts.evaluate(bundles.ts);
            const wasm = pair.wasm.evaluate(bundles.wasm);
            expect(wasm).toEqual(ts);
            expect(wasm.decision).toBe(c.expect);
          });
        }
        it('evaluated as one batch, every decision matches the reference', () => {
          const ts = pair.ts.evaluateBatch(compiled.map((b) => b.ts));
          const wasm = pair.wasm.evaluateBatch(compiled.map((b) => b.wasm));
          expect(Array.from(wasm)).toEqual(Array.from(ts));
          expect(wasm.length).toBe(cases.length);
        });
      });
    }
  });
}
