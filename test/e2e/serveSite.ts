// The browser tests' web server (Playwright's `webServer` runs it once per run): builds the site into a
// folder of this run's own under test-results/ (engineers share the machine, and a build into dist/ by
// someone else mid-run would swap the chunks under the browser), serves it on a free localhost port, and
// prints one line that playwright.config.ts waits for and hands to the tests: the URL and the folder.
// E2E_REUSE_DIST=1 serves the existing dist/ instead, for quick reruns while developing.
// On SIGTERM or SIGINT (Playwright stops it after the last test) it closes and removes its build.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, ROOT, buildSite, serveStatic, siteReadyLine } from './site';

async function main(): Promise<void> {
  const reuse = process.env.E2E_REUSE_DIST === '1';
  let dir = DIST;
  if (!reuse) {
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    dir = mkdtempSync(join(ROOT, 'test-results', 'e2e-site-'));
  }
  const removeBuild = () => {
    if (!reuse) rmSync(dir, { recursive: true, force: true });
  };
  try {
    if (!reuse) await buildSite(dir);
  } catch (error) {
    removeBuild();
    throw error;
  }
  const server = await serveStatic(dir);
  const stop = async () => {
    await server.close();
    removeBuild();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
  console.log(siteReadyLine(server.url, dir));
}

await main();
