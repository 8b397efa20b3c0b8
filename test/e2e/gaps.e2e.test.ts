// The console's Create user group page and its switch-role link, in headless Chromium: create a group
// with a member and a policy and find it in the list; open a role's "Link to switch roles in console"
// and confirm the prefilled Switch role dialog. Each page passes axe with no serious or critical issue.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Site } from './harness';
import { SCREENSHOTS, seriousAxeViolations, useSitePage } from './harness';

let site: Site;
let page: Page;

useSitePage((s, p) => {
  site = s;
  page = p;
});

const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
const heading = () => page.locator('main h1').innerText();
const menuButton = () => page.getByRole('button', { name: /^Identity menu/ });
const switchDialog = () => page.getByRole('dialog', { name: 'Switch role' });

describe('create user group', () => {
  it('the groups list has a Create group button that opens the Create user group page', async () => {
    await page.goto(`${site.url}#/groups`);
    await page.getByRole('link', { name: 'Create group' }).click();
    await expect.poll(heading).toBe('Create user group');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('a name with characters IAM does not allow is refused before any call', async () => {
    await page.getByRole('textbox', { name: 'User group name' }).fill('Audit team');
    await page.getByRole('button', { name: 'Create user group' }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/only letters, digits/);
    await expect.poll(heading).toBe('Create user group');
  });

  it("a name already in use comes back as IAM's EntityAlreadyExists error", async () => {
    await page.getByRole('textbox', { name: 'User group name' }).fill('Developers');
    await page.getByRole('button', { name: 'Create user group' }).click();
    await expect.poll(() => page.locator('main').innerText()).toMatch(/EntityAlreadyExists/);
  });

  it('creates a group with an existing user and a filtered AWS managed policy, opens it, and lists it with its member', async () => {
    await page.getByRole('textbox', { name: 'User group name' }).fill('Auditors');
    await page.getByRole('checkbox', { name: /^Zhang/ }).check();
    await page.getByRole('searchbox', { name: 'Filter policies by name' }).fill('ReadOnly');
    await page.getByRole('checkbox', { name: /^ReadOnlyAccess/ }).check();
    await shot('create-group');
    await page.getByRole('button', { name: 'Create user group' }).click();
    await expect.poll(heading).toBe('Auditors');
    await expect.poll(() => page.locator('main').innerText()).toMatch(/Users \(1\)/);
    expect(await page.locator('main').getByRole('link', { name: 'Zhang', exact: true }).count()).toBe(1);
    await page.getByRole('tab', { name: 'Permissions' }).click();
    await expect.poll(() => page.locator('main').innerText()).toMatch(/ReadOnlyAccess/);
    await page.goto(`${site.url}#/groups`);
    const row = page.getByRole('row', { name: /Auditors/ });
    await expect.poll(() => row.innerText()).toMatch(/Auditors\s+1\s+1/);
    await shot('groups-after-create');
  });
});

describe('the switch-role link', () => {
  it("a role's page shows its Link to switch roles in console, with a Copy button", async () => {
    await page.goto(`${site.url}#/roles/SecurityAuditor`);
    await expect.poll(heading).toBe('SecurityAuditor');
    const link = page.getByRole('link', { name: /#\/switchrole\?/ });
    expect(await link.getAttribute('href')).toMatch(/#\/switchrole\?account=\d{12}&roleName=SecurityAuditor$/);
    await page.getByRole('button', { name: 'Copy link to switch roles in console' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(await link.getAttribute('href'));
    await shot('role-switch-link');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('opening the link shows the Switch role dialog with account, role and display name filled in', async () => {
    await page.goto(`${site.url}#/switchrole?account=example-corp&roleName=SecurityAuditor&displayName=AUDIT`);
    const dialog = switchDialog();
    await expect
      .poll(() => dialog.getByRole('textbox', { name: 'Account ID or alias' }).inputValue())
      .toBe('example-corp');
    expect(await dialog.getByRole('textbox', { name: 'IAM role name' }).inputValue()).toBe('SecurityAuditor');
    expect(await dialog.getByRole('textbox', { name: /Display name/ }).inputValue()).toBe('AUDIT');
    await shot('switch-role-link');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('the acting user confirms with Switch role and then acts as the role', async () => {
    await switchDialog().getByRole('button', { name: 'Switch role' }).click();
    await expect.poll(() => menuButton().innerText()).toBe('AUDIT');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/dashboard');
  });
});
