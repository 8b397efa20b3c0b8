// Console passwords in headless Chromium, as the User Guide describes them: an administrator (Nikki) sets
// Mary's password on her Security credentials tab and requires a new one at next sign-in; Mary signs in,
// must choose a new password that meets the account's password policy, and is then signed in; her next
// sign-in with the new password goes straight through.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Site } from './harness';
import { SCREENSHOTS, openApp, seriousAxeViolations, useSitePage } from './harness';

let site: Site;
let page: Page;

useSitePage(async (s, p) => {
  site = s;
  page = p;
  await openApp(page, site, '#/users/Mary/credentials');
});

const FIRST = 'First-Pass-2026!!';
const CHOSEN = 'Chosen-by-Mary-2026!';
const menuButton = () => page.getByRole('button', { name: /^Identity menu/ });
const signInDialog = () => page.getByRole('dialog', { name: 'Sign in as IAM user' });
const changeDialog = () => page.getByRole('dialog', { name: 'Change password' });

async function openSignIn(password: string) {
  await menuButton().click();
  await page
    .getByRole('region', { name: 'Identity' })
    .getByRole('button', { name: 'Sign in with a password…' })
    .click();
  await signInDialog().getByRole('textbox', { name: 'IAM user name' }).fill('Mary');
  await signInDialog().getByLabel('Password').fill(password);
  await signInDialog().getByRole('button', { name: 'Sign in' }).click();
}

describe('console password', () => {
  it('an administrator sets a custom password that must be changed at next sign-in; it is shown once', async () => {
    const section = page.getByRole('region', { name: 'Console sign-in' });
    await section.getByRole('button', { name: 'Manage console access' }).click();
    const form = section.getByRole('form', { name: 'Manage console access' });
    await form.getByRole('radio', { name: 'Custom password' }).check();
    await form.getByLabel('Password', { exact: true }).fill(FIRST);
    expect(await form.getByRole('checkbox', { name: /must create a new password at next sign-in/ }).isChecked()).toBe(
      true,
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Apply' }).click();
    const done = section.getByRole('status');
    await expect.poll(() => done.innerText()).toMatch(/only time you can view and download this password/);
    await done.getByRole('button', { name: 'Show password' }).click();
    expect(await done.getByTestId('new-password').innerText()).toBe(FIRST);
    await page.screenshot({ path: join(SCREENSHOTS, 'console-password-set.png'), fullPage: true });
    await done.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => section.innerText()).toMatch(/must be changed at next sign-in/);
    await page.getByRole('tab', { name: 'Permissions' }).click();
    await expect.poll(() => page.locator('main').innerText()).toMatch(/IAMUserChangePassword/);
  });

  it('signing in with it leads to Change password; mismatched and too-weak new passwords are refused', async () => {
    await openSignIn(FIRST);
    const dialog = changeDialog();
    await expect.poll(() => dialog.innerText()).toMatch(/administrator requires you to choose a new password/);
    // The sign-in is not complete yet: the console still acts as Nikki.
    expect(await menuButton().innerText()).toBe('Nikki @ example-corp');
    await dialog.getByLabel('Old password').fill(FIRST);
    await dialog.getByLabel('New password', { exact: true }).fill(CHOSEN);
    await dialog.getByLabel('Retype new password').fill('something else');
    await dialog.getByRole('button', { name: 'Confirm password change' }).click();
    await expect.poll(() => dialog.getByRole('alert').innerText()).toMatch(/do not match/);
    await dialog.getByLabel('New password', { exact: true }).fill('short');
    await dialog.getByLabel('Retype new password').fill('short');
    await dialog.getByRole('button', { name: 'Confirm password change' }).click();
    await expect.poll(() => dialog.getByRole('alert').innerText()).toMatch(/PasswordPolicyViolation/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'console-password-change.png') });
  });

  it('a new password that meets the policy completes the sign-in as Mary', async () => {
    const dialog = changeDialog();
    await dialog.getByLabel('New password', { exact: true }).fill(CHOSEN);
    await dialog.getByLabel('Retype new password').fill(CHOSEN);
    await dialog.getByRole('button', { name: 'Confirm password change' }).click();
    await expect.poll(() => menuButton().innerText()).toBe('Mary @ example-corp');
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('the next sign-in with the new password goes straight through; the first password no longer works', async () => {
    await openSignIn(FIRST);
    await expect
      .poll(() => signInDialog().getByRole('alert').innerText())
      .toContain('Your authentication information is incorrect.');
    await signInDialog().getByLabel('Password').fill(CHOSEN);
    await signInDialog().getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => signInDialog().count()).toBe(0);
    expect(await changeDialog().count()).toBe(0);
    expect(await menuButton().innerText()).toBe('Mary @ example-corp');
    expect(site.pageErrors()).toEqual([]);
    expect(site.offsiteRequests()).toEqual([]);
  });
});
