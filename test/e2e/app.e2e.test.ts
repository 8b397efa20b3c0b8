// The app in headless Chromium: it loads, navigates by mouse and keyboard, the policy editor shows
// parser markers and IAM completion, every page passes axe, and no request leaves localhost.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Site } from './harness';
import { SCREENSHOTS, openApp, pasteIntoEditor, seriousAxeViolations, useSitePage } from './harness';

let site: Site;
let page: Page;

useSitePage((s, p) => {
  site = s;
  page = p;
});

const heading = () => page.locator('main h1');
// Full-page shots resize the viewport, which closes Monaco's widgets; `viewportOnly` keeps them.
const shot = (name: string, viewportOnly = false) =>
  page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: !viewportOnly });

/** The editor's visible text (Monaco renders spaces as no-break spaces). */
const editorText = async () => (await page.locator('.view-lines').first().innerText()).replace(/\u00a0/g, ' ');

/** Opens the policy editor and replaces its text by pasting it (no auto-indent or auto-closing). */
async function editorWithText(text: string) {
  await page.goto(`${site.url}#/policies/create`);
  const editor = page.locator('.monaco-editor').first();
  await editor.waitFor();
  // Going to the same hash does not reload the page, so reset what an earlier test may have changed.
  await page.getByRole('combobox', { name: 'Policy type' }).selectOption('identity');
  await pasteIntoEditor(page, editor, text);
  await expect.poll(() => editorText()).toContain(text.split('\n').at(-1)!.trim());
}

describe('the app shell', () => {
  it('loads on the Example Corp dashboard with the account and the acting identity in the top bar', async () => {
    await page.goto(site.url);
    await expect.poll(() => heading().textContent()).toBe('IAM dashboard');
    const topBar = await page.locator('header.top-bar').innerText();
    expect(topBar).toContain('1234-5678-9012');
    expect(topBar).toContain('Nikki');
    await shot('dashboard');
  });

  it('saves the built-in scenario in the browser on first use and opens it again after a reload', async () => {
    await page.goto(site.url);
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            new Promise<string[]>((done, fail) => {
              const open = indexedDB.open('iam-playground');
              open.onerror = () => fail(open.error);
              open.onsuccess = () => {
                const db = open.result;
                if (!db.objectStoreNames.contains('scenarios')) return done([]);
                const all = db.transaction('scenarios').objectStore('scenarios').getAll();
                all.onsuccess = () => done(all.result.map((r: { name: string }) => r.name));
              };
            }),
        ),
      )
      .toEqual(['Example Corp']);
    await page.reload();
    await expect.poll(() => page.locator('header.top-bar').innerText()).toContain('Example Corp');
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('navigates with the mouse: nav link, then a list row, then a detail tab', async () => {
    await page.goto(site.url);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Users', exact: true }).click();
    await expect.poll(() => heading().textContent()).toBe('Users');
    expect(new URL(page.url()).hash).toBe('#/users');
    await shot('users');
    const firstUser = page.locator('main table tbody tr a').first();
    const name = await firstUser.textContent();
    await firstUser.click();
    await expect.poll(() => heading().textContent()).toBe(name);
    await page.getByRole('tab', { name: /^Groups/ }).click();
    await expect.poll(() => page.getByRole('tab', { selected: true }).textContent()).toMatch(/^Groups/);
  });

  it('navigates with the keyboard: Tab reaches a nav link, Enter opens it and focus moves to the page heading', async () => {
    await page.goto(site.url);
    await expect.poll(() => heading().textContent()).toBe('IAM dashboard');
    let focused = '';
    for (let i = 0; i < 30 && focused !== 'Roles'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    }
    expect(focused).toBe('Roles');
    await page.keyboard.press('Enter');
    await expect.poll(() => heading().textContent()).toBe('Roles');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  });

  it('moves between detail tabs with the arrow keys (the ARIA tabs pattern)', async () => {
    const role = await page.locator('main table tbody tr a').first().textContent();
    await page.goto(`${site.url}#/roles/${encodeURIComponent(role!)}`);
    await page.getByRole('tab', { selected: true }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByRole('tab', { selected: true }).textContent()).toBe('Trust relationships');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Trust relationships');
  });

  it('filters and sorts a list', async () => {
    await page.goto(`${site.url}#/policies`);
    const count = page.locator('main h2 .count').first();
    const before = Number((await count.innerText()).replace(/\D/g, ''));
    await page.getByRole('searchbox', { name: 'Filter policies' }).fill('ReadOnly');
    // The count reads "(matching of all)".
    await expect.poll(async () => Number((await count.innerText()).match(/\d+/)![0])).toBeLessThan(before);
    const names = await page.locator('main table tbody tr td:first-child').allTextContents();
    expect(names.every((n) => n.toLowerCase().includes('readonly'))).toBe(true);
    await page.getByRole('button', { name: /Policy name/ }).click();
    const sorted = await page.locator('main table tbody tr td:first-child').allTextContents();
    expect(sorted).toEqual(
      [...sorted].sort((a, b) => b.localeCompare(a, undefined, { sensitivity: 'base', numeric: true })),
    );
  });
});

describe('the policy editor', () => {
  it('shows a marker for malformed JSON at the right line', async () => {
    // Line 4 lacks the comma after "Allow".
    await editorWithText(
      '{\n  "Version": "2012-10-17",\n  "Statement": [{\n    "Effect": "Allow"\n    "Action": "s3:GetObject",\n    "Resource": "*"\n  }]\n}',
    );
    const squiggle = page.locator('.view-overlays .squiggly-error').first();
    await squiggle.waitFor();
    const lineHeight = await page
      .locator('.view-line')
      .first()
      .evaluate((e) => e.getBoundingClientRect().height);
    const linesTop = await page
      .locator('.view-lines')
      .first()
      .evaluate((e) => e.getBoundingClientRect().top);
    const top = await squiggle.evaluate((e) => e.getBoundingClientRect().top);
    const line = Math.round((top - linesTop) / lineHeight) + 1;
    // The comma is missing at the end of line 4; JSON parsers report the token after it, on line 5.
    expect(line).toBe(5);
    await expect
      .poll(() => page.getByRole('list', { name: 'Problems' }).innerText())
      .toMatch(/Ln 5, Col 5: invalid JSON/);
    await shot('editor-malformed');
  });

  it('completes s3:GetObject among the actions of the service being typed', async () => {
    // One line: typed newlines would be auto-indented; the editor auto-closes the quote and brackets.
    await editorWithText('{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObj');
    await page.keyboard.press('Control+Space');
    const option = page.locator('.suggest-widget .monaco-list-row', { hasText: 's3:GetObject' }).first();
    await option.waitFor();
    await expect.poll(() => option.innerText()).toContain('s3:GetObject');
    await shot('editor-completion', true);
    await page.keyboard.press('Enter');
    await expect.poll(() => editorText()).toContain('"Action": "s3:GetObject');
  });

  it('shows hover documentation for an action: description, access level and resource types', async () => {
    await editorWithText(
      '{\n  "Version": "2012-10-17",\n  "Statement": [{\n    "Effect": "Allow",\n    "Action": "s3:GetObject",\n    "Resource": "*"\n  }]\n}',
    );
    // Hover the string token itself (Monaco renders each token as an .mtk* span). Under load a first
    // hover can be missed while the editor still lays out, so the poll hovers again while none shows.
    const token = page.locator('.view-line [class^="mtk"]', { hasText: 's3:GetObject' }).first();
    const hover = page.locator('.monaco-hover-content').first();
    await expect
      .poll(
        async () => {
          if (!(await hover.isVisible())) await token.hover();
          return hover.innerText({ timeout: 2_000 }).catch(() => '');
        },
        { timeout: 30_000 },
      )
      .toContain('Grants permission to retrieve objects');
    expect(await hover.innerText()).toMatch(/s3:GetObject — Read[\s\S]*Resource types:.*\bobject\b/);
    await shot('editor-hover', true);
  });

  it('formats the document with the Format button', async () => {
    await editorWithText('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}');
    await page.getByRole('button', { name: 'Format' }).click();
    await expect.poll(() => editorText()).toContain('\n  "Version": "2012-10-17",\n  "Statement": [');
  });

  it('re-checks the document when the policy type changes: a trust policy needs a Principal', async () => {
    await editorWithText(
      '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*"}]}',
    );
    await expect.poll(() => page.locator('.editor-status').innerText()).toBe('No problems');
    await page.getByRole('combobox', { name: 'Policy type' }).selectOption('trust');
    await expect
      .poll(() =>
        page
          .getByRole('list', { name: 'Problems' })
          .innerText()
          .catch(() => ''),
      )
      .toMatch(/error[\s\S]*Principal/i);
  });

  it('summarizes the policy like the console', async () => {
    await editorWithText('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}');
    const summary = page.locator('table.summary-table');
    await expect.poll(() => summary.innerText()).toMatch(/Amazon S3\s+Full access\s+All resources/);
    await shot('editor-summary');
  });
});

const PAGES = [
  '#/dashboard',
  '#/users',
  '#/users/Nikki',
  '#/users/Nikki/credentials',
  '#/groups',
  '#/roles',
  '#/policies',
  `#/policies/${encodeURIComponent('arn:aws:iam::aws:policy/AdministratorAccess')}`,
  '#/policies/create',
  '#/identity-providers',
  '#/account-settings',
  '#/organization',
  '#/resources',
  '#/simulator',
];

describe('accessibility', () => {
  it.each(PAGES)('%s has no serious or critical axe-core violations', async (hash) => {
    await openApp(page, site, hash);
    if (hash.endsWith('create')) await page.locator('.monaco-editor').first().waitFor();
    await shot(`page-${hash.slice(2).replace(/[^a-z0-9]+/gi, '-') || 'dashboard'}`);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});

describe('privacy', () => {
  it('no request left localhost and no page threw', () => {
    expect(site.requests().length).toBeGreaterThan(0);
    expect(site.offsiteRequests()).toEqual([]);
    expect(site.pageErrors()).toEqual([]);
  });
});
