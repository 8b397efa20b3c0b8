// Builds bench/browser/ (the engine-worker harness page) with Vite into build/engine-page/ and
// serves it, for the browser differential test and the benchmark.
import { join, resolve } from 'node:path';
import { build } from 'vite';

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, '../..');
/** Where the page is built (under the git-ignored build/). */
export const PAGE_DIR = join(ROOT, 'build', 'engine-page');

/** Runs a production Vite build of the harness page (worker and Wasm included). */
export async function buildEnginePage(): Promise<string> {
  await build({
    configFile: false,
    root: join(ROOT, 'bench', 'browser'),
    base: './',
    logLevel: 'warn',
    worker: { format: 'es' },
    build: { outDir: PAGE_DIR, emptyOutDir: true, target: 'es2022' },
  });
  return PAGE_DIR;
}
