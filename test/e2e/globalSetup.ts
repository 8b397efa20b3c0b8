// Global setup of the browser tests: build the site once for every test file.
// E2E_REUSE_DIST=1 skips the build and serves the dist/ already there (for quick reruns while developing).
import { buildSite } from './harness';

/** Vitest global setup hook. */
export default async function setup(): Promise<void> {
  if (process.env.E2E_REUSE_DIST !== '1') await buildSite();
}
