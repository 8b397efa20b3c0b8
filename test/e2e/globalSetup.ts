// Global setup of the browser tests: build the site once, into a folder of this run's own, for every
// test file; E2E_REUSE_DIST=1 serves the dist/ already there instead (quick reruns while developing).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { DIST, ROOT, buildSite } from './harness';

/** Vitest global setup hook: builds, provides the folder to the tests, and removes it afterwards. */
export default async function setup(project: TestProject): Promise<() => void> {
  if (process.env.E2E_REUSE_DIST === '1') {
    project.provide('e2eSite', DIST);
    return () => {};
  }
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, 'test-results', 'e2e-site-'));
  await buildSite(dir);
  project.provide('e2eSite', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
