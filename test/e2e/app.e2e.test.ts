// The app in headless Chromium: it loads, navigates by mouse and keyboard, the policy editor shows
// parser markers and IAM completion, and every page passes axe. (That no request leaves localhost and no
// page throws is checked after every test by the fixture.)
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { editorText, openApp, pasteIntoEditor, screenshot, seriousAxeViolations, storedScenarios } from './harness';

const heading = (page: Page) => page.locator('main h1');
const policyEditor = (page: Page) => page.locator('.monaco-editor').first();

/** Opens the policy editor and replaces its text by pasting it (no auto-indent or auto-closing). */
async function editorWithText(page: Page, text: string) {
  await openApp(page, '#/policies/create');
  await pasteIntoEditor(page, policyEditor(page), text);
  await expect.poll(() => editorText(policyEditor(page))).toContain(text.split('\n').at(-1)!.trim());
}

test.describe('the app shell', () => {
  test('loads on the Example Corp dashboard with the account and the acting identity in the top bar', async ({
    page,
  }) => {
    await page.goto('./');
    await expect(heading(page)).toHaveText('IAM dashboard');
    const topBar = page.locator('header.top-bar');
    await expect(topBar).toContainText('1234-5678-9012');
    await expect(topBar).toContainText('Nikki');
    await screenshot(page, 'dashboard');
  });

  test('saves the built-in scenario in the browser on first use and opens it again after a reload', async ({
    page,
  }) => {
    await page.goto('./');
    await expect.poll(async () => (await storedScenarios(page)).map((r) => r.name)).toEqual(['Example Corp']);
    await page.reload();
    await expect(page.locator('header.top-bar')).toContainText('Example Corp');
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('navigates with the mouse: nav link, then a list row, then a detail tab', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Users', exact: true }).click();
    await expect(heading(page)).toHaveText('Users');
    await expect(page).toHaveURL(/#\/users$/);
    await screenshot(page, 'users');
    const firstUser = page.locator('main table tbody tr a').first();
    const name = (await firstUser.textContent())!;
    await firstUser.click();
    await expect(heading(page)).toHaveText(name);
    await page.getByRole('tab', { name: /^Groups/ }).click();
    await expect(page.getByRole('tab', { selected: true })).toHaveText(/^Groups/);
  });

  test('navigates with the keyboard: Tab reaches a nav link, Enter opens it and focus moves to the page heading', async ({
    page,
  }) => {
    await page.goto('./');
    await expect(heading(page)).toHaveText('IAM dashboard');
    let focused = '';
    for (let i = 0; i < 30 && focused !== 'Roles'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    }
    expect(focused).toBe('Roles');
    await page.keyboard.press('Enter');
    await expect(heading(page)).toHaveText('Roles');
    await expect(heading(page)).toBeFocused();
  });

  test('moves between detail tabs with the arrow keys (the ARIA tabs pattern)', async ({ page }) => {
    await openApp(page, '#/roles');
    await page.locator('main table tbody tr a').first().click();
    await page.getByRole('tab', { selected: true }).focus();
    await page.keyboard.press('ArrowRight');
    const selected = page.getByRole('tab', { selected: true });
    await expect(selected).toHaveText('Trust relationships');
    await expect(selected).toBeFocused();
  });

  test('filters and sorts a list', async ({ page }) => {
    await openApp(page, '#/policies');
    const count = page.locator('main h2 .count').first();
    const before = Number((await count.innerText()).replace(/\D/g, ''));
    await page.getByRole('searchbox', { name: 'Filter policies' }).fill('ReadOnly');
    // The count reads "(matching of all)".
    await expect.poll(async () => Number((await count.innerText()).match(/\d+/)![0])).toBeLessThan(before);
    const names = page.locator('main table tbody tr td:first-child');
    await expect.poll(async () => (await names.allTextContents()).every((n) => /readonly/i.test(n))).toBe(true);
    await page.getByRole('button', { name: /Policy name/ }).click();
    await expect
      .poll(async () => {
        const sorted = await names.allTextContents();
        const expected = [...sorted].sort((a, b) =>
          b.localeCompare(a, undefined, { sensitivity: 'base', numeric: true }),
        );
        return sorted.join('|') === expected.join('|');
      })
      .toBe(true);
  });
});

test.describe('the policy editor', () => {
  test('shows a marker for malformed JSON at the right line', async ({ page }) => {
    // Line 4 lacks the comma after "Allow".
    await editorWithText(
      page,
      '{\n  "Version": "2012-10-17",\n  "Statement": [{\n    "Effect": "Allow"\n    "Action": "s3:GetObject",\n    "Resource": "*"\n  }]\n}',
    );
    const squiggle = page.locator('.view-overlays .squiggly-error').first();
    await squiggle.waitFor();
    const line = async () => {
      const lineHeight = await page
        .locator('.view-line')
        .first()
        .evaluate((e) => e.getBoundingClientRect().height);
      const linesTop = await page
        .locator('.view-lines')
        .first()
        .evaluate((e) => e.getBoundingClientRect().top);
      const top = await squiggle.evaluate((e) => e.getBoundingClientRect().top);
      return Math.round((top - linesTop) / lineHeight) + 1;
    };
    // The comma is missing at the end of line 4; JSON parsers report the token after it, on line 5.
    await expect.poll(line).toBe(5);
    await expect(page.getByRole('list', { name: 'Problems' })).toContainText(/Ln 5, Col 5: invalid JSON/);
    await screenshot(page, 'editor-malformed');
  });

  test('completes s3:GetObject among the actions of the service being typed', async ({ page }) => {
    // One line: typed newlines would be auto-indented; the editor auto-closes the quote and brackets.
    await editorWithText(page, '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObj');
    await page.keyboard.press('Control+Space');
    const option = page.locator('.suggest-widget .monaco-list-row', { hasText: 's3:GetObject' }).first();
    await expect(option).toContainText('s3:GetObject');
    // Full-page shots resize the viewport, which closes Monaco's widgets: a viewport shot keeps them.
    await screenshot(page, 'editor-completion', { fullPage: false });
    await page.keyboard.press('Enter');
    await expect.poll(() => editorText(policyEditor(page))).toContain('"Action": "s3:GetObject');
  });

  test('shows hover documentation for an action: description, access level and resource types', async ({ page }) => {
    await editorWithText(
      page,
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
    await expect(hover).toContainText(/s3:GetObject — Read[\s\S]*Resource types:.*\bobject\b/, { useInnerText: true });
    await screenshot(page, 'editor-hover', { fullPage: false });
  });

  test('formats the document with the Format button', async ({ page }) => {
    await editorWithText(
      page,
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}',
    );
    await page.getByRole('button', { name: 'Format' }).click();
    await expect.poll(() => editorText(policyEditor(page))).toContain('\n  "Version": "2012-10-17",\n  "Statement": [');
  });

  test('re-checks the document when the policy type changes: a trust policy needs a Principal', async ({ page }) => {
    await editorWithText(
      page,
      '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*"}]}',
    );
    await expect(page.locator('.editor-status')).toHaveText('No problems');
    await page.getByRole('combobox', { name: 'Policy type' }).selectOption('trust');
    await expect(page.getByRole('list', { name: 'Problems' })).toContainText(/error[\s\S]*Principal/i);
  });

  test('summarizes the policy like the console', async ({ page }) => {
    await editorWithText(
      page,
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}',
    );
    await expect(page.locator('table.summary-table')).toContainText(/Amazon S3\s+Full access\s+All resources/, {
      useInnerText: true,
    });
    await screenshot(page, 'editor-summary');
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

test.describe('accessibility', () => {
  for (const hash of PAGES) {
    test(`${hash} has no serious or critical axe-core violations`, async ({ page }) => {
      await openApp(page, hash);
      if (hash.endsWith('create')) await policyEditor(page).waitFor();
      await screenshot(page, `page-${hash.slice(2).replace(/[^a-z0-9]+/gi, '-') || 'dashboard'}`);
      expect(await seriousAxeViolations(page)).toEqual([]);
    });
  }
});
