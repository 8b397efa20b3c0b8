// The create-role wizard's federated and custom trusted entities in headless Chromium, on Example Corp
// (acting as Nikki, an administrator): web identity roles for Google with an audience and for an OIDC
// provider added on the Identity providers page with one of its audiences, SAML 2.0 roles for a provider
// added there, with console access and for programmatic access only (which needs a SAML attribute
// condition), and a custom trust policy that is refused while the parser marks an error and created once
// it is valid. After each create the role opens on its Trust relationships tab,
// whose JSON view must hold the trust policy as the IAM console writes it. axe runs on every new step;
// screenshots go to test-results/e2e/role-*.png.
import type { Page } from '@playwright/test';
import { EXAMPLE_CORP_ACCOUNT } from '../../src/model/exampleCorp';
import { expect, test } from './fixtures';
import { editorText, openApp, pasteIntoEditor, screenshot, seriousAxeViolations } from './harness';
import { addOidcProvider, addSamlProvider } from './identityProviderFlows';

const SAML_PROVIDER = 'ExampleCorpADFS';
const SAML_PROVIDER_ARN = `arn:aws:iam::${EXAMPLE_CORP_ACCOUNT}:saml-provider/${SAML_PROVIDER}`;
const OIDC_NAME = 'token.actions.githubusercontent.com';
const OIDC_ARN = `arn:aws:iam::${EXAMPLE_CORP_ACCOUNT}:oidc-provider/${OIDC_NAME}`;

const main = (page: Page) => page.locator('main');
const heading = (page: Page) => page.locator('main h1');
const stepHeading = (page: Page) => page.locator('#wizard-step-heading');
const problem = (page: Page) => page.locator('.wizard-problem');

/** Screenshots the page and asserts axe finds nothing serious or critical on it. */
async function checkStep(page: Page, name: string) {
  // Viewport shots: a full-page one repeats the fixed top bar over the page.
  await screenshot(page, `role-${name}`, { fullPage: false });
  expect(await seriousAxeViolations(page)).toEqual([]);
}

/** Opens Roles › Create role and picks the trusted entity type. */
async function startCreateRole(page: Page, entityType: RegExp) {
  await openApp(page, '#/roles');
  await page.getByRole('link', { name: 'Create role' }).click();
  await expect(stepHeading(page)).toHaveText('Select trusted entity');
  await page.getByRole('radio', { name: entityType }).check();
}

/** From the trusted entity step: no permissions, the role name, Create role; ends on the new role's page. */
async function createRoleNamed(page: Page, roleName: string) {
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(stepHeading(page)).toHaveText('Add permissions');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('textbox', { name: 'Role name' }).fill(roleName);
  await page.getByRole('button', { name: 'Create role' }).click();
  await expect(heading(page)).toHaveText(roleName);
}

/** The text of the JSON view of the open role's Trust relationships tab. */
async function shownTrustPolicyText(page: Page, roleName: string): Promise<string> {
  await expect(page.getByRole('tab', { selected: true })).toHaveText('Trust relationships');
  await page
    .getByRole('group', { name: `Trust policy of ${roleName}: view` })
    .getByRole('button', { name: 'JSON' })
    .click();
  const editor = main(page).locator('.monaco-editor');
  await expect.poll(() => editorText(editor)).toContain('"Version"');
  return editorText(editor);
}

/** The trust policy shown on the open role's Trust relationships tab, parsed. */
const shownTrustPolicy = async (page: Page, roleName: string): Promise<unknown> =>
  JSON.parse(await shownTrustPolicyText(page, roleName));

/** Opens the web identity step for Google. */
async function startGoogleRole(page: Page) {
  await startCreateRole(page, /^Web identity/);
  await page.getByRole('combobox', { name: 'Identity provider' }).selectOption({ label: 'Google' });
}

/** Adds the SAML provider, then opens the SAML 2.0 step for programmatic access only without a condition. */
async function startProgrammaticSamlRole(page: Page) {
  await addSamlProvider(page, SAML_PROVIDER);
  await startCreateRole(page, /^SAML 2\.0 federation/);
  await page.getByRole('radio', { name: 'Allow programmatic access only' }).check();
  await page.getByRole('button', { name: 'Remove condition 1' }).click();
}

/** A trust policy of one Allow statement, as the console writes it. */
const trustPolicy = (statement: Record<string, unknown>) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', ...statement }],
});

test.describe('create role: web identity', () => {
  test('asks for the audience before going on', async ({ page }) => {
    await startGoogleRole(page);
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(problem(page)).toHaveText('Enter the audience (client ID).');
    await expect(stepHeading(page)).toHaveText('Select trusted entity');
  });

  test('creates a role for Google whose trust policy allows sts:AssumeRoleWithWebIdentity for that audience only', async ({
    page,
  }) => {
    await startGoogleRole(page);
    const audience = '123456789012-abcdefghijklmnop.apps.googleusercontent.com';
    await page.getByRole('textbox', { name: 'Audience' }).fill(audience);
    await checkStep(page, 'web-identity-1-entity');
    await createRoleNamed(page, 'GoogleWebApp');
    expect(await shownTrustPolicy(page, 'GoogleWebApp')).toEqual(
      trustPolicy({
        Principal: { Federated: 'accounts.google.com' },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: { StringEquals: { 'accounts.google.com:aud': audience } },
      }),
    );
    await checkStep(page, 'web-identity-2-trust');
    await openApp(page, '#/roles');
    await expect(page.getByRole('row', { name: /GoogleWebApp/ })).toContainText(
      'Identity provider: accounts.google.com',
    );
  });
});

test.describe('create role: web identity with the field named for the provider', () => {
  for (const [provider, label, missing] of [
    ['Facebook', 'Application ID', 'Enter the application ID.'],
    ['Login with Amazon', 'Application ID', 'Enter the application ID.'],
    ['Amazon Cognito', 'Identity pool ID', 'Enter the identity pool ID.'],
  ]) {
    test(`${provider} asks for the ${label}`, async ({ page }) => {
      await startCreateRole(page, /^Web identity/);
      await page.getByRole('combobox', { name: 'Identity provider' }).selectOption({ label: provider });
      await expect(page.getByRole('textbox', { name: label, exact: true })).toBeVisible();
      await page.getByRole('button', { name: 'Next' }).click();
      await expect(problem(page)).toHaveText(missing);
    });
  }

  test("offers the account's own OIDC provider with its audiences, and trusts it for the chosen audience", async ({
    page,
  }) => {
    await addOidcProvider(page, `https://${OIDC_NAME}`, 'sts.amazonaws.com');
    await startCreateRole(page, /^Web identity/);
    await page.getByRole('combobox', { name: 'Identity provider' }).selectOption({ label: OIDC_NAME });
    const audience = page.getByRole('combobox', { name: 'Audience' });
    await expect(audience).toHaveValue('sts.amazonaws.com');
    await expect(audience.locator('option')).toHaveText(['sts.amazonaws.com']);
    await checkStep(page, 'web-identity-3-oidc-entity');
    await createRoleNamed(page, 'GitHubActionsDeploy');
    expect(await shownTrustPolicy(page, 'GitHubActionsDeploy')).toEqual(
      trustPolicy({
        Principal: { Federated: OIDC_ARN },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: { StringEquals: { [`${OIDC_NAME}:aud`]: 'sts.amazonaws.com' } },
      }),
    );
  });
});

test.describe('create role: SAML 2.0 federation', () => {
  test('says to add a SAML provider first while the account has none, and cannot go on', async ({ page }) => {
    await startCreateRole(page, /^SAML 2\.0 federation/);
    await expect(main(page)).toContainText(
      'This account has no SAML providers yet: add one under Identity providers first.',
    );
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(problem(page)).toHaveText('Choose a SAML 2.0 provider.');
    await checkStep(page, 'saml-0-no-provider');
  });

  test('creates a role for console sign-in whose trust policy requires SAML:aud to be the AWS sign-in endpoint', async ({
    page,
  }) => {
    await addSamlProvider(page, SAML_PROVIDER);
    await startCreateRole(page, /^SAML 2\.0 federation/);
    await expect(page.getByRole('combobox', { name: 'SAML 2.0–based provider' })).toHaveValue(SAML_PROVIDER_ARN);
    await expect(
      page.getByRole('radio', { name: 'Allow programmatic and AWS Management Console access' }),
    ).toBeChecked();
    await checkStep(page, 'saml-1-entity');
    await createRoleNamed(page, 'ADFS-Console');
    expect(await shownTrustPolicy(page, 'ADFS-Console')).toEqual(
      trustPolicy({
        Principal: { Federated: SAML_PROVIDER_ARN },
        Action: 'sts:AssumeRoleWithSAML',
        Condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } },
      }),
    );
    await checkStep(page, 'saml-2-trust');
  });

  test('for programmatic access only, does not go on without a SAML attribute condition', async ({ page }) => {
    await addSamlProvider(page, SAML_PROVIDER);
    await startCreateRole(page, /^SAML 2\.0 federation/);
    await page.getByRole('radio', { name: 'Allow programmatic access only' }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(problem(page)).toHaveText('Enter a value for each SAML attribute condition.');
    await page.getByRole('button', { name: 'Remove condition 1' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(problem(page)).toHaveText(/^Add at least one SAML attribute condition/);
    await expect(stepHeading(page)).toHaveText('Select trusted entity');
  });

  test('creates a role for programmatic access only whose trust policy requires the chosen attribute (StringEquals), without the sign-in audience', async ({
    page,
  }) => {
    await startProgrammaticSamlRole(page);
    await page.getByRole('button', { name: 'Add condition' }).click();
    await page.getByRole('combobox', { name: 'Attribute' }).selectOption('SAML:sub_type');
    await page.getByRole('textbox', { name: 'Value' }).fill('persistent');
    await checkStep(page, 'saml-3-programmatic-entity');
    await createRoleNamed(page, 'ADFS-Programmatic');
    expect(await shownTrustPolicy(page, 'ADFS-Programmatic')).toEqual(
      trustPolicy({
        Principal: { Federated: SAML_PROVIDER_ARN },
        Action: 'sts:AssumeRoleWithSAML',
        Condition: { StringEquals: { 'SAML:sub_type': 'persistent' } },
      }),
    );
    await checkStep(page, 'saml-4-programmatic-trust');
  });
});

test.describe('create role: custom trust policy', () => {
  const editor = (page: Page) => main(page).locator('.monaco-editor').first();
  /** Opens the custom trust policy step, starting from the AWS service entity's policy for Lambda. */
  async function startCustomTrustPolicy(page: Page) {
    await startCreateRole(page, /^AWS service/);
    await page.getByRole('combobox', { name: 'Service or use case' }).selectOption('lambda.amazonaws.com');
    await page.getByRole('radio', { name: /^Custom trust policy/ }).check();
  }
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

  test('starts from the trust policy of the entity chosen before', async ({ page }) => {
    await startCustomTrustPolicy(page);
    await expect.poll(() => editorText(editor(page))).toContain('"Service": "lambda.amazonaws.com"');
  });

  test("shows the parser's error for a statement without a Principal and does not go on to Create role", async ({
    page,
  }) => {
    await startCustomTrustPolicy(page);
    await pasteIntoEditor(page, editor(page), typed.replace(/^.*"Principal".*\n/m, ''));
    // Next as soon as the pasted text is in the editor (a paste lands asynchronously): the check must not
    // depend on the editor having re-parsed yet.
    await expect.poll(() => editorText(editor(page))).not.toContain('Principal');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(problem(page)).toHaveText('Fix the errors marked in the trust policy.');
    await expect(page.getByRole('list', { name: 'Problems' })).toHaveText(
      /^ERROR Ln \d+, Col \d+: Statement\[0\] has no Principal, which a role trust policy requires$/,
      { useInnerText: true },
    );
    await expect(stepHeading(page)).toHaveText('Select trusted entity');
    await expect(page.getByRole('button', { name: 'Create role' })).toHaveCount(0);
    await problem(page).scrollIntoViewIfNeeded();
    await checkStep(page, 'custom-1-error');
  });

  test("refuses text that is not JSON, with the parser's message", async ({ page }) => {
    await startCustomTrustPolicy(page);
    await pasteIntoEditor(page, editor(page), '{\n  "Version": "2012-10-17",\n  "Statement": [\n');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(problem(page)).toHaveText('Fix the errors marked in the trust policy.');
    await expect(page.getByRole('list', { name: 'Problems' })).toHaveText(/^ERROR Ln 4, Col 1: invalid JSON: /, {
      useInnerText: true,
    });
    await expect(stepHeading(page)).toHaveText('Select trusted entity');
  });

  test('creates the role with a valid policy, which its Trust relationships tab shows as typed', async ({ page }) => {
    await startCustomTrustPolicy(page);
    await pasteIntoEditor(page, editor(page), typed);
    await expect(page.locator('.editor-status').first()).toHaveText('No problems');
    await createRoleNamed(page, 'PartnerAudit');
    expect(await shownTrustPolicyText(page, 'PartnerAudit')).toBe(typed);
    await checkStep(page, 'custom-2-trust');
  });
});
