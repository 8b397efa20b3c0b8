// Fast typing in the policy editor, in headless Chromium: the page's state lags a few keystrokes behind
// the editor, and an echo of an older text must never replace what was typed since (a reviewer saw the
// cursor jump to the start and characters land there at 30–50 ms per key).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Site } from './harness';
import { openApp, useSitePage } from './harness';

let site: Site;
let page: Page;

useSitePage(async (s, p) => {
  site = s;
  page = p;
});

const editorText = async () => (await page.locator('.view-lines').first().innerText()).replace(/\u00a0/g, ' ');

describe('policy editor typing', () => {
  it.each([15, 40])('keeps every character in place when typing at %i ms per key', async (delay) => {
    await openApp(page, site, '#/policies/create');
    await page.locator('.monaco-editor').first().waitFor();
    await page.locator('.view-line', { hasText: '"Action"' }).first().click();
    await page.keyboard.press('End');
    await page.keyboard.press('Escape');
    const typed = ' "s3:PutObject", "dynamodb:GetItem", "sqs:SendMessage"';
    await page.keyboard.type(typed, { delay });
    await expect.poll(editorText).toContain(typed.trim());
    const lines = (await editorText()).split('\n');
    // The text before the Action line is untouched: nothing was typed at the start of the document.
    expect(lines[0].trim()).toBe('{');
    expect(site.pageErrors()).toEqual([]);
  });
});
