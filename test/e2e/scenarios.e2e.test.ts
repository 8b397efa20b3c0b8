// The Scenarios page in the browser: saved scenarios are listed, created, renamed, switched, duplicated,
// deleted, exported and imported, each scenario keeps its own changes, and a reload keeps the open one.
import { readFileSync } from 'node:fs';
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

const heading = () => page.locator('main h1').innerText();
const topBarScenario = () => page.getByRole('banner').getByRole('link', { name: /^Scenario: / });
/** The name of the open scenario, as the top bar shows it. */
const openName = async () => (await topBarScenario().innerText()).replace(/^Scenario:\s*/, '');
/** The names in the list, in its order (by name), without the "open" badge. */
const listedNames = () =>
  page
    .locator('.data-table tbody tr td:first-child')
    .evaluateAll((cells) => cells.map((c) => c.firstChild?.textContent ?? ''));
const openBadgeRow = () =>
  page
    .locator('.data-table tbody tr', { has: page.getByText('Open in this tab') })
    .locator('td')
    .first();
const dialog = (name: string | RegExp) => page.getByRole('dialog', { name });
const status = () => page.locator('main [role="status"]').innerText();
const screenshot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `scenarios-${name}.png`) });

async function openScenariosPage() {
  await openApp(page, site, '#/scenarios');
  await expect.poll(listedNames).not.toEqual([]);
}

/** Opens a saved scenario from the list and waits for the top bar to show it. */
async function openScenario(name: string) {
  await openScenariosPage();
  await page.getByRole('button', { name: `Open ${name}`, exact: true }).click();
  await expect.poll(openName).toBe(name);
}

async function createGroup(name: string) {
  await openApp(page, site, '#/groups/create');
  await page.getByRole('textbox', { name: 'User group name' }).fill(name);
  await page.getByRole('button', { name: 'Create user group' }).click();
  await expect.poll(heading).toBe(name);
}

async function groupNames(): Promise<string[]> {
  await openApp(page, site, '#/groups');
  return page.locator('.data-table tbody tr td:first-child').allInnerTexts();
}

describe('the Scenarios page', () => {
  it('is reached from the top bar and the side navigation, and shows the open scenario with its accounts', async () => {
    await topBarScenario().click();
    await expect.poll(heading).toBe('Scenarios');
    await openApp(page, site, '#/users');
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Scenarios' }).click();
    await expect.poll(heading).toBe('Scenarios');
    await expect.poll(listedNames).toEqual(['Example Corp']);
    expect(await openBadgeRow().innerText()).toContain('Example Corp');
    expect(await page.locator('.data-table tbody tr').first().innerText()).toMatch(
      /example-corp \(\d{4}-\d{4}-\d{4}\)/,
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot('list');
  });

  it('New from Example Corp saves a fresh copy under a new name and opens it', async () => {
    await page.getByRole('button', { name: 'New from Example Corp' }).click();
    await expect.poll(status).toContain('Created and opened “Example Corp (2)”');
    await expect.poll(listedNames).toEqual(['Example Corp', 'Example Corp (2)']);
    expect(await openBadgeRow().innerText()).toContain('Example Corp (2)');
    expect(await openName()).toBe('Example Corp (2)');
  });

  it('Rename asks for the new name in a dialog and the top bar follows', async () => {
    await page.getByRole('button', { name: 'Rename Example Corp (2)', exact: true }).click();
    const rename = dialog('Rename “Example Corp (2)”');
    await rename.waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await rename.getByRole('textbox', { name: 'Name' }).fill('Lesson 2');
    await rename.getByRole('button', { name: 'Rename' }).click();
    await expect.poll(listedNames).toEqual(['Example Corp', 'Lesson 2']);
    await expect.poll(openName).toBe('Lesson 2');
    expect(await rename.count()).toBe(0);
  });

  it('a change made in one scenario is not in another, and is still there on switching back', async () => {
    await createGroup('LessonTwoGroup');
    await openScenario('Example Corp');
    expect(await groupNames()).not.toContain('LessonTwoGroup');
    await openScenario('Lesson 2');
    expect(await groupNames()).toContain('LessonTwoGroup');
  });

  it('Duplicate saves a copy under a new name and leaves the open scenario open', async () => {
    await openScenariosPage();
    await page.getByRole('button', { name: 'Duplicate Lesson 2', exact: true }).click();
    await expect.poll(listedNames).toEqual(['Example Corp', 'Lesson 2', 'Lesson 2 (copy)']);
    expect(await openBadgeRow().innerText()).toContain('Lesson 2');
  });

  it('Delete asks for confirmation; Cancel keeps the scenario and Delete removes it', async () => {
    await page.getByRole('button', { name: 'Delete Lesson 2 (copy)', exact: true }).click();
    const confirm = dialog('Delete “Lesson 2 (copy)”?');
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain('cannot be undone');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot('delete-dialog');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    expect(await listedNames()).toContain('Lesson 2 (copy)');
    await page.getByRole('button', { name: 'Delete Lesson 2 (copy)', exact: true }).click();
    await dialog('Delete “Lesson 2 (copy)”?').getByRole('button', { name: 'Delete' }).click();
    await expect.poll(listedNames).toEqual(['Example Corp', 'Lesson 2']);
    await expect.poll(status).toContain('Deleted “Lesson 2 (copy)”');
  });

  let exportedPath = '';
  it('Export downloads <name>.iam-playground.json in the scenario file format', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export Lesson 2', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Lesson 2.iam-playground.json');
    exportedPath = await download.path();
    const file = JSON.parse(readFileSync(exportedPath, 'utf8'));
    expect(file).toMatchObject({ format: 'iam-playground/scenario', version: 1, name: 'Lesson 2' });
    expect(file.accounts.flatMap((a: { groups: { name: string }[] }) => a.groups.map((g) => g.name))).toContain(
      'LessonTwoGroup',
    );
  });

  it('Import adds the exported file back as a new scenario', async () => {
    await page.getByTestId('import-file').setInputFiles(exportedPath);
    await expect.poll(status).toContain('Imported “Lesson 2 (2)”');
    await expect.poll(listedNames).toEqual(['Example Corp', 'Lesson 2', 'Lesson 2 (2)']);
  });

  it('a malformed file is refused with the line and column of the mistake, and nothing is added', async () => {
    await page
      .getByTestId('import-file')
      .setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": ') });
    const alert = page.locator('main [role="alert"]');
    await expect
      .poll(() => alert.innerText())
      .toContain('Could not import broken.json: The scenario is not valid JSON: line 1, column 12');
    expect(await listedNames()).toEqual(['Example Corp', 'Lesson 2', 'Lesson 2 (2)']);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot('import-error');
  });

  it('a reload keeps the scenario this tab has open', async () => {
    await page.reload();
    await page.locator('main h1').waitFor();
    await expect.poll(openName).toBe('Lesson 2');
    expect(await groupNames()).toContain('LessonTwoGroup');
  });

  it('New empty account checks the typed account id, then opens one empty account acting as its root user', async () => {
    await openScenariosPage();
    await page.getByRole('button', { name: 'New empty account' }).click();
    const create = dialog('New scenario with an empty account');
    await create.waitFor();
    expect(await create.getByRole('textbox', { name: 'Account ID' }).inputValue()).toMatch(/^\d{12}$/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await create.getByRole('textbox', { name: 'Name' }).fill('Sandbox');
    await create.getByRole('textbox', { name: 'Account ID' }).fill('12345');
    await create.getByRole('button', { name: 'Create and open' }).click();
    await expect.poll(() => create.getByRole('alert').innerText()).toContain('12 digits');
    await screenshot('new-empty-dialog');
    await create.getByRole('textbox', { name: 'Account ID' }).fill('012345678901');
    await create.getByRole('button', { name: 'Create and open' }).click();
    await expect.poll(openName).toBe('Sandbox');
    expect(await page.getByRole('banner').innerText()).toContain('0123-4567-8901');
    expect(await groupNames()).not.toContain('LessonTwoGroup');
  });

  it('deleting the open scenario opens the most recently saved other one', async () => {
    await openScenariosPage();
    await page.getByRole('button', { name: 'Delete Sandbox', exact: true }).click();
    const confirm = dialog('Delete “Sandbox”?');
    expect(await confirm.innerText()).toContain('It is open in this tab');
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(listedNames).toEqual(['Example Corp', 'Lesson 2', 'Lesson 2 (2)']);
    await expect.poll(openName).toBe('Lesson 2 (2)');
    expect(await status()).toContain('Deleted “Sandbox”; “Lesson 2 (2)” is open now.');
    await screenshot('after-delete');
    expect(site.pageErrors()).toEqual([]);
  });
});

describe('another tab deletes the scenario this tab has open', () => {
  it('this tab says so, keeps its version unsaved, and can save it as a new scenario so nothing is lost; then each tab keeps its own scenario', async () => {
    // Tab B starts on the scenario opened last in this browser: the one this tab has open.
    const tabB = await site.newPage();
    await openApp(tabB, site, '#/scenarios');
    await tabB.getByRole('button', { name: 'Delete Lesson 2 (2)', exact: true }).click();
    await tabB.getByRole('dialog', { name: 'Delete “Lesson 2 (2)”?' }).getByRole('button', { name: 'Delete' }).click();
    const notice = page
      .getByRole('alert')
      .filter({ has: page.getByRole('heading', { name: 'This scenario was deleted in another tab' }) });
    await notice.waitFor();
    expect(await notice.innerText()).toContain('“Lesson 2 (2)” is no longer saved in this browser');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot('deleted-elsewhere');
    await createGroup('KeptGroup');
    await notice.getByRole('button', { name: "Save this tab's version as a new scenario" }).click();
    await expect.poll(() => notice.count()).toBe(0);
    await expect.poll(openName).toBe('Lesson 2 (2)');
    expect(await groupNames()).toContain('KeptGroup');
    const namesInB = () =>
      tabB
        .locator('.data-table tbody tr td:first-child')
        .evaluateAll((cells) => cells.map((c) => c.firstChild?.textContent ?? ''));
    await expect.poll(namesInB).toEqual(['Example Corp', 'Lesson 2', 'Lesson 2 (2)']);

    // Each tab keeps the scenario it opened, also across reloads.
    await tabB.getByRole('button', { name: 'Open Example Corp', exact: true }).click();
    const openInB = () =>
      tabB
        .getByRole('banner')
        .getByRole('link', { name: /^Scenario: / })
        .innerText();
    await expect.poll(openInB).toMatch(/Example Corp$/);
    await tabB.reload();
    await tabB.locator('main h1').waitFor();
    await expect.poll(openInB).toMatch(/Example Corp$/);
    await page.reload();
    await page.locator('main h1').waitFor();
    await expect.poll(openName).toBe('Lesson 2 (2)');
    await tabB.close();
    expect(site.pageErrors()).toEqual([]);
  });
});
