// Reads the conformance corpus lines once for the tests that run every case.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, '../../corpus/conformance');

/** Every non-empty line of test/corpus/conformance/*.jsonl, with its case id. */
export const conformanceLines: { id: string; line: string }[] = readdirSync(dir)
  .filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) =>
    readFileSync(join(dir, f), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== ''),
  )
  .map((line) => ({ id: (JSON.parse(line) as { id: string }).id, line }));
