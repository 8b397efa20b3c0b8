// The browser tests (test/e2e/*.e2e.test.ts) on Playwright's test runner: one production build of the
// site per run, served by test/e2e/serveSite.ts; Debian's Chromium; a fresh browser context (and so a
// fresh IndexedDB) for every test, with the checks of test/e2e/fixtures.ts after each. See test/README.md.
import { defineConfig } from '@playwright/test';
import { CHROMIUM, SITE_READY } from './test/e2e/site';

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.e2e.test.ts',
  // Per-test artifacts (traces, failure screenshots); the site build and the named screenshots live
  // beside it under test-results/, which Playwright does not empty.
  outputDir: 'test-results/playwright',
  // Tests stand alone, so any order and any spread over workers must pass.
  fullyParallel: true,
  // Two cores run the browser, the page's worker and the runner: two test workers keep both busy.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  forbidOnly: true,
  retries: 0,
  // The machine is shared: give a story time, and the UI time to settle before an assertion gives up.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  webServer: {
    command: 'npx tsx test/e2e/serveSite.ts',
    wait: { stdout: SITE_READY },
    // `vite build` takes about a minute, several under load.
    timeout: 600_000,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  },
  use: {
    browserName: 'chromium',
    launchOptions: CHROMIUM,
    viewport: { width: 1280, height: 800 },
    // Clipboard access lets tests paste text into editors exactly (typing would be auto-indented).
    permissions: ['clipboard-read', 'clipboard-write'],
    // A failing test leaves a screenshot in outputDir; `--trace on` records traces when one is needed.
    screenshot: 'only-on-failure',
  },
});
