// The console's engine fallback in headless Chromium: console actions are decided by the Wasm engine in
// its worker, and no banner shows; when the worker cannot start (its Wasm file or its script fails to
// load, as behind a proxy that blocks them), the page is still shown and the same action still succeeds,
// decided by the TypeScript engine on the main thread, and every page shows a banner that says so. axe
// runs with the banner shown. The failures are handled: no page throws (the fixture checks it).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openApp, screenshot, seriousAxeViolations } from './harness';

const BANNER_TEXT =
  'The engine worker is not running, so console actions are authorized by the TypeScript reference engine' +
  " on the page's main thread. Reason: ";
const banner = (page: Page) => page.getByRole('alert').filter({ hasText: 'The engine worker is not running' });
const heading = (page: Page) => page.locator('main h1');
const wasmFetches = (requests: string[]) => requests.filter((u) => u.endsWith('.wasm')).length;

/** Creates a user group on the Create user group page: a console action that needs an authorization decision. */
async function createGroup(page: Page, name: string) {
  await openApp(page, '#/groups/create');
  await page.getByRole('textbox', { name: 'User group name' }).fill(name);
  await page.getByRole('button', { name: 'Create user group' }).click();
  await expect(heading(page)).toHaveText(name);
}

const BLOCKED = [
  // The reasons are the worker's failed fetch (as Chromium words it) and the worker's 'error' event.
  { what: 'its Wasm file', url: /\.wasm$/, group: 'Reviewers', reason: 'Failed to fetch' },
  {
    what: 'its script',
    url: /engine\.worker[^/]*\.js$/,
    group: 'Approvers',
    reason: 'the engine worker failed to load',
  },
];

test.describe('with a working engine worker', () => {
  test('a console action is decided in the worker, and no fallback banner shows', async ({ page, site }) => {
    await createGroup(page, 'Auditors');
    expect(wasmFetches(site.requests())).toBe(1);
    await expect(banner(page)).toHaveCount(0);
    await openApp(page, '#/users');
    await expect(banner(page)).toHaveCount(0);
  });
});

test.describe('when the engine worker cannot start', () => {
  // The blocked file's failed load is logged by Chromium; that is the point of these tests.
  test.use({ expectedConsoleErrors: [/^Failed to load resource: net::ERR_FAILED$/] });

  for (const { what, url, group, reason } of BLOCKED) {
    test(`a console action still succeeds, and every page says it was decided on the main thread, when ${what} does not load`, async ({
      page,
    }) => {
      await page.context().route(url, (route) => route.abort('failed'));
      // The console's engine starts with the page, and fails on its first decision: whether the acting
      // identity may read the page.
      await openApp(page);
      await expect(banner(page)).toHaveText(BANNER_TEXT + reason);
      await createGroup(page, group);
      await expect(page.locator('main')).toContainText(/Users \(0\)/);
      await expect(banner(page)).toHaveText(BANNER_TEXT + reason);
      await openApp(page, '#/groups');
      await expect(page.getByRole('row', { name: new RegExp(group) })).toHaveCount(1);
      await expect(banner(page)).toHaveText(BANNER_TEXT + reason);
      await screenshot(page, `fallback-${group.toLowerCase()}`, { fullPage: false });
      expect(await seriousAxeViolations(page)).toEqual([]);
    });
  }

  test('with the worker loading again, a new page load decides in the worker and the banner is gone', async ({
    page,
    site,
  }) => {
    const { url, reason } = BLOCKED[0];
    await page.context().route(url, (route) => route.abort('failed'));
    await openApp(page);
    await expect(banner(page)).toHaveText(BANNER_TEXT + reason);
    await page.context().unroute(url);
    const before = wasmFetches(site.requests());
    await page.reload();
    await createGroup(page, 'Publishers');
    expect(wasmFetches(site.requests())).toBe(before + 1);
    await expect(banner(page)).toHaveCount(0);
  });
});
