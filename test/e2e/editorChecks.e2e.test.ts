// The policy editor's catalogue checks and the summary's Principal column in headless Chromium: an unknown
// action typed into the editor is listed under Problems once the catalogue has loaded, a long policy's
// problems list grows and then scrolls without shrinking the editor, and a role's trust policy summary
// names who may assume the role, with its condition on that row.
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

const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

describe('the policy editor checks actions against the service catalogue', () => {
  it('warns about an action that Amazon S3 does not have and a service prefix that does not exist', async () => {
    await openApp(page, site, '#/policies/create');
    const editor = page.locator('.monaco-editor').first();
    await pasteIntoEditor(
      page,
      editor,
      '{\n  "Version": "2012-10-17",\n  "Statement": [{\n    "Effect": "Allow",\n    "Action": ["s3:GetObjekt", "foo:Bar"],\n    "Resource": "*"\n  }]\n}',
    );
    const problems = page.getByRole('list', { name: 'Problems' });
    await expect
      .poll(() => problems.innerText().catch(() => ''), { timeout: 10_000 })
      .toContain('foo is not a known service prefix');
    const text = await problems.innerText();
    expect(text).toMatch(
      /warning\s+Ln 5, Col 16: s3:GetObjekt is not an action of Amazon S3; did you mean s3:GetObject\?/i,
    );
    expect(text).toMatch(/warning\s+Ln 5, Col 32: foo is not a known service prefix/i);
    expect(await page.locator('.editor-status').innerText()).toBe('0 errors, 2 warnings');
    await page.locator('.view-overlays .squiggly-warning').first().waitFor();
    await shot('editor-unknown-action');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});

describe('the problems list of a long policy', () => {
  /** A policy whose Action lists `count` unknown service prefixes, one a line: one warning each. */
  const unknownServices = (count: number) => {
    const actions = Array.from({ length: count }, (_, i) => `      "zz${i}:Bar"`).join(',\n');
    return `{\n  "Version": "2012-10-17",\n  "Statement": [{\n    "Effect": "Allow",\n    "Action": [\n${actions}\n    ],\n    "Resource": "*"\n  }]\n}`;
  };
  const problems = () => page.getByRole('list', { name: 'Problems' });
  /** The list's visible and full heights, and the editor's height. */
  const heights = () =>
    page.evaluate(() => {
      const list = document.querySelector('.problems')!;
      return {
        visible: list.clientHeight,
        full: list.scrollHeight,
        editor: document.querySelector('.editor-host')!.getBoundingClientRect().height,
      };
    });

  it('grows to show ten problems at once, with the editor at its full height', async () => {
    await openApp(page, site, '#/policies/create');
    await pasteIntoEditor(page, page.locator('.monaco-editor').first(), unknownServices(10));
    await expect
      .poll(() => page.locator('.editor-status').innerText(), { timeout: 10_000 })
      .toBe('0 errors, 10 warnings');
    await expect.poll(() => problems().getByRole('listitem').count()).toBe(10);
    const { visible, full, editor } = await heights();
    expect(full).toBeLessThanOrEqual(visible);
    expect(editor).toBe(440);
    await shot('editor-ten-problems');
  });

  it('scrolls inside the list when there are more problems than fit, and every one stays reachable', async () => {
    await pasteIntoEditor(page, page.locator('.monaco-editor').first(), unknownServices(40));
    await expect
      .poll(() => page.locator('.editor-status').innerText(), { timeout: 10_000 })
      .toBe('0 errors, 40 warnings');
    const { visible, full, editor } = await heights();
    expect(full).toBeGreaterThan(visible);
    expect(visible).toBeLessThanOrEqual(360);
    expect(editor).toBe(440);
    const last = problems().getByRole('button', { name: /zz39 is not a known service prefix/ });
    await last.scrollIntoViewIfNeeded();
    expect(await last.isVisible()).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});

describe('the summary of a trust policy', () => {
  it('names who may assume the role, next to the condition of that statement', async () => {
    await openApp(page, site, '#/roles/SecurityAuditor/trust');
    const summary = page.locator('table.summary-table');
    await expect.poll(() => summary.innerText().catch(() => ''), { timeout: 10_000 }).toMatch(/Principal/);
    const row = summary.locator('tbody tr').first();
    expect(await row.innerText()).toMatch(
      /AWS Security Token Service[\s\S]*AWS account \d{12}[\s\S]*All resources[\s\S]*aws:MultiFactorAuthPresent Bool true/,
    );
    await shot('trust-policy-summary');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});

describe('privacy', () => {
  it('no request left localhost and no page threw', () => {
    expect(site.offsiteRequests()).toEqual([]);
    expect(site.pageErrors()).toEqual([]);
  });
});
