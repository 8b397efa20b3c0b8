// The identity switcher in headless Chromium, following the User Guide's Switch role tutorial: act as a
// user who lacks a permission and see AWS's AccessDenied message with its explanation; switch role with
// a display name and colour, go back, switch again from the role history; the choice survives a reload.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  actAsIamUser,
  identityMenu,
  openApp,
  screenshot,
  seriousAxeViolations,
  showPageAnyway,
  storedScenarios,
} from './harness';

const identityPanel = (page: Page) => page.getByRole('region', { name: 'Identity' });
const switchDialog = (page: Page) => page.getByRole('dialog', { name: 'Switch role' });

async function switchRole(page: Page, roleName: string, displayName: string, color: string) {
  await identityMenu(page).click();
  await identityPanel(page).getByRole('button', { name: 'Switch role' }).click();
  const dialog = switchDialog(page);
  await dialog.getByRole('textbox', { name: 'Account ID or alias' }).fill('example-corp');
  await dialog.getByRole('textbox', { name: 'IAM role name' }).fill(roleName);
  await dialog.getByRole('textbox', { name: /Display name/ }).fill(displayName);
  await dialog.getByRole('radio', { name: color }).check();
  await dialog.getByRole('button', { name: 'Switch role' }).click();
}

/** Nikki (signed in with MFA, as the role's trust policy requires) switches to SecurityAuditor as AUDIT. */
async function switchToAuditor(page: Page) {
  await openApp(page);
  await actAsIamUser(page, 'Nikki', true);
  await switchRole(page, 'SecurityAuditor', 'AUDIT', 'Red');
  await expect(identityMenu(page)).toHaveText('AUDIT');
}

test.describe('the identity switcher', () => {
  test('shows the acting identity in the top bar and passes axe with its menu open', async ({ page }) => {
    await openApp(page);
    await expect(identityMenu(page)).toHaveText('Nikki @ example-corp');
    await identityMenu(page).click();
    await expect(identityPanel(page)).toBeVisible();
    await screenshot(page, 'identity-menu', { fullPage: false });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(identityPanel(page)).toBeHidden();
    await expect(identityMenu(page)).toBeFocused();
  });

  test('a user without MFA is denied by the trust policy that requires it: AWS AccessDenied, and its explanation opens', async ({
    page,
  }) => {
    await openApp(page);
    await actAsIamUser(page, 'Richard', false);
    await switchRole(page, 'SecurityAuditor', 'AUDIT', 'Red');
    const alert = switchDialog(page).getByRole('alert');
    await expect(alert).toContainText(
      'User: arn:aws:iam::123456789012:user/Richard is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/SecurityAuditor' +
        ' because no resource-based policy allows the sts:AssumeRole action',
    );
    await alert.getByRole('button', { name: 'Why was this denied?' }).click();
    await expect(alert.getByRole('region', { name: 'Explanation' })).toContainText(
      /resource-based policy\s*no statement allows\s*decides/,
      { useInnerText: true },
    );
    await screenshot(page, 'identity-access-denied', { fullPage: false });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await switchDialog(page).getByRole('button', { name: 'Cancel' }).click();
    await expect(switchDialog(page)).toHaveCount(0);
    await expect(identityMenu(page)).toHaveText('Richard @ example-corp');
  });

  test('switches role with a display name and colour, then goes back to the user', async ({ page }) => {
    await switchToAuditor(page);
    // The dialog gives focus back to the identity menu, as a modal dialog returns it to what opened it.
    await expect(identityMenu(page)).toBeFocused();
    await expect(identityMenu(page)).toHaveCSS('background-color', 'rgb(247, 200, 197)');
    await identityMenu(page).click();
    await screenshot(page, 'identity-role-session', { fullPage: false });
    await identityPanel(page).getByRole('button', { name: 'Back to Nikki', exact: true }).click();
    await expect(identityMenu(page)).toHaveText('Nikki @ example-corp');
  });

  test('switches again from the role history without retyping', async ({ page }) => {
    await switchToAuditor(page);
    await identityMenu(page).click();
    await identityPanel(page).getByRole('button', { name: 'Back to Nikki', exact: true }).click();
    await expect(identityMenu(page)).toHaveText('Nikki @ example-corp');
    await identityMenu(page).click();
    // The history names the account as the top bar does: by its alias.
    const entry = identityPanel(page).getByRole('button', {
      name: 'AUDIT (SecurityAuditor @ example-corp)',
      exact: true,
    });
    await entry.click();
    await expect(identityMenu(page)).toHaveText('AUDIT');
  });

  test('keeps the acting identity after a reload (the session is saved with the scenario)', async ({ page }) => {
    await switchToAuditor(page);
    await expect
      .poll(async () => (await storedScenarios(page)).map((r) => r.document.session.identity.type).join())
      .toBe('assumedRole');
    await page.reload();
    await expect(identityMenu(page)).toHaveText('AUDIT');
  });

  test("signs in as an IAM user with the console password; a wrong password gets AWS's one message for every wrong detail", async ({
    page,
  }) => {
    await openApp(page);
    await identityMenu(page).click();
    await identityPanel(page).getByRole('button', { name: 'Sign in with a password…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sign in as IAM user' });
    await dialog.getByRole('textbox', { name: 'IAM user name' }).fill('Mary');
    await dialog.getByLabel('Password').fill('wrong-password');
    await dialog.getByRole('button', { name: 'Sign in' }).click();
    await expect(dialog.getByRole('alert')).toContainText(
      'Your authentication information is incorrect. Please try again.',
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
    await dialog.getByLabel('Password').fill('Example-Corp-2026!');
    await dialog.getByRole('button', { name: 'Sign in' }).click();
    await expect(identityMenu(page)).toHaveText('Mary @ example-corp');
    await expect(dialog).toHaveCount(0);
    await expect(identityMenu(page)).toBeFocused();
  });

  test('a console action is authorized as the acting user: without an allowing identity policy it is AccessDenied', async ({
    page,
  }) => {
    await openApp(page);
    await actAsIamUser(page, 'Richard', true);
    await openApp(page, '#/users/Mary/credentials');
    // Richard may not read Mary's page (no iam:GetUser): the learner's view shows it so he can try the action.
    await showPageAnyway(page);
    await page.getByRole('button', { name: 'Create access key' }).click();
    const alert = page.locator('main').getByRole('alert');
    await expect(alert).toContainText(
      'User: arn:aws:iam::123456789012:user/Richard is not authorized to perform: iam:CreateAccessKey on resource: arn:aws:iam::123456789012:user/Mary' +
        ' because no identity-based policy allows the iam:CreateAccessKey action',
    );
    await alert.getByRole('button', { name: 'Why was this denied?' }).click();
    await expect(alert.getByRole('region', { name: 'Explanation' })).toContainText(
      /identity-based policy\s*no statement allows\s*decides/,
      { useInnerText: true },
    );
    await screenshot(page, 'identity-action-denied');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
