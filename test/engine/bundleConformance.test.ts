// Every case of the conformance corpus is a valid request bundle: the loader accepts it without errors.

import { describe, expect, it } from 'vitest';
import { BundleLoader } from '../../src/engine/bundle';
import { conformanceLines } from './parse/corpusLines';

describe('the conformance corpus through the bundle loader', () => {
  it('holds all 265 cases', () => {
    expect(conformanceLines).toHaveLength(265);
  });

  it.each(conformanceLines.map(({ id, line }) => [id, line]))('%s loads without errors', (id, line) => {
    const read = new BundleLoader().readLine(line);
    expect(read.type).toBe('bundle');
    if (read.type !== 'bundle') return;
    expect(read.result).toMatchObject({ type: 'success' });
    if (read.result.type === 'success') expect(read.result.value.id).toBe(id);
  });
});
