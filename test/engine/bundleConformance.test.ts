// Every case of the conformance corpus is a valid request bundle: the loader accepts it without errors.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BundleLoader } from '../../src/engine/bundle';

const dir = join(import.meta.dirname, '../corpus/conformance');
const lines = readdirSync(dir)
  .filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => l.trim() !== ''));

describe('the conformance corpus through the bundle loader', () => {
  it('holds all 265 cases', () => {
    expect(lines).toHaveLength(265);
  });

  it.each(lines.map((line) => [(JSON.parse(line) as { id: string }).id, line]))('%s loads without errors', (id, line) => {
    const read = new BundleLoader().readLine(line);
    expect(read.type).toBe('bundle');
    if (read.type !== 'bundle') return;
    expect(read.result).toMatchObject({ type: 'success' });
    if (read.result.type === 'success') expect(read.result.value.id).toBe(id);
  });
});
