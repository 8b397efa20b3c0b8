// The browser tests' `test` and `expect`: Playwright's, with the site as `baseURL` and one automatic
// fixture that watches every test's browser context and fails the test after it ends if any page threw
// an uncaught error, logged a console error the test did not declare, or requested anything outside the
// local server (the app is offline: nothing may leave the machine). Every test gets Playwright's fresh
// context, so its IndexedDB starts empty and the app starts on the built-in scenario.
//
// Usage, in test/e2e/<name>.e2e.test.ts:
//   import { expect, test } from './fixtures';
//   test('…', async ({ page, site }) => { await openApp(page, '#/users'); … });
// A test that provokes console errors on purpose names them: `test.use({ expectedConsoleErrors: [/…/] })`.
import { test as base, expect } from '@playwright/test';

export { expect };

/** The served site, and what this test's pages asked of the network. */
export interface Site {
  /** The site's base URL, ending in `/`. */
  url: string;
  /** The folder being served (the build of this run). */
  dir: string;
  /** Every URL requested so far by this test's pages and their workers, in order. */
  requests(): string[];
}

interface Fixtures {
  site: Site;
  /** Console errors this test provokes on purpose (e.g. a resource it makes fail to load). */
  expectedConsoleErrors: RegExp[];
}

/** A variable the web server's ready line set (see SITE_READY in site.ts). */
function fromWebServer(name: 'E2E_SITE_URL' | 'E2E_SITE_DIR'): string {
  const value = process.env[name];
  if (!value)
    throw new Error(`${name} is not set: run the browser tests with \`npm run e2e\` (Playwright's webServer).`);
  return value;
}

/** Whether a request stays on this machine: the local server, or data the page made itself. */
const staysLocal = (url: string, siteUrl: string) =>
  url.startsWith(siteUrl) || url.startsWith('data:') || url.startsWith('blob:');

export const test = base.extend<Fixtures>({
  // Playwright reads a fixture's dependencies from its first parameter, which must be a pattern.
  // eslint-disable-next-line no-empty-pattern
  baseURL: async ({}, use) => use(fromWebServer('E2E_SITE_URL')),
  expectedConsoleErrors: [[], { option: true }],
  site: [
    async ({ context, expectedConsoleErrors }, use) => {
      const url = fromWebServer('E2E_SITE_URL');
      const requests: string[] = [];
      const problems: string[] = [];
      context.on('request', (request) => requests.push(request.url()));
      context.on('weberror', (error) => problems.push(`uncaught error: ${error.error().message}`));
      context.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (expectedConsoleErrors.some((expected) => expected.test(text))) return;
        problems.push(`console error: ${text} (${message.location().url})`);
      });
      await use({ url, dir: fromWebServer('E2E_SITE_DIR'), requests: () => [...requests] });
      expect(problems, 'the pages threw no error and logged no console error').toEqual([]);
      expect(
        requests.filter((r) => !staysLocal(r, url)),
        'no request left the local server',
      ).toEqual([]);
    },
    { auto: true },
  ],
});
