// The account password policy in headless Chromium, as the User Guide's "Set an account password policy
// for IAM users" describes it: an administrator (Nikki) edits Example Corp's custom policy (minimum 16,
// no expiration), sees it on Account settings and after a reload; a console password shorter than 16 is
// then refused with the policy's own message; switching to IAM default and back to Custom; and a user
// without permission (Richard) is denied with AWS's AccessDenied. A test that starts from a policy an
// earlier step would have saved seeds it into the stored scenario.
import type { Page } from '@playwright/test';
import { EXAMPLE_CORP_ACCOUNT } from '../../src/model/exampleCorp';
import type { PasswordPolicy } from '../../src/model';
import { expect, test } from './fixtures';
import {
  actAsIamUser,
  openApp,
  screenshot,
  seedScenario,
  seriousAxeViolations,
  showPageAnyway,
  storedScenarios,
} from './harness';

const section = (page: Page) => page.getByRole('region', { name: 'Password policy' });
const form = (page: Page) => section(page).getByRole('form', { name: 'Edit password policy' });
/** The value shown for a term of the policy. */
const shown = (page: Page, term: string) => section(page).locator('dt', { hasText: term }).locator('+ dd');

async function openEditor(page: Page) {
  await section(page).getByRole('button', { name: 'Edit' }).click();
  await form(page).waitFor();
}

/** The minimum length of Example Corp's password policy as the app has saved it in IndexedDB (null: none). */
const storedMinimumLength = async (page: Page) => {
  const [record] = await storedScenarios(page);
  const account = record.document.accounts.find((a) => a.id === EXAMPLE_CORP_ACCOUNT);
  return account?.passwordPolicy?.MinimumPasswordLength ?? null;
};

/** Seeds Example Corp's password policy, changed by `change`, as an administrator would have saved it. */
const seedPasswordPolicy = (page: Page, change: Partial<PasswordPolicy>) =>
  seedScenario(page, (scenario) => {
    const account = scenario.accounts.find((a) => a.id === EXAMPLE_CORP_ACCOUNT)!;
    account.passwordPolicy = { ...account.passwordPolicy!, ...change };
  });

test.describe('editing the account password policy', () => {
  test('the Custom form opens with the current policy; a minimum length outside 6–128 is refused before any call', async ({
    page,
  }) => {
    await openApp(page, '#/account-settings');
    await expect(shown(page, 'Minimum password length')).toHaveText('14 characters');
    await openEditor(page);
    await expect(form(page).getByRole('radio', { name: 'Custom' })).toBeChecked();
    const length = form(page).getByRole('spinbutton', { name: 'Password minimum length' });
    await expect(length).toHaveValue('14');
    await expect(form(page).getByRole('checkbox', { name: 'Turn on password expiration' })).toBeChecked();
    await expect(form(page).getByRole('spinbutton', { name: 'Expiration period' })).toHaveValue('90');
    await expect(form(page).getByRole('spinbutton', { name: 'Remember' })).toHaveValue('24');
    await expect(form(page)).toContainText("! @ # $ % ^ & * ( ) _ + - = [ ] { } | '", { useInnerText: true });
    await length.fill('5');
    await form(page).getByRole('button', { name: 'Save changes' }).click();
    await expect(form(page).getByRole('alert')).toHaveText('Enter a minimum password length from 6 to 128 characters.');
    await expect(length).toHaveAttribute('aria-invalid', 'true');
    await expect(length).toBeFocused();
    await expect(shown(page, 'Minimum password length')).toHaveText('14 characters');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'password-policy-refused');
  });

  test('saving minimum 16 without expiration updates the view, and it survives a reload', async ({ page }) => {
    await openApp(page, '#/account-settings');
    await openEditor(page);
    await form(page).getByRole('spinbutton', { name: 'Password minimum length' }).fill('16');
    await form(page).getByRole('checkbox', { name: 'Turn on password expiration' }).uncheck();
    await expect(form(page).getByRole('spinbutton', { name: 'Expiration period' })).toHaveCount(0);
    expect(await seriousAxeViolations(page, '.password-policy-form')).toEqual([]);
    await form(page).getByRole('button', { name: 'Save changes' }).click();
    await expect(section(page).getByRole('status')).toHaveText('Password policy updated.');
    await expect(form(page)).toHaveCount(0);
    // The form's Save button went away with it: keyboard focus is back on Edit.
    await expect(section(page).getByRole('button', { name: 'Edit' })).toBeFocused();
    await expect(shown(page, 'Minimum password length')).toHaveText('16 characters');
    await expect(shown(page, 'Password expiration')).toHaveText('Never');
    await expect(shown(page, 'Prevent password reuse')).toHaveText('Last 24 passwords');
    await screenshot(page, 'password-policy-saved');
    await expect.poll(() => storedMinimumLength(page)).toBe(16);
    await page.reload();
    await page.locator('main h1').waitFor();
    await expect(shown(page, 'Minimum password length')).toHaveText('16 characters');
    await expect(shown(page, 'Password expiration')).toHaveText('Never');
  });

  test('a console password shorter than 16 is then refused, with the message from the policy', async ({ page }) => {
    await seedPasswordPolicy(page, { MinimumPasswordLength: 16, MaxPasswordAge: 0 });
    await openApp(page, '#/users/Mary/credentials');
    const consoleSignIn = page.getByRole('region', { name: 'Console sign-in' });
    await consoleSignIn.getByRole('button', { name: 'Manage console access' }).click();
    const manage = consoleSignIn.getByRole('form', { name: 'Manage console access' });
    await manage.getByRole('radio', { name: 'Custom password' }).check();
    await manage.getByLabel('Password', { exact: true }).fill('Short-Pass-26!');
    await manage.getByRole('button', { name: 'Apply' }).click();
    await expect(manage.getByRole('alert')).toContainText('Password should have at least 16 characters');
    await screenshot(page, 'password-policy-enforced', { fullPage: false });
    await manage.getByRole('button', { name: 'Cancel' }).click();
  });

  test('choosing IAM default deletes the custom policy; choosing Custom again sets a new one', async ({ page }) => {
    await openApp(page, '#/account-settings');
    await openEditor(page);
    await form(page).getByRole('radio', { name: 'IAM default' }).check();
    await expect(form(page).getByRole('spinbutton')).toHaveCount(0);
    await form(page).getByRole('button', { name: 'Save changes' }).click();
    await expect(section(page).getByRole('status')).toHaveText(
      'This account now uses the IAM default password policy.',
    );
    await expect(section(page)).toContainText(
      'This account uses the IAM default password policy: at least 8 characters',
    );
    await expect.poll(() => storedMinimumLength(page)).toBeNull();

    await openEditor(page);
    await expect(form(page).getByRole('radio', { name: 'IAM default' })).toBeChecked();
    await form(page).getByRole('radio', { name: 'Custom' }).check();
    await expect(form(page).getByRole('spinbutton', { name: 'Password minimum length' })).toHaveValue('8');
    await form(page).getByRole('spinbutton', { name: 'Password minimum length' }).fill('12');
    await form(page)
      .getByRole('checkbox', { name: /^Require at least one number/ })
      .check();
    await form(page).getByRole('checkbox', { name: 'Turn on password expiration' }).check();
    await form(page).getByRole('spinbutton', { name: 'Expiration period' }).fill('1096');
    await form(page).getByRole('button', { name: 'Save changes' }).click();
    await expect(form(page).getByRole('alert')).toHaveText('Enter an expiration period from 1 to 1095 days.');
    await form(page).getByRole('spinbutton', { name: 'Expiration period' }).fill('30');
    await form(page).getByRole('checkbox', { name: 'Password expiration requires administrator reset' }).check();
    expect(await seriousAxeViolations(page, '.password-policy-form')).toEqual([]);
    await screenshot(page, 'password-policy-custom');
    await form(page).getByRole('button', { name: 'Save changes' }).click();
    await expect(section(page).getByRole('status')).toHaveText('Password policy updated.');
    await expect(shown(page, 'Minimum password length')).toHaveText('12 characters');
    await expect(shown(page, 'Require numbers')).toHaveText('Yes');
    await expect(shown(page, 'Require symbols')).toHaveText('No');
    await expect(shown(page, 'Password expiration')).toHaveText('30 days, administrator reset required');
    await expect(shown(page, 'Prevent password reuse')).toHaveText('No');
  });

  test('a user without permission (Richard) gets AWS AccessDenied and the policy stays as it was', async ({ page }) => {
    // The policy the test before saves: IAM's defaults but 12 characters, numbers, expiry after 30 days
    // with administrator reset.
    await seedPasswordPolicy(page, {
      MinimumPasswordLength: 12,
      RequireSymbols: false,
      RequireNumbers: true,
      RequireUppercaseCharacters: false,
      RequireLowercaseCharacters: false,
      AllowUsersToChangePassword: false,
      MaxPasswordAge: 30,
      PasswordReusePrevention: 0,
      HardExpiry: true,
    });
    await actAsIamUser(page, 'Richard', false);
    await openApp(page, '#/account-settings');
    // This policy does not let users change their own password, which is what lets them read it: the
    // page itself is refused; the learner's view shows it so he can try to edit it.
    await expect(page.locator('main').getByRole('alert')).toContainText(
      'User: arn:aws:iam::123456789012:user/Richard is not authorized to perform: iam:GetAccountPasswordPolicy',
    );
    await showPageAnyway(page);
    await openEditor(page);
    await form(page).getByRole('spinbutton', { name: 'Password minimum length' }).fill('20');
    await form(page).getByRole('button', { name: 'Save changes' }).click();
    await expect(form(page).getByRole('alert')).toContainText(
      'User: arn:aws:iam::123456789012:user/Richard is not authorized to perform: iam:UpdateAccountPasswordPolicy',
    );
    await expect(shown(page, 'Minimum password length')).toHaveText('12 characters');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'password-policy-denied');
  });
});
