// The identity switcher in headless Chromium, following the User Guide's Switch role tutorial: act as a
// user who lacks a permission and see AWS's AccessDenied message with its explanation; switch role with
// a display name and colour, go back, switch again from the role history; the choice survives a reload.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Site } from './harness';
import { SCREENSHOTS, actAsIamUser, seriousAxeViolations, showPageAnyway, useSitePage } from './harness';

let site: Site;
let page: Page;

useSitePage((s, p) => {
  site = s;
  page = p;
});

const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
const menuButton = () => page.getByRole('button', { name: /^Identity menu/ });
const identityPanel = () => page.getByRole('region', { name: 'Identity' });
const switchDialog = () => page.getByRole('dialog', { name: 'Switch role' });

const seriousViolations = (include?: string) => seriousAxeViolations(page, include);

const actAsUser = (name: string, withMfa: boolean) => actAsIamUser(page, name, withMfa);

async function switchRole(roleName: string, displayName: string, color: string) {
  await menuButton().click();
  await identityPanel().getByRole('button', { name: 'Switch role' }).click();
  const dialog = switchDialog();
  await dialog.getByRole('textbox', { name: 'Account ID or alias' }).fill('example-corp');
  await dialog.getByRole('textbox', { name: 'IAM role name' }).fill(roleName);
  await dialog.getByRole('textbox', { name: /Display name/ }).fill(displayName);
  await dialog.getByRole('radio', { name: color }).check();
  await dialog.getByRole('button', { name: 'Switch role' }).click();
}

describe('the identity switcher', () => {
  it('shows the acting identity in the top bar and passes axe with its menu open', async () => {
    await expect.poll(() => menuButton().innerText()).toBe('Nikki @ example-corp');
    await menuButton().click();
    await expect.poll(() => identityPanel().isVisible()).toBe(true);
    await shot('identity-menu');
    expect(await seriousViolations()).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => identityPanel().isVisible()).toBe(false);
    expect(await menuButton().evaluate((b) => b === document.activeElement)).toBe(true);
  });

  it('a user without MFA is denied by the trust policy that requires it: AWS AccessDenied, and its explanation opens', async () => {
    await actAsUser('Richard', false);
    await switchRole('SecurityAuditor', 'AUDIT', 'Red');
    const alert = switchDialog().getByRole('alert');
    await expect
      .poll(() => alert.innerText())
      .toContain(
        'User: arn:aws:iam::123456789012:user/Richard is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/SecurityAuditor' +
          ' because no resource-based policy allows the sts:AssumeRole action',
      );
    await alert.getByRole('button', { name: 'Why was this denied?' }).click();
    const explanation = alert.getByRole('region', { name: 'Explanation' });
    await expect.poll(() => explanation.innerText()).toMatch(/resource-based policy\s*no statement allows\s*decides/);
    await shot('identity-access-denied');
    expect(await seriousViolations()).toEqual([]);
    await switchDialog().getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => switchDialog().count()).toBe(0);
    await expect.poll(() => menuButton().innerText()).toBe('Richard @ example-corp');
  });

  it('switches role with a display name and colour, then goes back to the user', async () => {
    await actAsUser('Nikki', true);
    await switchRole('SecurityAuditor', 'AUDIT', 'Red');
    await expect.poll(() => menuButton().innerText()).toBe('AUDIT');
    // The dialog gives focus back to the identity menu, as a modal dialog returns it to what opened it.
    await expect.poll(() => menuButton().evaluate((b) => b === document.activeElement)).toBe(true);
    expect(await menuButton().evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(247, 200, 197)');
    await menuButton().click();
    await shot('identity-role-session');
    await identityPanel().getByRole('button', { name: 'Back to Nikki', exact: true }).click();
    await expect.poll(() => menuButton().innerText()).toBe('Nikki @ example-corp');
  });

  it('switches again from the role history without retyping', async () => {
    await menuButton().click();
    // The history names the account as the top bar does: by its alias.
    const entry = identityPanel().getByRole('button', { name: 'AUDIT (SecurityAuditor @ example-corp)', exact: true });
    await entry.click();
    await expect.poll(() => menuButton().innerText()).toBe('AUDIT');
  });

  it('keeps the acting identity after a reload (the session is saved with the scenario)', async () => {
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            new Promise<string>((done, fail) => {
              const open = indexedDB.open('iam-playground');
              open.onerror = () => fail(open.error);
              open.onsuccess = () => {
                const all = open.result.transaction('scenarios').objectStore('scenarios').getAll();
                all.onsuccess = () =>
                  done(
                    all.result
                      .map(
                        (r: { document: { session: { identity: { type: string } } } }) =>
                          r.document.session.identity.type,
                      )
                      .join(),
                  );
              };
            }),
        ),
      )
      .toBe('assumedRole');
    await page.reload();
    await expect.poll(() => menuButton().innerText()).toBe('AUDIT');
  });

  it("signs in as an IAM user with the console password; a wrong password gets AWS's one message for every wrong detail", async () => {
    await menuButton().click();
    await identityPanel().getByRole('button', { name: 'Sign in with a password…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sign in as IAM user' });
    await dialog.getByRole('textbox', { name: 'IAM user name' }).fill('Mary');
    await dialog.getByLabel('Password').fill('wrong-password');
    await dialog.getByRole('button', { name: 'Sign in' }).click();
    await expect
      .poll(() => dialog.getByRole('alert').innerText())
      .toContain('Your authentication information is incorrect. Please try again.');
    expect(await seriousViolations()).toEqual([]);
    await dialog.getByLabel('Password').fill('Example-Corp-2026!');
    await dialog.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => menuButton().innerText()).toBe('Mary @ example-corp');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => menuButton().evaluate((b) => b === document.activeElement)).toBe(true);
  });

  it('a console action is authorized as the acting user: without an allowing identity policy it is AccessDenied', async () => {
    await actAsUser('Richard', true);
    await page.goto(`${site.url}#/users/Mary/credentials`);
    // Richard may not read Mary's page (no iam:GetUser): the learner's view shows it so he can try the action.
    await showPageAnyway(page);
    await page.getByRole('button', { name: 'Create access key' }).click();
    const alert = page.locator('main').getByRole('alert');
    await expect
      .poll(() => alert.innerText())
      .toContain(
        'User: arn:aws:iam::123456789012:user/Richard is not authorized to perform: iam:CreateAccessKey on resource: arn:aws:iam::123456789012:user/Mary' +
          ' because no identity-based policy allows the iam:CreateAccessKey action',
      );
    await alert.getByRole('button', { name: 'Why was this denied?' }).click();
    await expect
      .poll(() => alert.getByRole('region', { name: 'Explanation' }).innerText())
      .toMatch(/identity-based policy\s*no statement allows\s*decides/);
    await page.screenshot({ path: join(SCREENSHOTS, 'identity-action-denied.png'), fullPage: true });
    expect(await seriousViolations()).toEqual([]);
    expect(site.pageErrors()).toEqual([]);
  });
});
