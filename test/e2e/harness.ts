// What browser tests do to the app, as a person would (open a page, act as another user, paste into an
// editor), plus the accessibility check, named screenshots, and reading or seeding the scenario the app
// has saved in IndexedDB. Storage names come from src/storage, so a renamed store fails here loudly.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import type { Scenario } from '../../src/model';
import type { ScenarioRecord } from '../../src/storage';
import { DB_NAME, SCENARIOS } from '../../src/storage/keys';
import { expect } from './fixtures';
import { ROOT } from './site';

/** Where browser tests write their named screenshots (ignored by git); look at them after a UI change. */
export const SCREENSHOTS = join(ROOT, 'test-results', 'e2e');

/** Saves a screenshot as test-results/e2e/<name>.png (the whole page unless `fullPage: false`). */
export async function screenshot(page: Page, name: string, { fullPage = true } = {}): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });
}

/** The serious and critical axe-core violations on the page (or within `include`), as `rule: targets`. */
export async function seriousAxeViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const { violations } = await (include ? builder.include(include) : builder).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Opens the app at a hash route (default: the start page) and waits until the page shows its heading. */
export async function openApp(page: Page, route = ''): Promise<void> {
  // The heading is the sign of a loaded page; the load event would also wait for what the page fetches
  // lazily (a second or more per test under load).
  await page.goto(route === '' ? './' : `./${route}`, { waitUntil: 'commit' });
  await page.locator('main h1').waitFor();
}

/** The identity menu's button in the top bar; its text names the acting identity. */
export const identityMenu = (page: Page): Locator => page.getByRole('button', { name: /^Identity menu/ });

/** Acts as an IAM user through the identity menu (with or without MFA), as a person switches in the top bar. */
export async function actAsIamUser(page: Page, name: string, withMfa: boolean): Promise<void> {
  const identityPanel = page.getByRole('region', { name: 'Identity' });
  await identityMenu(page).click();
  await identityPanel.getByRole('checkbox', { name: 'Users with an MFA device sign in with it' }).setChecked(withMfa);
  await identityPanel.getByRole('button', { name: `IAM user ${name}`, exact: true }).click();
  await expect(identityMenu(page)).toHaveText(`${name} @ example-corp`);
}

/** On a page the acting identity may not read, chooses the learner's view to see (and act on) it anyway. */
export async function showPageAnyway(page: Page): Promise<void> {
  await page.getByRole('button', { name: "Show pages anyway (learner's view)" }).click();
  await page.getByRole('note').filter({ hasText: "Learner's view" }).waitFor();
}

/** Replaces the text of a Monaco editor by pasting it (typing would be auto-indented and auto-closed). */
export async function pasteIntoEditor(page: Page, editor: Locator, text: string): Promise<void> {
  await editor.waitFor();
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.evaluate((pasted) => navigator.clipboard.writeText(pasted), text);
  await page.keyboard.press('Control+V');
}

/** The visible text of a Monaco editor's lines (Monaco renders spaces as no-break spaces). */
export async function editorText(editor: Locator): Promise<string> {
  return (await editor.locator('.view-lines').first().innerText()).replace(/\u00a0/g, ' ');
}

/** The scenario records the app has saved in this test's IndexedDB (none before its first save). */
export function storedScenarios(page: Page): Promise<ScenarioRecord[]> {
  return page.evaluate(
    ({ database, store }) =>
      new Promise<ScenarioRecord[]>((done, fail) => {
        const open = indexedDB.open(database);
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(store)) return done([]);
          const all = db.transaction(store).objectStore(store).getAll();
          all.onsuccess = () => done(all.result);
          all.onerror = () => fail(all.error);
        };
      }),
    { database: DB_NAME, store: SCENARIOS },
  );
}

/**
 * Seeds state the UI cannot make (or that another test already makes through the UI): opens the app,
 * waits for its first save of the built-in scenario, changes that record as earlier actions would have,
 * and reloads the app on it. Ends on the start page.
 */
export async function seedScenario(page: Page, edit: (document: Scenario) => void): Promise<void> {
  await openApp(page);
  await expect.poll(async () => (await storedScenarios(page)).length).toBe(1);
  const [record] = await storedScenarios(page);
  edit(record.document);
  await page.evaluate(
    ({ database, store, changed }) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open(database);
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(store, 'readwrite');
          tx.objectStore(store).put(changed);
          tx.oncomplete = () => done();
          tx.onerror = () => fail(tx.error);
        };
      }),
    { database: DB_NAME, store: SCENARIOS, changed: { ...record, revision: record.revision + 1 } },
  );
  await page.reload();
  await page.locator('main h1').waitFor();
}
