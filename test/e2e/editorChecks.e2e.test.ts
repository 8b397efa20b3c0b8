// The policy editor's catalogue checks and the summary's Principal column in headless Chromium: an unknown
// action typed into the editor is listed under Problems once the catalogue has loaded, and a role's trust
// policy summary names who may assume the role, with its condition on that row.
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
    await pasteIntoEditor(page, editor,
      '{\n  "Version": "2012-10-17",\n  "Statement": [{\n    "Effect": "Allow",\n    "Action": ["s3:GetObjekt", "foo:Bar"],\n    "Resource": "*"\n  }]\n}');
    const problems = page.getByRole('list', { name: 'Problems' });
    await expect.poll(() => problems.innerText().catch(() => ''), { timeout: 10_000 }).toContain('foo is not a known service prefix');
    const text = await problems.innerText();
    expect(text).toMatch(/warning\s+Ln 5, Col 16: s3:GetObjekt is not an action of Amazon S3; did you mean s3:GetObject\?/i);
    expect(text).toMatch(/warning\s+Ln 5, Col 32: foo is not a known service prefix/i);
    expect(await page.locator('.editor-status').innerText()).toBe('0 errors, 2 warnings');
    await page.locator('.view-overlays .squiggly-warning').first().waitFor();
    await shot('editor-unknown-action');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});

describe('the summary of a trust policy', () => {
  it('names who may assume the role, next to the condition of that statement', async () => {
    await openApp(page, site, '#/roles/SecurityAuditor/trust');
    const summary = page.locator('table.summary-table');
    await expect.poll(() => summary.innerText().catch(() => ''), { timeout: 10_000 }).toMatch(/Principal/);
    const row = summary.locator('tbody tr').first();
    expect(await row.innerText()).toMatch(/AWS Security Token Service[\s\S]*AWS account \d{12}[\s\S]*All resources[\s\S]*aws:MultiFactorAuthPresent Bool true/);
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
