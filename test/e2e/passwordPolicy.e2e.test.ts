// The account password policy in headless Chromium, as the User Guide's "Set an account password policy
// for IAM users" describes it: an administrator (Nikki) edits Example Corp's custom policy (minimum 16,
// no expiration), sees it on Account settings and after a reload; a console password shorter than 16 is
// then refused with the policy's own message; switching to IAM default and back to Custom; and a user
// without permission (Richard) is denied with AWS's AccessDenied.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Site } from './harness';
import { SCREENSHOTS, actAsIamUser, openApp, seriousAxeViolations, showPageAnyway, useSitePage } from './harness';

let site: Site;
let page: Page;

useSitePage(async (s, p) => {
  site = s;
  page = p;
  await openApp(page, site, '#/account-settings');
});

const section = () => page.getByRole('region', { name: 'Password policy' });
const form = () => section().getByRole('form', { name: 'Edit password policy' });
const shown = (term: string) => section().locator('dt', { hasText: term }).locator('+ dd').innerText();

async function openEditor() {
  await section().getByRole('button', { name: 'Edit' }).click();
  await form().waitFor();
}

/** The minimum length of Example Corp's password policy as the app has saved it in IndexedDB (null: none). */
const storedMinimumLength = () =>
  page.evaluate(
    () =>
      new Promise<number | null>((done, fail) => {
        type Stored = {
          document: { accounts: { id: string; passwordPolicy: { MinimumPasswordLength: number } | null }[] };
        };
        const open = indexedDB.open('iam-playground');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('scenarios').objectStore('scenarios').getAll();
          all.onsuccess = () => {
            const accounts = (all.result[0] as Stored).document.accounts;
            done(accounts.find((a) => a.id === '123456789012')?.passwordPolicy?.MinimumPasswordLength ?? null);
          };
        };
      }),
  );

describe('editing the account password policy', () => {
  it('the Custom form opens with the current policy; a minimum length outside 6–128 is refused before any call', async () => {
    expect(await shown('Minimum password length')).toBe('14 characters');
    await openEditor();
    expect(await form().getByRole('radio', { name: 'Custom' }).isChecked()).toBe(true);
    const length = form().getByRole('spinbutton', { name: 'Password minimum length' });
    expect(await length.inputValue()).toBe('14');
    expect(await form().getByRole('checkbox', { name: 'Turn on password expiration' }).isChecked()).toBe(true);
    expect(await form().getByRole('spinbutton', { name: 'Expiration period' }).inputValue()).toBe('90');
    expect(await form().getByRole('spinbutton', { name: 'Remember' }).inputValue()).toBe('24');
    await expect.poll(() => form().innerText()).toContain("! @ # $ % ^ & * ( ) _ + - = [ ] { } | '");
    await length.fill('5');
    await form().getByRole('button', { name: 'Save changes' }).click();
    await expect
      .poll(() => form().getByRole('alert').innerText())
      .toBe('Enter a minimum password length from 6 to 128 characters.');
    expect(await length.getAttribute('aria-invalid')).toBe('true');
    expect(await length.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await shown('Minimum password length')).toBe('14 characters');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'password-policy-refused.png'), fullPage: true });
  });

  it('saving minimum 16 without expiration updates the view, and it survives a reload', async () => {
    await form().getByRole('spinbutton', { name: 'Password minimum length' }).fill('16');
    await form().getByRole('checkbox', { name: 'Turn on password expiration' }).uncheck();
    expect(await form().getByRole('spinbutton', { name: 'Expiration period' }).count()).toBe(0);
    expect(await seriousAxeViolations(page, '.password-policy-form')).toEqual([]);
    await form().getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => section().getByRole('status').innerText()).toBe('Password policy updated.');
    expect(await form().count()).toBe(0);
    // The form's Save button went away with it: keyboard focus is back on Edit.
    expect(
      await section()
        .getByRole('button', { name: 'Edit' })
        .evaluate((el) => el === document.activeElement),
    ).toBe(true);
    expect(await shown('Minimum password length')).toBe('16 characters');
    expect(await shown('Password expiration')).toBe('Never');
    expect(await shown('Prevent password reuse')).toBe('Last 24 passwords');
    await page.screenshot({ path: join(SCREENSHOTS, 'password-policy-saved.png'), fullPage: true });
    await expect.poll(storedMinimumLength).toBe(16);
    await page.reload();
    await page.locator('main h1').waitFor();
    await expect.poll(() => shown('Minimum password length')).toBe('16 characters');
    expect(await shown('Password expiration')).toBe('Never');
  });

  it('a console password shorter than 16 is then refused, with the message from the policy', async () => {
    await openApp(page, site, '#/users/Mary/credentials');
    const consoleSignIn = page.getByRole('region', { name: 'Console sign-in' });
    await consoleSignIn.getByRole('button', { name: 'Manage console access' }).click();
    const manage = consoleSignIn.getByRole('form', { name: 'Manage console access' });
    await manage.getByRole('radio', { name: 'Custom password' }).check();
    await manage.getByLabel('Password', { exact: true }).fill('Short-Pass-26!');
    await manage.getByRole('button', { name: 'Apply' }).click();
    await expect
      .poll(() => manage.getByRole('alert').innerText())
      .toContain('Password should have at least 16 characters');
    await page.screenshot({ path: join(SCREENSHOTS, 'password-policy-enforced.png') });
    await manage.getByRole('button', { name: 'Cancel' }).click();
  });

  it('choosing IAM default deletes the custom policy; choosing Custom again sets a new one', async () => {
    await openApp(page, site, '#/account-settings');
    await openEditor();
    await form().getByRole('radio', { name: 'IAM default' }).check();
    expect(await form().getByRole('spinbutton').count()).toBe(0);
    await form().getByRole('button', { name: 'Save changes' }).click();
    await expect
      .poll(() => section().getByRole('status').innerText())
      .toBe('This account now uses the IAM default password policy.');
    expect(await section().innerText()).toContain(
      'This account uses the IAM default password policy: at least 8 characters',
    );
    await expect.poll(storedMinimumLength).toBeNull();

    await openEditor();
    expect(await form().getByRole('radio', { name: 'IAM default' }).isChecked()).toBe(true);
    await form().getByRole('radio', { name: 'Custom' }).check();
    expect(await form().getByRole('spinbutton', { name: 'Password minimum length' }).inputValue()).toBe('8');
    await form().getByRole('spinbutton', { name: 'Password minimum length' }).fill('12');
    await form()
      .getByRole('checkbox', { name: /^Require at least one number/ })
      .check();
    await form().getByRole('checkbox', { name: 'Turn on password expiration' }).check();
    await form().getByRole('spinbutton', { name: 'Expiration period' }).fill('1096');
    await form().getByRole('button', { name: 'Save changes' }).click();
    await expect
      .poll(() => form().getByRole('alert').innerText())
      .toBe('Enter an expiration period from 1 to 1095 days.');
    await form().getByRole('spinbutton', { name: 'Expiration period' }).fill('30');
    await form().getByRole('checkbox', { name: 'Password expiration requires administrator reset' }).check();
    expect(await seriousAxeViolations(page, '.password-policy-form')).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'password-policy-custom.png'), fullPage: true });
    await form().getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => section().getByRole('status').innerText()).toBe('Password policy updated.');
    expect(await shown('Minimum password length')).toBe('12 characters');
    expect(await shown('Require numbers')).toBe('Yes');
    expect(await shown('Require symbols')).toBe('No');
    expect(await shown('Password expiration')).toBe('30 days, administrator reset required');
    expect(await shown('Prevent password reuse')).toBe('No');
  });

  it('a user without permission (Richard) gets AWS AccessDenied and the policy stays as it was', async () => {
    await actAsIamUser(page, 'Richard', false);
    await openApp(page, site, '#/account-settings');
    // The custom policy set above does not let users change their own password, which is what lets
    // them read it: the page itself is refused; the learner's view shows it so he can try to edit it.
    await expect
      .poll(() => page.locator('main').getByRole('alert').innerText())
      .toContain(
        'User: arn:aws:iam::123456789012:user/Richard is not authorized to perform: iam:GetAccountPasswordPolicy',
      );
    await showPageAnyway(page);
    await openEditor();
    await form().getByRole('spinbutton', { name: 'Password minimum length' }).fill('20');
    await form().getByRole('button', { name: 'Save changes' }).click();
    const alert = form().getByRole('alert');
    await expect
      .poll(() => alert.innerText())
      .toContain(
        'User: arn:aws:iam::123456789012:user/Richard is not authorized to perform: iam:UpdateAccountPasswordPolicy',
      );
    expect(await shown('Minimum password length')).toBe('12 characters');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'password-policy-denied.png'), fullPage: true });
    expect(site.pageErrors()).toEqual([]);
    expect(site.offsiteRequests()).toEqual([]);
  });
});
