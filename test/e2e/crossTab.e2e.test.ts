// Two tabs of one browser on the same scenario, in headless Chromium (they share IndexedDB and
// BroadcastChannel): when tab B saves while tab A still holds an unsaved edit, A shows the conflict notice
// instead of silently dropping its edit, and each of the notice's choices ends with both edits accounted for.
// Both tabs run on Playwright's fake clock (it belongs to the browser context), paused, so no autosave
// fires on its own: the test advances time so that exactly B's debounce is due and A's edit is still queued.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Site } from './harness';
import { SCREENSHOTS, openApp, seriousAxeViolations, useSitePage } from './harness';

let site: Site;
let tabA: Page;
let tabB: Page;

useSitePage(async (s, p) => {
  site = s;
  tabA = p;
  // Reloaded so that the app starts on the fake clock, not on timers it set before.
  await tabA.clock.install();
  await tabA.reload();
  await openApp(tabA, site, '#/groups');
  // From here on timers fire only when the test advances the clock.
  await tabA.clock.pauseAt(Date.now() + 1_000);
  tabB = await site.newPage();
  await openApp(tabB, site, '#/groups');
});

const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
const notice = (page: Page) =>
  page
    .getByRole('alert')
    .filter({ has: page.getByRole('heading', { name: 'This scenario was changed in another tab' }) });

/** Creates a user group through the console's Create user group page and waits for its page. */
async function createGroup(page: Page, name: string) {
  await openApp(page, site, '#/groups');
  await page.getByRole('link', { name: 'Create group' }).click();
  await page.getByRole('textbox', { name: 'User group name' }).fill(name);
  await page.getByRole('button', { name: 'Create user group' }).click();
  await expect.poll(() => page.locator('main h1').innerText()).toBe(name);
}

/** axe waits on timers, so it runs with time flowing; the caller makes sure no autosave is queued then. */
async function axeWithTimeRunning(page: Page): Promise<string[]> {
  await page.clock.resume();
  try {
    return await seriousAxeViolations(page);
  } finally {
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
  }
}

/** The group names in the User groups list, as the page shows them. */
async function listedGroups(page: Page): Promise<string[]> {
  if (!page.url().endsWith('#/groups')) await openApp(page, site, '#/groups');
  await page.getByRole('row').nth(1).waitFor();
  const names = await page.locator('main table tbody tr td:first-child').allInnerTexts();
  return names.map((n) => n.trim());
}

/**
 * B edits, then A edits half a second later on the same revision; 400 ms more make B's 800 ms autosave
 * due but not A's, so B saves while A's edit is still queued: A must show the notice.
 */
async function conflictingEdits(editInA: string, editInB: string) {
  await createGroup(tabB, editInB);
  await tabB.clock.runFor(500);
  await createGroup(tabA, editInA);
  await tabA.clock.runFor(400);
  await expect.poll(() => notice(tabA).count()).toBe(1);
}

describe('a save in another tab while this tab has an unsaved edit', () => {
  it('shows the conflict notice with its three choices, and passes axe', async () => {
    await conflictingEdits('FromTabA', 'FromTabB');
    for (const name of ["Keep this tab's version", "Use the other tab's version", "Save this tab's version as a copy"])
      expect(await notice(tabA).getByRole('button', { name }).count()).toBe(1);
    // This tab's edit is still what it shows.
    expect(await tabA.locator('main h1').innerText()).toBe('FromTabA');
    expect(await notice(tabB).count()).toBe(0);
    // The unsaved edit lives only in this tab now: closing it asks first (and staying keeps it open).
    const asked = new Promise<string>((answer) =>
      tabA.once('dialog', (d) => void d.dismiss().then(() => answer(d.type()))),
    );
    await tabA.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
    expect(tabA.isClosed()).toBe(false);
    await shot(tabA, 'cross-tab-conflict');
    // Both tabs' autosaves are idle now: A's stopped for the conflict, B's has written.
    expect(await axeWithTimeRunning(tabA)).toEqual([]);
  });

  it("\"Keep this tab's version\" saves A's version over B's, and B shows it, also after a reload", async () => {
    await notice(tabA).getByRole('button', { name: "Keep this tab's version" }).click();
    await expect.poll(() => notice(tabA).count()).toBe(0);
    await expect.poll(() => listedGroups(tabB)).toContain('FromTabA');
    expect(await listedGroups(tabB)).not.toContain('FromTabB');
    await tabB.reload();
    await expect.poll(() => listedGroups(tabB)).toContain('FromTabA');
    expect(await listedGroups(tabB)).not.toContain('FromTabB');
    expect(await listedGroups(tabA)).toEqual(expect.arrayContaining(['FromTabA']));
  });

  it("\"Use the other tab's version\" (chosen with the keyboard) shows B's edit in A and drops A's", async () => {
    await conflictingEdits('SecondFromA', 'SecondFromB');
    await notice(tabA).getByRole('button', { name: "Use the other tab's version" }).focus();
    await tabA.keyboard.press('Enter');
    await expect.poll(() => notice(tabA).count()).toBe(0);
    // The chosen button went away with the notice; focus moves to the page rather than being lost.
    expect(await tabA.evaluate(() => document.activeElement?.id)).toBe('main');
    await expect.poll(() => listedGroups(tabA)).toContain('SecondFromB');
    expect(await listedGroups(tabA)).not.toContain('SecondFromA');
    await tabB.reload();
    expect(await listedGroups(tabB)).not.toContain('SecondFromA');
  });

  it('"Save this tab\'s version as a copy" says where the copy went, shows B\'s edit in A, and the copy opens from the Scenarios page', async () => {
    await conflictingEdits('ThirdFromA', 'ThirdFromB');
    await notice(tabA).getByRole('button', { name: "Save this tab's version as a copy" }).click();
    const status = tabA.getByRole('status').filter({ hasText: 'saved in this browser as' });
    await expect.poll(() => status.innerText()).toMatch(/“Example Corp \(copy from this tab\)”/);
    await expect.poll(() => listedGroups(tabA)).toContain('ThirdFromB');
    expect(await listedGroups(tabA)).not.toContain('ThirdFromA');
    await shot(tabA, 'cross-tab-copy-saved');
    expect(await axeWithTimeRunning(tabA)).toEqual([]);
    await status.getByRole('link', { name: 'Open the copy from the Scenarios page' }).click();
    await expect.poll(() => tabA.locator('main h1').innerText()).toBe('Scenarios');
    await status.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => status.count()).toBe(0);
    await tabA.getByRole('button', { name: 'Open Example Corp (copy from this tab)', exact: true }).click();
    await expect.poll(() => listedGroups(tabA)).toContain('ThirdFromA');
    expect(site.pageErrors()).toEqual([]);
  });
});
