// The Scenarios page in the browser: saved scenarios are listed, created, renamed, switched, duplicated,
// deleted, exported and imported, each scenario keeps its own changes, and a reload keeps the open one.
// Each test makes the scenarios it needs on the page itself, as a learner would.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openApp, screenshot, seriousAxeViolations, storedScenarios } from './harness';

const heading = (page: Page) => page.locator('main h1');
const topBarScenario = (page: Page) => page.getByRole('banner').getByRole('link', { name: /^Scenario: / });
/** The name of the open scenario, as the top bar shows it. */
const openName = async (page: Page) => (await topBarScenario(page).innerText()).replace(/^Scenario:\s*/, '');
/** The names in the list, in its order (by name), without the "open" badge. */
const listedNames = (page: Page) =>
  page
    .locator('.data-table tbody tr td:first-child')
    .evaluateAll((cells) => cells.map((c) => c.firstChild?.textContent ?? ''));
const openBadgeRow = (page: Page) =>
  page
    .locator('.data-table tbody tr', { has: page.getByText('Open in this tab') })
    .locator('td')
    .first();
const dialog = (page: Page, name: string | RegExp) => page.getByRole('dialog', { name });
const status = (page: Page) => page.locator('main [role="status"]');
const shot = (page: Page, name: string) => screenshot(page, `scenarios-${name}`, { fullPage: false });

async function openScenariosPage(page: Page) {
  await openApp(page, '#/scenarios');
  await expect.poll(() => listedNames(page)).not.toEqual([]);
}

/** Opens a saved scenario from the list and waits for the top bar to show it. */
async function openScenario(page: Page, name: string) {
  await openScenariosPage(page);
  await page.getByRole('button', { name: `Open ${name}`, exact: true }).click();
  await expect.poll(() => openName(page)).toBe(name);
}

async function createGroup(page: Page, name: string) {
  await openApp(page, '#/groups/create');
  await page.getByRole('textbox', { name: 'User group name' }).fill(name);
  await page.getByRole('button', { name: 'Create user group' }).click();
  await expect(heading(page)).toHaveText(name);
}

async function groupNames(page: Page): Promise<string[]> {
  await openApp(page, '#/groups');
  return page.locator('.data-table tbody tr td:first-child').allInnerTexts();
}

/** On the Scenarios page: New from Example Corp, which opens the copy under its new name. */
async function newFromExampleCorp(page: Page, name = 'Example Corp (2)') {
  await page.getByRole('button', { name: 'New from Example Corp' }).click();
  await expect(status(page)).toContainText(`Created and opened “${name}”`);
}

/** On the Scenarios page: renames a scenario through its dialog. */
async function rename(page: Page, from: string, to: string) {
  await page.getByRole('button', { name: `Rename ${from}`, exact: true }).click();
  const renameDialog = dialog(page, `Rename “${from}”`);
  await renameDialog.getByRole('textbox', { name: 'Name' }).fill(to);
  await renameDialog.getByRole('button', { name: 'Rename' }).click();
  await expect(renameDialog).toHaveCount(0);
}

/** A second scenario, "Lesson 2", made from Example Corp and renamed, open, with the group LessonTwoGroup. */
async function lessonTwo(page: Page) {
  await openScenariosPage(page);
  await newFromExampleCorp(page);
  await rename(page, 'Example Corp (2)', 'Lesson 2');
  await expect.poll(() => openName(page)).toBe('Lesson 2');
  await createGroup(page, 'LessonTwoGroup');
}

/** Exports a scenario from the Scenarios page; returns the downloaded file's path. */
async function exportScenario(page: Page, name: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: `Export ${name}`, exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${name}.iam-playground.json`);
  return download.path();
}

test.describe('the Scenarios page', () => {
  test('is reached from the top bar and the side navigation, and shows the open scenario with its accounts', async ({
    page,
  }) => {
    await openApp(page);
    await topBarScenario(page).click();
    await expect(heading(page)).toHaveText('Scenarios');
    await openApp(page, '#/users');
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Scenarios' }).click();
    await expect(heading(page)).toHaveText('Scenarios');
    await expect.poll(() => listedNames(page)).toEqual(['Example Corp']);
    await expect(openBadgeRow(page)).toContainText('Example Corp');
    await expect(page.locator('.data-table tbody tr').first()).toContainText(/example-corp \(\d{4}-\d{4}-\d{4}\)/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await shot(page, 'list');
  });

  test('New from Example Corp saves a fresh copy under a new name and opens it', async ({ page }) => {
    await openScenariosPage(page);
    await newFromExampleCorp(page);
    await expect.poll(() => listedNames(page)).toEqual(['Example Corp', 'Example Corp (2)']);
    await expect(openBadgeRow(page)).toContainText('Example Corp (2)');
    expect(await openName(page)).toBe('Example Corp (2)');
  });

  test('Rename asks for the new name in a dialog and the top bar follows', async ({ page }) => {
    await openScenariosPage(page);
    await newFromExampleCorp(page);
    await page.getByRole('button', { name: 'Rename Example Corp (2)', exact: true }).click();
    const renameDialog = dialog(page, 'Rename “Example Corp (2)”');
    await renameDialog.waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await renameDialog.getByRole('textbox', { name: 'Name' }).fill('Lesson 2');
    await renameDialog.getByRole('button', { name: 'Rename' }).click();
    await expect.poll(() => listedNames(page)).toEqual(['Example Corp', 'Lesson 2']);
    await expect.poll(() => openName(page)).toBe('Lesson 2');
    await expect(renameDialog).toHaveCount(0);
  });

  test('a change made in one scenario is not in another, and is still there on switching back', async ({ page }) => {
    await lessonTwo(page);
    await openScenario(page, 'Example Corp');
    expect(await groupNames(page)).not.toContain('LessonTwoGroup');
    await openScenario(page, 'Lesson 2');
    expect(await groupNames(page)).toContain('LessonTwoGroup');
  });

  test('Duplicate saves a copy under a new name and leaves the open scenario open', async ({ page }) => {
    await lessonTwo(page);
    await openScenariosPage(page);
    await page.getByRole('button', { name: 'Duplicate Lesson 2', exact: true }).click();
    await expect.poll(() => listedNames(page)).toEqual(['Example Corp', 'Lesson 2', 'Lesson 2 (copy)']);
    await expect(openBadgeRow(page)).toContainText('Lesson 2');
  });

  test('Delete asks for confirmation; Cancel keeps the scenario and Delete removes it', async ({ page }) => {
    await lessonTwo(page);
    await openScenariosPage(page);
    await page.getByRole('button', { name: 'Duplicate Lesson 2', exact: true }).click();
    await expect.poll(() => listedNames(page)).toContain('Lesson 2 (copy)');
    await page.getByRole('button', { name: 'Delete Lesson 2 (copy)', exact: true }).click();
    const confirm = dialog(page, 'Delete “Lesson 2 (copy)”?');
    await expect(confirm).toContainText('cannot be undone');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await shot(page, 'delete-dialog');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(confirm).toHaveCount(0);
    expect(await listedNames(page)).toContain('Lesson 2 (copy)');
    await page.getByRole('button', { name: 'Delete Lesson 2 (copy)', exact: true }).click();
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => listedNames(page)).toEqual(['Example Corp', 'Lesson 2']);
    await expect(status(page)).toContainText('Deleted “Lesson 2 (copy)”');
  });

  test('Export downloads <name>.iam-playground.json in the scenario file format', async ({ page }) => {
    await lessonTwo(page);
    await openScenariosPage(page);
    const file = JSON.parse(readFileSync(await exportScenario(page, 'Lesson 2'), 'utf8'));
    expect(file).toMatchObject({ format: 'iam-playground/scenario', version: 1, name: 'Lesson 2' });
    expect(file.accounts.flatMap((a: { groups: { name: string }[] }) => a.groups.map((g) => g.name))).toContain(
      'LessonTwoGroup',
    );
  });

  test('Import adds the exported file back as a new scenario', async ({ page }) => {
    await lessonTwo(page);
    await openScenariosPage(page);
    const exported = await exportScenario(page, 'Lesson 2');
    await page.getByTestId('import-file').setInputFiles(exported);
    await expect(status(page)).toContainText('Imported “Lesson 2 (2)”');
    await expect.poll(() => listedNames(page)).toEqual(['Example Corp', 'Lesson 2', 'Lesson 2 (2)']);
  });

  test('a malformed file is refused with the line and column of the mistake, and nothing is added', async ({
    page,
  }) => {
    await openScenariosPage(page);
    const before = await listedNames(page);
    await page
      .getByTestId('import-file')
      .setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": ') });
    await expect(page.locator('main [role="alert"]')).toContainText(
      'Could not import broken.json: The scenario is not valid JSON: line 1, column 12',
    );
    expect(await listedNames(page)).toEqual(before);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await shot(page, 'import-error');
  });

  test('a reload keeps the scenario this tab has open', async ({ page }) => {
    await lessonTwo(page);
    // Autosave waits for a pause in editing: reload once the new group is saved.
    await expect
      .poll(async () => {
        const lesson = (await storedScenarios(page)).find((r) => r.name === 'Lesson 2');
        return lesson?.document.accounts.flatMap((a) => a.groups.map((g) => g.name)) ?? [];
      })
      .toContain('LessonTwoGroup');
    await page.reload();
    await page.locator('main h1').waitFor();
    await expect.poll(() => openName(page)).toBe('Lesson 2');
    expect(await groupNames(page)).toContain('LessonTwoGroup');
  });

  test('New empty account checks the typed account id, then opens one empty account acting as its root user', async ({
    page,
  }) => {
    await openScenariosPage(page);
    await page.getByRole('button', { name: 'New empty account' }).click();
    const create = dialog(page, 'New scenario with an empty account');
    await create.waitFor();
    await expect(create.getByRole('textbox', { name: 'Account ID' })).toHaveValue(/^\d{12}$/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await create.getByRole('textbox', { name: 'Name' }).fill('Sandbox');
    await create.getByRole('textbox', { name: 'Account ID' }).fill('12345');
    await create.getByRole('button', { name: 'Create and open' }).click();
    await expect(create.getByRole('alert')).toContainText('12 digits');
    await shot(page, 'new-empty-dialog');
    await create.getByRole('textbox', { name: 'Account ID' }).fill('012345678901');
    await create.getByRole('button', { name: 'Create and open' }).click();
    await expect.poll(() => openName(page)).toBe('Sandbox');
    await expect(page.getByRole('banner')).toContainText('0123-4567-8901');
    // None of the groups of the scenario open before.
    expect(await groupNames(page)).not.toContain('Developers');
  });

  test('deleting the open scenario opens the most recently saved other one', async ({ page }) => {
    // Example Corp (2) is saved after Example Corp; then a change to Example Corp saves it again, last.
    await openScenariosPage(page);
    await newFromExampleCorp(page);
    await openScenario(page, 'Example Corp');
    await createGroup(page, 'SavedLast');
    await openScenariosPage(page);
    await page.getByRole('button', { name: 'New empty account' }).click();
    const create = dialog(page, 'New scenario with an empty account');
    await create.getByRole('textbox', { name: 'Name' }).fill('Sandbox');
    await create.getByRole('button', { name: 'Create and open' }).click();
    await expect.poll(() => openName(page)).toBe('Sandbox');
    await openScenariosPage(page);
    await page.getByRole('button', { name: 'Delete Sandbox', exact: true }).click();
    const confirm = dialog(page, 'Delete “Sandbox”?');
    await expect(confirm).toContainText('It is open in this tab');
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => listedNames(page)).toEqual(['Example Corp', 'Example Corp (2)']);
    await expect.poll(() => openName(page)).toBe('Example Corp');
    await expect(status(page)).toContainText('Deleted “Sandbox”; “Example Corp” is open now.');
    await shot(page, 'after-delete');
  });
});

test.describe('another tab deletes the scenario this tab has open', () => {
  test('this tab says so, keeps its version unsaved, and can save it as a new scenario so nothing is lost; then each tab keeps its own scenario', async ({
    page,
  }) => {
    await openScenariosPage(page);
    await newFromExampleCorp(page);
    await newFromExampleCorp(page, 'Example Corp (3)');
    // Tab B starts on the scenario opened last in this browser: the one this tab has open. Deleting it
    // there opens the most recently saved other one in B, Example Corp (2).
    const tabB = await page.context().newPage();
    await openApp(tabB, '#/scenarios');
    await tabB.getByRole('button', { name: 'Delete Example Corp (3)', exact: true }).click();
    await tabB
      .getByRole('dialog', { name: 'Delete “Example Corp (3)”?' })
      .getByRole('button', { name: 'Delete' })
      .click();
    const notice = page
      .getByRole('alert')
      .filter({ has: page.getByRole('heading', { name: 'This scenario was deleted in another tab' }) });
    await expect(notice).toContainText('“Example Corp (3)” is no longer saved in this browser');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await shot(page, 'deleted-elsewhere');
    await createGroup(page, 'KeptGroup');
    await notice.getByRole('button', { name: "Save this tab's version as a new scenario" }).click();
    await expect(notice).toHaveCount(0);
    await expect.poll(() => openName(page)).toBe('Example Corp (3)');
    expect(await groupNames(page)).toContain('KeptGroup');
    const namesInB = () => listedNames(tabB);
    await expect.poll(namesInB).toEqual(['Example Corp', 'Example Corp (2)', 'Example Corp (3)']);

    // Each tab keeps the scenario it opened, also across reloads.
    await tabB.getByRole('button', { name: 'Open Example Corp', exact: true }).click();
    await expect(topBarScenario(tabB)).toHaveText(/Example Corp$/);
    await tabB.reload();
    await tabB.locator('main h1').waitFor();
    await expect(topBarScenario(tabB)).toHaveText(/Example Corp$/);
    await page.reload();
    await page.locator('main h1').waitFor();
    await expect.poll(() => openName(page)).toBe('Example Corp (3)');
    await tabB.close();
  });
});
