// Two tabs of one browser on the same scenario, in headless Chromium (they share IndexedDB and
// BroadcastChannel): when tab B saves while tab A still holds an unsaved edit, A shows the conflict notice
// instead of silently dropping its edit, and each of the notice's choices ends with both edits accounted for.
// Both tabs run on Playwright's fake clock (it belongs to the browser context), paused, so no autosave
// fires on its own: the test advances time so that exactly B's debounce is due and A's edit is still queued.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openApp, screenshot, seriousAxeViolations } from './harness';

const notice = (page: Page) =>
  page
    .getByRole('alert')
    .filter({ has: page.getByRole('heading', { name: 'This scenario was changed in another tab' }) });

/** Opens tab A on the fake clock, paused, and tab B beside it, both on the User groups list. */
async function twoTabs(tabA: Page): Promise<Page> {
  await tabA.clock.install();
  await openApp(tabA, '#/groups');
  // From here on timers fire only when the test advances the clock.
  await tabA.clock.pauseAt(Date.now() + 1_000);
  const tabB = await tabA.context().newPage();
  await openApp(tabB, '#/groups');
  return tabB;
}

/** Creates a user group through the console's Create user group page and waits for its page. */
async function createGroup(page: Page, name: string) {
  await openApp(page, '#/groups');
  await page.getByRole('link', { name: 'Create group' }).click();
  await page.getByRole('textbox', { name: 'User group name' }).fill(name);
  await page.getByRole('button', { name: 'Create user group' }).click();
  await expect(page.locator('main h1')).toHaveText(name);
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
  if (!page.url().endsWith('#/groups')) await openApp(page, '#/groups');
  await page.getByRole('row').nth(1).waitFor();
  const names = await page.locator('main table tbody tr td:first-child').allInnerTexts();
  return names.map((n) => n.trim());
}

/**
 * B edits, then A edits half a second later on the same revision; 400 ms more make B's 800 ms autosave
 * due but not A's, so B saves while A's edit is still queued: A must show the notice.
 */
async function conflictingEdits(tabA: Page, tabB: Page, editInA: string, editInB: string) {
  await createGroup(tabB, editInB);
  await tabB.clock.runFor(500);
  await createGroup(tabA, editInA);
  await tabA.clock.runFor(400);
  await expect(notice(tabA)).toHaveCount(1);
}

test.describe('a save in another tab while this tab has an unsaved edit', () => {
  test('shows the conflict notice with its three choices, and passes axe', async ({ page: tabA }) => {
    const tabB = await twoTabs(tabA);
    await conflictingEdits(tabA, tabB, 'FromTabA', 'FromTabB');
    for (const name of ["Keep this tab's version", "Use the other tab's version", "Save this tab's version as a copy"])
      await expect(notice(tabA).getByRole('button', { name })).toHaveCount(1);
    // This tab's edit is still what it shows.
    await expect(tabA.locator('main h1')).toHaveText('FromTabA');
    await expect(notice(tabB)).toHaveCount(0);
    // The unsaved edit lives only in this tab now: closing it asks first (and staying keeps it open).
    const asked = new Promise<string>((answer) =>
      tabA.once('dialog', (d) => void d.dismiss().then(() => answer(d.type()))),
    );
    await tabA.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
    expect(tabA.isClosed()).toBe(false);
    await screenshot(tabA, 'cross-tab-conflict', { fullPage: false });
    // Both tabs' autosaves are idle now: A's stopped for the conflict, B's has written.
    expect(await axeWithTimeRunning(tabA)).toEqual([]);
  });

  test("\"Keep this tab's version\" saves A's version over B's, and B shows it, also after a reload", async ({
    page: tabA,
  }) => {
    const tabB = await twoTabs(tabA);
    await conflictingEdits(tabA, tabB, 'FromTabA', 'FromTabB');
    await notice(tabA).getByRole('button', { name: "Keep this tab's version" }).click();
    await expect(notice(tabA)).toHaveCount(0);
    await expect.poll(() => listedGroups(tabB)).toContain('FromTabA');
    expect(await listedGroups(tabB)).not.toContain('FromTabB');
    await tabB.reload();
    await expect.poll(() => listedGroups(tabB)).toContain('FromTabA');
    expect(await listedGroups(tabB)).not.toContain('FromTabB');
    expect(await listedGroups(tabA)).toEqual(expect.arrayContaining(['FromTabA']));
  });

  test("\"Use the other tab's version\" (chosen with the keyboard) shows B's edit in A and drops A's", async ({
    page: tabA,
  }) => {
    const tabB = await twoTabs(tabA);
    await conflictingEdits(tabA, tabB, 'SecondFromA', 'SecondFromB');
    await notice(tabA).getByRole('button', { name: "Use the other tab's version" }).focus();
    await tabA.keyboard.press('Enter');
    await expect(notice(tabA)).toHaveCount(0);
    // The chosen button went away with the notice; focus moves to the page rather than being lost.
    await expect(tabA.locator('#main')).toBeFocused();
    await expect.poll(() => listedGroups(tabA)).toContain('SecondFromB');
    expect(await listedGroups(tabA)).not.toContain('SecondFromA');
    await tabB.reload();
    expect(await listedGroups(tabB)).not.toContain('SecondFromA');
  });

  test('"Save this tab\'s version as a copy" says where the copy went, shows B\'s edit in A, and the copy opens from the Scenarios page', async ({
    page: tabA,
  }) => {
    const tabB = await twoTabs(tabA);
    await conflictingEdits(tabA, tabB, 'ThirdFromA', 'ThirdFromB');
    await notice(tabA).getByRole('button', { name: "Save this tab's version as a copy" }).click();
    const status = tabA.getByRole('status').filter({ hasText: 'saved in this browser as' });
    await expect(status).toContainText(/“Example Corp \(copy from this tab\)”/);
    await expect.poll(() => listedGroups(tabA)).toContain('ThirdFromB');
    expect(await listedGroups(tabA)).not.toContain('ThirdFromA');
    await screenshot(tabA, 'cross-tab-copy-saved', { fullPage: false });
    expect(await axeWithTimeRunning(tabA)).toEqual([]);
    await status.getByRole('link', { name: 'Open the copy from the Scenarios page' }).click();
    await expect(tabA.locator('main h1')).toHaveText('Scenarios');
    await status.getByRole('button', { name: 'Dismiss' }).click();
    await expect(status).toHaveCount(0);
    await tabA.getByRole('button', { name: 'Open Example Corp (copy from this tab)', exact: true }).click();
    await expect.poll(() => listedGroups(tabA)).toContain('ThirdFromA');
  });
});
