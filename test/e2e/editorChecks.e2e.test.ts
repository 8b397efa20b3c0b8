// The policy editor's catalogue checks and the summary's Principal column in headless Chromium: an unknown
// action typed into the editor is listed under Problems once the catalogue has loaded, a long policy's
// problems list grows and then scrolls without shrinking the editor, and a role's trust policy summary
// names who may assume the role, with its condition on that row.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openApp, pasteIntoEditor, screenshot, seriousAxeViolations } from './harness';

const problems = (page: Page) => page.getByRole('list', { name: 'Problems' });
const status = (page: Page) => page.locator('.editor-status');

/** Opens Create policy and pastes a document into its editor. */
async function createPolicyWith(page: Page, text: string) {
  await openApp(page, '#/policies/create');
  await pasteIntoEditor(page, page.locator('.monaco-editor').first(), text);
}

test.describe('the policy editor checks actions against the service catalogue', () => {
  test('warns about an action that Amazon S3 does not have and a service prefix that does not exist', async ({
    page,
  }) => {
    await createPolicyWith(
      page,
      '{\n  "Version": "2012-10-17",\n  "Statement": [{\n    "Effect": "Allow",\n    "Action": ["s3:GetObjekt", "foo:Bar"],\n    "Resource": "*"\n  }]\n}',
    );
    await expect(problems(page)).toContainText('foo is not a known service prefix');
    await expect(problems(page)).toContainText(
      /warning\s+Ln 5, Col 16: s3:GetObjekt is not an action of Amazon S3; did you mean s3:GetObject\?/i,
      { useInnerText: true },
    );
    await expect(problems(page)).toContainText(/warning\s+Ln 5, Col 32: foo is not a known service prefix/i, {
      useInnerText: true,
    });
    await expect(status(page)).toHaveText('0 errors, 2 warnings');
    await page.locator('.view-overlays .squiggly-warning').first().waitFor();
    await screenshot(page, 'editor-unknown-action');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});

test.describe('the problems list of a long policy', () => {
  /** A policy whose Action lists `count` unknown service prefixes, one a line: one warning each. */
  const unknownServices = (count: number) => {
    const actions = Array.from({ length: count }, (_, i) => `      "zz${i}:Bar"`).join(',\n');
    return `{\n  "Version": "2012-10-17",\n  "Statement": [{\n    "Effect": "Allow",\n    "Action": [\n${actions}\n    ],\n    "Resource": "*"\n  }]\n}`;
  };
  /** The list's visible and full heights, and the editor's height. */
  const heights = (page: Page) =>
    page.evaluate(() => {
      const list = document.querySelector('.problems')!;
      return {
        visible: list.clientHeight,
        full: list.scrollHeight,
        editor: document.querySelector('.editor-host')!.getBoundingClientRect().height,
      };
    });

  test('grows to show ten problems at once, with the editor at its full height', async ({ page }) => {
    await createPolicyWith(page, unknownServices(10));
    await expect(status(page)).toHaveText('0 errors, 10 warnings');
    await expect(problems(page).getByRole('listitem')).toHaveCount(10);
    const { visible, full, editor } = await heights(page);
    expect(full).toBeLessThanOrEqual(visible);
    expect(editor).toBe(440);
    await screenshot(page, 'editor-ten-problems');
  });

  test('scrolls inside the list when there are more problems than fit, and every one stays reachable', async ({
    page,
  }) => {
    await createPolicyWith(page, unknownServices(40));
    await expect(status(page)).toHaveText('0 errors, 40 warnings');
    const { visible, full, editor } = await heights(page);
    expect(full).toBeGreaterThan(visible);
    expect(visible).toBeLessThanOrEqual(360);
    expect(editor).toBe(440);
    const last = problems(page).getByRole('button', { name: /zz39 is not a known service prefix/ });
    await last.scrollIntoViewIfNeeded();
    await expect(last).toBeVisible();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});

test.describe('the summary of a trust policy', () => {
  test('names who may assume the role, next to the condition of that statement', async ({ page }) => {
    await openApp(page, '#/roles/SecurityAuditor/trust');
    const summary = page.locator('table.summary-table');
    await expect(summary).toContainText(/Principal/);
    await expect(summary.locator('tbody tr').first()).toContainText(
      /AWS Security Token Service[\s\S]*AWS account \d{12}[\s\S]*All resources[\s\S]*aws:MultiFactorAuthPresent Bool true/,
      { useInnerText: true },
    );
    await screenshot(page, 'trust-policy-summary');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
