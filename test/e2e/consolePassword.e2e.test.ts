// Console passwords in headless Chromium, as the User Guide describes them: an administrator (Nikki) sets
// Mary's password on her Security credentials tab and requires a new one at next sign-in; Mary signs in,
// must choose a new password that meets the account's password policy, and is then signed in; her next
// sign-in with the new password goes straight through. Each test walks the story up to its own step.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { identityMenu, openApp, screenshot, seriousAxeViolations } from './harness';

const FIRST = 'First-Pass-2026!!';
const CHOSEN = 'Chosen-by-Mary-2026!';
const signInDialog = (page: Page) => page.getByRole('dialog', { name: 'Sign in as IAM user' });
const changeDialog = (page: Page) => page.getByRole('dialog', { name: 'Change password' });
const consoleSignIn = (page: Page) => page.getByRole('region', { name: 'Console sign-in' });

/** As Nikki, opens Mary's Manage console access form and fills in a custom password (not applied yet). */
async function fillCustomPassword(page: Page, password: string) {
  await openApp(page, '#/users/Mary/credentials');
  await consoleSignIn(page).getByRole('button', { name: 'Manage console access' }).click();
  const form = consoleSignIn(page).getByRole('form', { name: 'Manage console access' });
  await form.getByRole('radio', { name: 'Custom password' }).check();
  await form.getByLabel('Password', { exact: true }).fill(password);
  return form;
}

/** As Nikki, gives Mary the password FIRST, to be changed at next sign-in (the first test's story). */
async function setFirstPassword(page: Page) {
  const form = await fillCustomPassword(page, FIRST);
  await form.getByRole('button', { name: 'Apply' }).click();
  await consoleSignIn(page).getByRole('status').getByRole('button', { name: 'Done' }).click();
  await expect(consoleSignIn(page)).toContainText(/must be changed at next sign-in/);
}

async function openSignIn(page: Page, password: string) {
  await identityMenu(page).click();
  await page
    .getByRole('region', { name: 'Identity' })
    .getByRole('button', { name: 'Sign in with a password…' })
    .click();
  await signInDialog(page).getByRole('textbox', { name: 'IAM user name' }).fill('Mary');
  await signInDialog(page).getByLabel('Password').fill(password);
  await signInDialog(page).getByRole('button', { name: 'Sign in' }).click();
}

/** Mary's first sign-in, completed with the new password CHOSEN. */
async function changeToChosen(page: Page) {
  const dialog = changeDialog(page);
  await dialog.getByLabel('Old password').fill(FIRST);
  await dialog.getByLabel('New password', { exact: true }).fill(CHOSEN);
  await dialog.getByLabel('Retype new password').fill(CHOSEN);
  await dialog.getByRole('button', { name: 'Confirm password change' }).click();
}

test.describe('console password', () => {
  test('an administrator sets a custom password that must be changed at next sign-in; it is shown once', async ({
    page,
  }) => {
    const form = await fillCustomPassword(page, FIRST);
    await expect(form.getByRole('checkbox', { name: /must create a new password at next sign-in/ })).toBeChecked();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Apply' }).click();
    const done = consoleSignIn(page).getByRole('status');
    await expect(done).toContainText(/only time you can view and download this password/);
    await done.getByRole('button', { name: 'Show password' }).click();
    await expect(done.getByTestId('new-password')).toHaveText(FIRST);
    await screenshot(page, 'console-password-set');
    await done.getByRole('button', { name: 'Done' }).click();
    await expect(consoleSignIn(page)).toContainText(/must be changed at next sign-in/);
    await page.getByRole('tab', { name: 'Permissions' }).click();
    await expect(page.locator('main')).toContainText(/IAMUserChangePassword/);
  });

  test('signing in with it leads to Change password; mismatched and too-weak new passwords are refused', async ({
    page,
  }) => {
    await setFirstPassword(page);
    await openSignIn(page, FIRST);
    const dialog = changeDialog(page);
    await expect(dialog).toContainText(/administrator requires you to choose a new password/);
    // The sign-in is not complete yet: the console still acts as Nikki.
    await expect(identityMenu(page)).toHaveText('Nikki @ example-corp');
    await dialog.getByLabel('Old password').fill(FIRST);
    await dialog.getByLabel('New password', { exact: true }).fill(CHOSEN);
    await dialog.getByLabel('Retype new password').fill('something else');
    await dialog.getByRole('button', { name: 'Confirm password change' }).click();
    await expect(dialog.getByRole('alert')).toContainText(/do not match/);
    await dialog.getByLabel('New password', { exact: true }).fill('short');
    await dialog.getByLabel('Retype new password').fill('short');
    await dialog.getByRole('button', { name: 'Confirm password change' }).click();
    await expect(dialog.getByRole('alert')).toContainText(/PasswordPolicyViolation/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'console-password-change', { fullPage: false });
  });

  test('a new password that meets the policy completes the sign-in as Mary', async ({ page }) => {
    await setFirstPassword(page);
    await openSignIn(page, FIRST);
    await changeToChosen(page);
    await expect(identityMenu(page)).toHaveText('Mary @ example-corp');
    await expect(changeDialog(page)).toHaveCount(0);
  });

  test('the next sign-in with the new password goes straight through; the first password no longer works', async ({
    page,
  }) => {
    await setFirstPassword(page);
    await openSignIn(page, FIRST);
    await changeToChosen(page);
    await expect(identityMenu(page)).toHaveText('Mary @ example-corp');
    await openSignIn(page, FIRST);
    await expect(signInDialog(page).getByRole('alert')).toContainText('Your authentication information is incorrect.');
    await signInDialog(page).getByLabel('Password').fill(CHOSEN);
    await signInDialog(page).getByRole('button', { name: 'Sign in' }).click();
    await expect(signInDialog(page)).toHaveCount(0);
    await expect(changeDialog(page)).toHaveCount(0);
    await expect(identityMenu(page)).toHaveText('Mary @ example-corp');
  });
});
