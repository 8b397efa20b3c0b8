// The create-role wizard's federated and custom trusted entities in headless Chromium, on Example Corp
// (acting as Nikki, an administrator): web identity roles for Google with an audience and for an OIDC
// provider added on the Identity providers page with one of its audiences, SAML 2.0 roles for a provider
// added there, with console access and for programmatic access only (which needs a SAML attribute
// condition), and a custom trust policy that is refused while the parser marks an error and created once
// it is valid. After each create the role opens on its Trust relationships tab,
// whose JSON view must hold the trust policy as the IAM console writes it. axe runs on every new step;
// screenshots go to test-results/e2e/role-*.png.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_CORP_ACCOUNT } from '../../src/model';
import type { Site } from './harness';
import { SCREENSHOTS, openApp, pasteIntoEditor, seriousAxeViolations, useSitePage } from './harness';
import { addOidcProvider, addSamlProvider } from './identityProviderFlows';

let site: Site;
let page: Page;

useSitePage((s, p) => {
  site = s;
  page = p;
});

const SAML_PROVIDER = 'ExampleCorpADFS';
const SAML_PROVIDER_ARN = `arn:aws:iam::${EXAMPLE_CORP_ACCOUNT}:saml-provider/${SAML_PROVIDER}`;
const OIDC_NAME = 'token.actions.githubusercontent.com';
const OIDC_ARN = `arn:aws:iam::${EXAMPLE_CORP_ACCOUNT}:oidc-provider/${OIDC_NAME}`;

const main = () => page.locator('main');
const heading = () => page.locator('main h1');
const stepHeading = () => page.locator('#wizard-step-heading');
const problem = () => page.locator('.wizard-problem');
// Viewport shots: a full-page one repeats the fixed top bar over the page.
const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `role-${name}.png`) });

/** Screenshots the page and asserts axe finds nothing serious or critical on it. */
async function checkStep(name: string) {
  await shot(name);
  expect(await seriousAxeViolations(page)).toEqual([]);
}

/** Opens Roles › Create role and picks the trusted entity type. */
async function startCreateRole(entityType: RegExp) {
  await openApp(page, site, '#/roles');
  await page.getByRole('link', { name: 'Create role' }).click();
  await expect.poll(() => stepHeading().textContent()).toBe('Select trusted entity');
  await page.getByRole('radio', { name: entityType }).check();
}

/** From the trusted entity step: no permissions, the role name, Create role; ends on the new role's page. */
async function createRoleNamed(roleName: string) {
  await page.getByRole('button', { name: 'Next' }).click();
  await expect.poll(() => stepHeading().textContent()).toBe('Add permissions');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('textbox', { name: 'Role name' }).fill(roleName);
  await page.getByRole('button', { name: 'Create role' }).click();
  await expect.poll(() => heading().textContent()).toBe(roleName);
}

/** The text of the JSON view of the open role's Trust relationships tab. */
async function shownTrustPolicyText(roleName: string): Promise<string> {
  await expect.poll(() => page.getByRole('tab', { selected: true }).textContent()).toBe('Trust relationships');
  await page
    .getByRole('group', { name: `Trust policy of ${roleName}: view` })
    .getByRole('button', { name: 'JSON' })
    .click();
  const lines = main().locator('.monaco-editor .view-lines');
  await expect.poll(() => lines.innerText()).toContain('"Version"');
  // Monaco renders spaces as no-break spaces.
  return (await lines.innerText()).replace(/\u00a0/g, ' ');
}

/** The trust policy shown on the open role's Trust relationships tab, parsed. */
const shownTrustPolicy = async (roleName: string): Promise<unknown> => JSON.parse(await shownTrustPolicyText(roleName));

/** A trust policy of one Allow statement, as the console writes it. */
const trustPolicy = (statement: Record<string, unknown>) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', ...statement }],
});

describe('create role: web identity', () => {
  it('asks for the audience before going on', async () => {
    await startCreateRole(/^Web identity/);
    await page.getByRole('combobox', { name: 'Identity provider' }).selectOption({ label: 'Google' });
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => problem().innerText()).toBe('Enter the audience (client ID).');
    expect(await stepHeading().textContent()).toBe('Select trusted entity');
  });

  it('creates a role for Google whose trust policy allows sts:AssumeRoleWithWebIdentity for that audience only', async () => {
    const audience = '123456789012-abcdefghijklmnop.apps.googleusercontent.com';
    await page.getByRole('textbox', { name: 'Audience' }).fill(audience);
    await checkStep('web-identity-1-entity');
    await createRoleNamed('GoogleWebApp');
    expect(await shownTrustPolicy('GoogleWebApp')).toEqual(
      trustPolicy({
        Principal: { Federated: 'accounts.google.com' },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: { StringEquals: { 'accounts.google.com:aud': audience } },
      }),
    );
    await checkStep('web-identity-2-trust');
    await openApp(page, site, '#/roles');
    expect(await page.getByRole('row', { name: /GoogleWebApp/ }).innerText()).toContain(
      'Identity provider: accounts.google.com',
    );
  });
});

describe('create role: web identity with the field named for the provider', () => {
  it.each([
    ['Facebook', 'Application ID', 'Enter the application ID.'],
    ['Login with Amazon', 'Application ID', 'Enter the application ID.'],
    ['Amazon Cognito', 'Identity pool ID', 'Enter the identity pool ID.'],
  ])('%s asks for the %s', async (provider, label, missing) => {
    await startCreateRole(/^Web identity/);
    await page.getByRole('combobox', { name: 'Identity provider' }).selectOption({ label: provider });
    expect(await page.getByRole('textbox', { name: label, exact: true }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => problem().innerText()).toBe(missing);
  });

  it("offers the account's own OIDC provider with its audiences, and trusts it for the chosen audience", async () => {
    await addOidcProvider(page, site, `https://${OIDC_NAME}`, 'sts.amazonaws.com');
    await startCreateRole(/^Web identity/);
    await page.getByRole('combobox', { name: 'Identity provider' }).selectOption({ label: OIDC_NAME });
    const audience = page.getByRole('combobox', { name: 'Audience' });
    await expect.poll(() => audience.inputValue()).toBe('sts.amazonaws.com');
    expect(await audience.locator('option').allInnerTexts()).toEqual(['sts.amazonaws.com']);
    await checkStep('web-identity-3-oidc-entity');
    await createRoleNamed('GitHubActionsDeploy');
    expect(await shownTrustPolicy('GitHubActionsDeploy')).toEqual(
      trustPolicy({
        Principal: { Federated: OIDC_ARN },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: { StringEquals: { [`${OIDC_NAME}:aud`]: 'sts.amazonaws.com' } },
      }),
    );
  });
});

describe('create role: SAML 2.0 federation', () => {
  it('says to add a SAML provider first while the account has none, and cannot go on', async () => {
    await startCreateRole(/^SAML 2\.0 federation/);
    await expect
      .poll(() => main().innerText())
      .toContain('This account has no SAML providers yet: add one under Identity providers first.');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => problem().innerText()).toBe('Choose a SAML 2.0 provider.');
    await checkStep('saml-0-no-provider');
  });

  it('creates a role for console sign-in whose trust policy requires SAML:aud to be the AWS sign-in endpoint', async () => {
    await addSamlProvider(page, site, SAML_PROVIDER);
    await startCreateRole(/^SAML 2\.0 federation/);
    await expect
      .poll(() => page.getByRole('combobox', { name: 'SAML 2.0–based provider' }).inputValue())
      .toBe(SAML_PROVIDER_ARN);
    expect(
      await page.getByRole('radio', { name: 'Allow programmatic and AWS Management Console access' }).isChecked(),
    ).toBe(true);
    await checkStep('saml-1-entity');
    await createRoleNamed('ADFS-Console');
    expect(await shownTrustPolicy('ADFS-Console')).toEqual(
      trustPolicy({
        Principal: { Federated: SAML_PROVIDER_ARN },
        Action: 'sts:AssumeRoleWithSAML',
        Condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } },
      }),
    );
    await checkStep('saml-2-trust');
  });

  it('for programmatic access only, does not go on without a SAML attribute condition', async () => {
    await startCreateRole(/^SAML 2\.0 federation/);
    await page.getByRole('radio', { name: 'Allow programmatic access only' }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => problem().innerText()).toBe('Enter a value for each SAML attribute condition.');
    await page.getByRole('button', { name: 'Remove condition 1' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => problem().innerText()).toMatch(/^Add at least one SAML attribute condition/);
    expect(await stepHeading().textContent()).toBe('Select trusted entity');
  });

  it('creates a role for programmatic access only whose trust policy requires the chosen attribute (StringEquals), without the sign-in audience', async () => {
    await page.getByRole('button', { name: 'Add condition' }).click();
    await page.getByRole('combobox', { name: 'Attribute' }).selectOption('SAML:sub_type');
    await page.getByRole('textbox', { name: 'Value' }).fill('persistent');
    await checkStep('saml-3-programmatic-entity');
    await createRoleNamed('ADFS-Programmatic');
    expect(await shownTrustPolicy('ADFS-Programmatic')).toEqual(
      trustPolicy({
        Principal: { Federated: SAML_PROVIDER_ARN },
        Action: 'sts:AssumeRoleWithSAML',
        Condition: { StringEquals: { 'SAML:sub_type': 'persistent' } },
      }),
    );
    await checkStep('saml-4-programmatic-trust');
  });
});

describe('create role: custom trust policy', () => {
  const editor = () => main().locator('.monaco-editor').first();
  // Laid out by hand, as a person would type it (and short enough for the JSON view to show every line).
  const typed = [
    '{',
    '  "Version": "2012-10-17",',
    '  "Statement": [{',
    '    "Sid": "PartnerAuditor",',
    '    "Effect": "Allow",',
    '    "Principal": {"AWS": "arn:aws:iam::444455556666:role/Auditor"},',
    '    "Action": ["sts:AssumeRole", "sts:TagSession"],',
    '    "Condition": {"StringEquals": {"sts:ExternalId": "example-corp-audit-7"}}',
    '  }]',
    '}',
  ].join('\n');

  it('starts from the trust policy of the entity chosen before', async () => {
    await startCreateRole(/^AWS service/);
    await page.getByRole('combobox', { name: 'Service or use case' }).selectOption('lambda.amazonaws.com');
    await page.getByRole('radio', { name: /^Custom trust policy/ }).check();
    await expect
      .poll(async () => (await editor().locator('.view-lines').innerText()).replace(/\u00a0/g, ' '))
      .toContain('"Service": "lambda.amazonaws.com"');
  });

  it("shows the parser's error for a statement without a Principal and does not go on to Create role", async () => {
    await pasteIntoEditor(page, editor(), typed.replace(/^.*"Principal".*\n/m, ''));
    // Next as soon as the pasted text is in the editor (a paste lands asynchronously): the check must not
    // depend on the editor having re-parsed yet.
    await expect.poll(async () => editor().locator('.view-lines').innerText()).not.toContain('Principal');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => problem().innerText()).toBe('Fix the errors marked in the trust policy.');
    await expect
      .poll(() => page.getByRole('list', { name: 'Problems' }).innerText())
      .toMatch(/^ERROR Ln \d+, Col \d+: Statement\[0\] has no Principal, which a role trust policy requires$/);
    expect(await stepHeading().textContent()).toBe('Select trusted entity');
    expect(await page.getByRole('button', { name: 'Create role' }).count()).toBe(0);
    await problem().scrollIntoViewIfNeeded();
    await checkStep('custom-1-error');
  });

  it("refuses text that is not JSON, with the parser's message", async () => {
    await pasteIntoEditor(page, editor(), '{\n  "Version": "2012-10-17",\n  "Statement": [\n');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => problem().innerText()).toBe('Fix the errors marked in the trust policy.');
    await expect
      .poll(() => page.getByRole('list', { name: 'Problems' }).innerText())
      .toMatch(/^ERROR Ln 4, Col 1: invalid JSON: /);
    expect(await stepHeading().textContent()).toBe('Select trusted entity');
  });

  it('creates the role with a valid policy, which its Trust relationships tab shows as typed', async () => {
    await pasteIntoEditor(page, editor(), typed);
    await expect.poll(() => page.locator('.editor-status').first().innerText()).toBe('No problems');
    await createRoleNamed('PartnerAudit');
    expect(await shownTrustPolicyText('PartnerAudit')).toBe(typed);
    await checkStep('custom-2-trust');
  });
});

describe('offline', () => {
  it('the role wizard threw no page errors and nothing left localhost', () => {
    expect(site.pageErrors()).toEqual([]);
    expect(site.offsiteRequests()).toEqual([]);
  });
});
