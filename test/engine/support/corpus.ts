// Test support: reads the JSON Lines corpora (test/corpus/**) and evaluates their cases with the TS
// reference through the same loader the batch evaluator uses.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BundleLoader } from '../../../src/engine/bundle';
import { compileBundle } from '../../../src/engine/compileBundle';
import type { CompiledBundle, PolicyHandle } from '../../../src/engine/contract';
import type { Policy } from '../../../src/engine/policy';
import { TsEngine } from '../../../src/engine/tsEngine';

/** One corpus case: a bundle line plus its expectation. */
export interface CorpusCase {
  id: string;
  rule: string;
  expect: 'Allow' | 'ExplicitDeny' | 'ImplicitDeny';
  /** The line as written, for the loader. */
  line: string;
}

/** Every case of every .jsonl file in a corpus folder, with its file name. */
export function readCorpus(folder: string): { file: string; cases: CorpusCase[] }[] {
  const dir = join(import.meta.dirname, '..', '..', 'corpus', folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((file) => ({
      file,
      cases: readFileSync(join(dir, file), 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((line) => {
          const c = JSON.parse(line) as Omit<CorpusCase, 'line'>;
          return { id: c.id, rule: c.rule, expect: c.expect, line };
        }),
    }));
}

/** A TsEngine with a loader: compiles corpus lines into bundles. */
export function corpusEngine(): { engine: TsEngine; load(line: string): CompiledBundle } {
  const engine = new TsEngine();
  const loader = new BundleLoader();
  const handles = new WeakMap<Policy, PolicyHandle>();
  return {
    engine,
    load(line) {
      const read = loader.readLine(line);
      if (read.type !== 'bundle' || read.result.type === 'failure')
        throw new Error(`not a valid bundle: ${JSON.stringify(read.result)}`);
      return compileBundle(engine, read.result.value, handles);
    },
  };
}
