// The console's engine fallback in headless Chromium: console actions are decided by the Wasm engine in
// its worker, and no banner shows; when the worker cannot start (its Wasm file or its script fails to
// load, as behind a proxy that blocks them), the page is still shown and the same action still succeeds,
// decided by the TypeScript engine on the main thread, and every page shows a banner that says so. axe
// runs with the banner shown.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Site } from './harness';
import { SCREENSHOTS, openApp, seriousAxeViolations, useSitePage } from './harness';

let site: Site;
let page: Page;

useSitePage((s, p) => {
  site = s;
  page = p;
});

const BANNER_TEXT =
  'The engine worker is not running, so console actions are authorized by the TypeScript reference engine' +
  " on the page's main thread. Reason: ";
const banner = () => page.getByRole('alert').filter({ hasText: 'The engine worker is not running' });
const heading = () => page.locator('main h1');

/** Creates a user group on the Create user group page: a console action that needs an authorization decision. */
async function createGroup(name: string) {
  await openApp(page, site, '#/groups/create');
  await page.getByRole('textbox', { name: 'User group name' }).fill(name);
  await page.getByRole('button', { name: 'Create user group' }).click();
  await expect.poll(() => heading().textContent()).toBe(name);
}

describe('with a working engine worker', () => {
  it('a console action is decided in the worker, and no fallback banner shows', async () => {
    await createGroup('Auditors');
    expect(site.requests().filter((u) => u.endsWith('.wasm'))).toHaveLength(1);
    expect(await banner().count()).toBe(0);
    await openApp(page, site, '#/users');
    expect(await banner().count()).toBe(0);
  });
});

describe('when the engine worker cannot start', () => {
  it.each([
    // The reasons are the worker's failed fetch (as Chromium words it) and the worker's 'error' event.
    { what: 'its Wasm file', url: /\.wasm$/, group: 'Reviewers', reason: 'Failed to fetch' },
    {
      what: 'its script',
      url: /engine\.worker[^/]*\.js$/,
      group: 'Approvers',
      reason: 'the engine worker failed to load',
    },
  ])(
    'a console action still succeeds, and every page says it was decided on the main thread, when $what does not load',
    async ({ url, group, reason }) => {
      await site.context.route(url, (route) => route.abort('failed'));
      try {
        // A new page load, so the console's engine starts again, and fails on its first decision: whether
        // the acting identity may read the page.
        await page.reload();
        await heading().waitFor();
        await expect.poll(() => banner().innerText()).toBe(BANNER_TEXT + reason);
        await createGroup(group);
        await expect.poll(() => page.locator('main').innerText()).toMatch(/Users \(0\)/);
        await expect.poll(() => banner().innerText()).toBe(BANNER_TEXT + reason);
        await openApp(page, site, '#/groups');
        expect(await page.getByRole('row', { name: new RegExp(group) }).count()).toBe(1);
        expect(await banner().innerText()).toBe(BANNER_TEXT + reason);
        await page.screenshot({ path: join(SCREENSHOTS, `fallback-${group.toLowerCase()}.png`) });
        expect(await seriousAxeViolations(page)).toEqual([]);
      } finally {
        await site.context.unroute(url);
      }
    },
  );

  it('with the worker loading again, a new page load decides in the worker and the banner is gone', async () => {
    const wasmFetches = () => site.requests().filter((u) => u.endsWith('.wasm')).length;
    const before = wasmFetches();
    await page.reload();
    await createGroup('Publishers');
    expect(wasmFetches()).toBe(before + 1);
    expect(await banner().count()).toBe(0);
    // The failures were handled: nothing was thrown uncaught on any page.
    expect(site.pageErrors()).toEqual([]);
  });
});
