// The console's Create user group page and its switch-role link, in headless Chromium: create a group
// with a member and a policy and find it in the list; open a role's "Link to switch roles in console"
// and confirm the prefilled Switch role dialog. Each page passes axe with no serious or critical issue.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { identityMenu, openApp, screenshot, seriousAxeViolations } from './harness';

const shot = (page: Page, name: string) => screenshot(page, name, { fullPage: false });
const heading = (page: Page) => page.locator('main h1');
const switchDialog = (page: Page) => page.getByRole('dialog', { name: 'Switch role' });
const SWITCH_LINK = '#/switchrole?account=example-corp&roleName=SecurityAuditor&displayName=AUDIT';

/** Opens Create user group from the groups list's Create group button. */
async function openCreateGroup(page: Page) {
  await openApp(page, '#/groups');
  await page.getByRole('link', { name: 'Create group' }).click();
  await expect(heading(page)).toHaveText('Create user group');
}

test.describe('create user group', () => {
  test('the groups list has a Create group button that opens the Create user group page', async ({ page }) => {
    await openCreateGroup(page);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  test('a name with characters IAM does not allow is refused before any call', async ({ page }) => {
    await openCreateGroup(page);
    await page.getByRole('textbox', { name: 'User group name' }).fill('Audit team');
    await page.getByRole('button', { name: 'Create user group' }).click();
    await expect(page.getByRole('alert')).toContainText(/only letters, digits/);
    await expect(heading(page)).toHaveText('Create user group');
  });

  test("a name already in use comes back as IAM's EntityAlreadyExists error", async ({ page }) => {
    await openCreateGroup(page);
    await page.getByRole('textbox', { name: 'User group name' }).fill('Developers');
    await page.getByRole('button', { name: 'Create user group' }).click();
    await expect(page.locator('main')).toContainText(/EntityAlreadyExists/);
  });

  test('creates a group with an existing user and a filtered AWS managed policy, opens it, and lists it with its member', async ({
    page,
  }) => {
    await openCreateGroup(page);
    await page.getByRole('textbox', { name: 'User group name' }).fill('Auditors');
    await page.getByRole('checkbox', { name: /^Zhang/ }).check();
    await page.getByRole('searchbox', { name: 'Filter policies by name' }).fill('ReadOnly');
    await page.getByRole('checkbox', { name: /^ReadOnlyAccess/ }).check();
    await shot(page, 'create-group');
    await page.getByRole('button', { name: 'Create user group' }).click();
    await expect(heading(page)).toHaveText('Auditors');
    await expect(page.locator('main')).toContainText(/Users \(1\)/);
    await expect(page.locator('main').getByRole('link', { name: 'Zhang', exact: true })).toHaveCount(1);
    await page.getByRole('tab', { name: 'Permissions' }).click();
    await expect(page.locator('main')).toContainText(/ReadOnlyAccess/);
    await openApp(page, '#/groups');
    await expect(page.getByRole('row', { name: /Auditors/ })).toContainText(/Auditors\s+1\s+1/, { useInnerText: true });
    await shot(page, 'groups-after-create');
  });
});

test.describe('the switch-role link', () => {
  test("a role's page shows its Link to switch roles in console, with a Copy button", async ({ page }) => {
    await openApp(page, '#/roles/SecurityAuditor');
    await expect(heading(page)).toHaveText('SecurityAuditor');
    const link = page.getByRole('link', { name: /#\/switchrole\?/ });
    await expect(link).toHaveAttribute('href', /#\/switchrole\?account=\d{12}&roleName=SecurityAuditor$/);
    await page.getByRole('button', { name: 'Copy link to switch roles in console' }).click();
    const href = await link.getAttribute('href');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(href);
    await shot(page, 'role-switch-link');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  test('opening the link shows the Switch role dialog with account, role and display name filled in', async ({
    page,
  }) => {
    await openApp(page, SWITCH_LINK);
    const dialog = switchDialog(page);
    await expect(dialog.getByRole('textbox', { name: 'Account ID or alias' })).toHaveValue('example-corp');
    await expect(dialog.getByRole('textbox', { name: 'IAM role name' })).toHaveValue('SecurityAuditor');
    await expect(dialog.getByRole('textbox', { name: /Display name/ })).toHaveValue('AUDIT');
    await shot(page, 'switch-role-link');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  test('the acting user confirms with Switch role and then acts as the role', async ({ page }) => {
    await openApp(page, SWITCH_LINK);
    await switchDialog(page).getByRole('button', { name: 'Switch role' }).click();
    await expect(identityMenu(page)).toHaveText('AUDIT');
    await expect(page).toHaveURL(/#\/dashboard$/);
  });
});
