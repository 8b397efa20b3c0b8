// Pages authorized as the acting identity, in headless Chromium: Richard (group Test, ViewOnlyAccess:
// iam:List*) sees the user list but a user's page is refused with AWS's AccessDenied for iam:GetUser and
// its explanation; the learner's view shows the page anyway, marked, until he turns it off or the acting
// identity changes; an administrator sees the same page without any of it.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Site } from './harness';
import { SCREENSHOTS, actAsIamUser, openApp, seriousAxeViolations, useSitePage } from './harness';

let site: Site;
let page: Page;

useSitePage((s, p) => {
  site = s;
  page = p;
});

const main = () => page.getByRole('main');
const heading = () => main().getByRole('heading', { level: 1 });
const denied = () => main().getByRole('alert').filter({ hasText: 'Access denied' });
const learnerNote = () => main().getByRole('note').filter({ hasText: "Learner's view" });
const detailTabs = () => main().getByRole('tablist', { name: 'User details' });

describe('pages authorized as the acting identity', () => {
  it('Richard may list users (iam:List*) but is refused Nikki’s page with AWS’s AccessDenied for iam:GetUser', async () => {
    await actAsIamUser(page, 'Richard', false);
    await openApp(page, site, '#/users');
    await main().getByRole('link', { name: 'Nikki', exact: true }).click();
    await expect
      .poll(() => denied().innerText())
      .toContain(
        'User: arn:aws:iam::123456789012:user/Richard is not authorized to perform: iam:GetUser on resource: arn:aws:iam::123456789012:user/Nikki because no identity-based policy allows the iam:GetUser action',
      );
    expect(await heading().innerText()).toBe('Nikki');
    // The shell moves focus to the new page's heading once the page (here its denial) is shown.
    expect(await heading().evaluate((h) => h === document.activeElement)).toBe(true);
    expect(await detailTabs().count()).toBe(0);
    await denied().getByRole('button', { name: 'Why was this denied?' }).click();
    const explanation = denied().getByRole('region', { name: 'Explanation' });
    await expect.poll(() => explanation.innerText()).toMatch(/identity-based policy\s*no statement allows\s*decides/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'read-gate-denied.png'), fullPage: true });
  });

  it("the learner's view shows the page, marked, on every page Richard could not see, until he turns it off", async () => {
    await main().getByRole('button', { name: "Show pages anyway (learner's view)" }).click();
    await detailTabs().waitFor();
    expect(await learnerNote().innerText()).toContain(
      'In AWS, Richard could not see this page: iam:GetUser is denied.',
    );
    // The pressed button is gone: focus moves to the note that replaced it, not to the body.
    expect(await learnerNote().evaluate((n) => n === document.activeElement)).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'read-gate-learner-view.png'), fullPage: true });
    // Another page he may not read: shown, with the note naming its own call.
    await openApp(page, site, '#/roles/SecurityAuditor');
    await expect.poll(() => learnerNote().innerText()).toContain('iam:GetRole is denied');
    expect(await main().getByRole('tablist', { name: 'Role details' }).count()).toBe(1);
    // A page he may read carries no note.
    await openApp(page, site, '#/roles');
    expect(await learnerNote().count()).toBe(0);
    await openApp(page, site, '#/roles/SecurityAuditor');
    await learnerNote().getByRole('button', { name: 'Hide pages Richard cannot see' }).click();
    await expect.poll(() => denied().innerText()).toContain('is not authorized to perform: iam:GetRole');
    const offer = main().getByRole('button', { name: "Show pages anyway (learner's view)" });
    expect(await offer.evaluate((b) => b === document.activeElement)).toBe(true);
  });

  it('an administrator sees the page with no note, and the learner’s view does not carry over to another identity', async () => {
    await main().getByRole('button', { name: "Show pages anyway (learner's view)" }).click();
    await learnerNote().waitFor();
    await actAsIamUser(page, 'Nikki', true);
    await expect.poll(() => main().getByRole('tablist', { name: 'Role details' }).count()).toBe(1);
    expect(await learnerNote().count()).toBe(0);
    expect(await denied().count()).toBe(0);
    await actAsIamUser(page, 'Richard', false);
    await expect.poll(() => denied().count()).toBe(1);
    expect(site.pageErrors()).toEqual([]);
    expect(site.offsiteRequests()).toEqual([]);
  });

  it('the IAM dashboard refused for want of iam:GetAccountSummary keeps the page’s own title, IAM dashboard', async () => {
    await actAsIamUser(page, 'Zhang', false);
    await openApp(page, site, '#/dashboard');
    await expect.poll(() => denied().innerText()).toContain('is not authorized to perform: iam:GetAccountSummary');
    expect(await heading().innerText()).toBe('IAM dashboard');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'read-gate-dashboard-denied.png'), fullPage: true });
  });
});
