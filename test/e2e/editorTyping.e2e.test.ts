// Fast typing in the policy editor, in headless Chromium: the page's state lags a few keystrokes behind
// the editor, and an echo of an older text must never replace what was typed since (a reviewer saw the
// cursor jump to the start and characters land there at 30–50 ms per key).
import { expect, test } from './fixtures';
import { editorText, openApp } from './harness';

test.describe('policy editor typing', () => {
  for (const delay of [15, 40]) {
    test(`keeps every character in place when typing at ${delay} ms per key`, async ({ page }) => {
      await openApp(page, '#/policies/create');
      const editor = page.locator('.monaco-editor').first();
      await editor.waitFor();
      await page.locator('.view-line', { hasText: '"Action"' }).first().click();
      await page.keyboard.press('End');
      await page.keyboard.press('Escape');
      const typed = ' "s3:PutObject", "dynamodb:GetItem", "sqs:SendMessage"';
      await page.keyboard.type(typed, { delay });
      await expect.poll(() => editorText(editor)).toContain(typed.trim());
      // The text before the Action line is untouched: nothing was typed at the start of the document.
      expect((await editorText(editor)).split('\n')[0].trim()).toBe('{');
    });
  }
});
