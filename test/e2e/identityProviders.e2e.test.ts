// Identity providers in headless Chromium, on Example Corp (acting as Nikki, an administrator): the empty
// list, Add provider for SAML (IAM's own error for a metadata document that is too short, a document read
// from a chosen file, then one pasted) and for OpenID Connect (URL and audience, no thumbprint), the list
// with both (filter and sort), each provider's page (ARN, type, creation time, metadata, audiences added
// and removed, tags added and removed), search by name, delete after confirmation, and a denial for a user
// without IAM permissions. Each test adds the providers it needs through Add provider. axe runs on every
// new page; screenshots go to test-results/e2e/idp-*.png.
import type { Page } from '@playwright/test';
import { EXAMPLE_CORP_ACCOUNT } from '../../src/model/exampleCorp';
import { expect, test } from './fixtures';
import { actAsIamUser, openApp, screenshot, seriousAxeViolations, showPageAnyway } from './harness';
import {
  SAML_METADATA,
  addOidcProvider,
  addSamlProvider,
  fillSamlProvider,
  startAddProvider,
} from './identityProviderFlows';

const SAML_NAME = 'ExampleCorpADFS';
const SAML_ARN = `arn:aws:iam::${EXAMPLE_CORP_ACCOUNT}:saml-provider/${SAML_NAME}`;
const OIDC_URL = 'https://token.actions.githubusercontent.com';
const OIDC_NAME = 'token.actions.githubusercontent.com';
const OIDC_ARN = `arn:aws:iam::${EXAMPLE_CORP_ACCOUNT}:oidc-provider/${OIDC_NAME}`;

const main = (page: Page) => page.locator('main');
const heading = (page: Page) => page.locator('main h1');
const alert = (page: Page) => main(page).getByRole('alert');
const summary = (page: Page) => main(page).locator('dl.summary-grid');
const providerRows = (page: Page) =>
  main(page)
    .getByRole('table', { name: /^Identity providers/ })
    .locator('tbody tr');

/** Screenshots the page and asserts axe finds nothing serious or critical on it. */
async function checkPage(page: Page, name: string) {
  await screenshot(page, `idp-${name}`, { fullPage: false });
  expect(await seriousAxeViolations(page)).toEqual([]);
}

const addTheOidcProvider = (page: Page) => addOidcProvider(page, OIDC_URL, 'sts.amazonaws.com');

/** Both providers, added through the UI (SAML first). */
async function addBothProviders(page: Page) {
  await addSamlProvider(page, SAML_NAME);
  await addTheOidcProvider(page);
}

test.describe('the Identity providers list', () => {
  test('says the account has no providers yet and offers Add provider', async ({ page }) => {
    await openApp(page, '#/identity-providers');
    await expect(providerRows(page)).toHaveText('No identity providers in this account.');
    await expect(page.getByRole('link', { name: 'Add provider' })).toBeVisible();
    await checkPage(page, '1-empty');
  });
});

test.describe('add a SAML provider', () => {
  test('asks for the name and the metadata document before calling IAM', async ({ page }) => {
    await startAddProvider(page, 'SAML');
    await page.getByRole('button', { name: 'Add provider' }).click();
    await expect(alert(page)).toHaveText('Enter a provider name.');
    await checkPage(page, '2-saml-form');
  });

  test("shows IAM's ValidationError for a metadata document shorter than 1,000 characters", async ({ page }) => {
    await startAddProvider(page, 'SAML');
    await fillSamlProvider(page, SAML_NAME, '<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata"/>');
    await page.getByRole('button', { name: 'Add provider' }).click();
    await expect(alert(page)).toHaveText(
      /^ValidationError\s+1 validation error detected: .* at 'sAMLMetadataDocument' failed to satisfy constraint: Member must have length greater than or equal to 1000$/,
      { useInnerText: true },
    );
    await expect(heading(page)).toHaveText('Add an identity provider');
  });

  test('reads the metadata document from a chosen file into the form', async ({ page }) => {
    await startAddProvider(page, 'SAML');
    await page
      .getByLabel('Metadata document file')
      .setInputFiles({ name: 'adfs-metadata.xml', mimeType: 'text/xml', buffer: Buffer.from(SAML_METADATA) });
    await expect(page.getByRole('textbox', { name: 'Metadata document', exact: true })).toHaveValue(SAML_METADATA);
    await expect(main(page)).toContainText(
      `Read from adfs-metadata.xml: ${SAML_METADATA.length.toLocaleString('en-US')} characters.`,
    );
  });

  test('adds the provider from a pasted metadata document and opens its page: ARN, type, creation time and the document', async ({
    page,
  }) => {
    await addSamlProvider(page, SAML_NAME);
    await expect(summary(page)).toContainText(`ARN\n${SAML_ARN}`, { useInnerText: true });
    await expect(summary(page)).toContainText('Provider type\nSAML', { useInnerText: true });
    await expect(summary(page)).toContainText(/Creation time\n\S/, { useInnerText: true });
    await expect(page.getByRole('tab', { selected: true })).toHaveText('Metadata document');
    await expect(page.getByRole('tabpanel')).toHaveText(SAML_METADATA, { useInnerText: true });
    await checkPage(page, '3-saml-page');
  });
});

test.describe('add an OpenID Connect provider', () => {
  test('asks for an https:// URL', async ({ page }) => {
    await startAddProvider(page, 'OpenID Connect');
    await page.getByRole('textbox', { name: 'Provider URL' }).fill('http://token.actions.githubusercontent.com');
    await page.getByRole('textbox', { name: 'Audience' }).fill('sts.amazonaws.com');
    await page.getByRole('button', { name: 'Add provider' }).click();
    await expect(alert(page)).toHaveText(/^The provider URL must begin with https:\/\//);
    // Only the hint that none is needed.
    await expect(main(page).getByText(/thumbprint/i)).toHaveCount(1);
    await checkPage(page, '4-oidc-form');
  });

  test('adds the provider with its URL and one audience, without a thumbprint, and opens its Audiences tab', async ({
    page,
  }) => {
    await addTheOidcProvider(page);
    await expect(summary(page)).toContainText(`ARN\n${OIDC_ARN}`, { useInnerText: true });
    await expect(summary(page)).toContainText('Provider type\nOpenID Connect', { useInnerText: true });
    await expect(page.getByRole('tab', { selected: true })).toHaveText('Audiences (1)');
    await expect(main(page).getByRole('table', { name: 'Audiences' }).locator('tbody')).toContainText(
      'sts.amazonaws.com',
    );
    await checkPage(page, '5-oidc-page');
  });

  test('adds an audience and removes it again', async ({ page }) => {
    await addTheOidcProvider(page);
    const audiences = main(page).getByRole('table', { name: 'Audiences' }).locator('tbody td code');
    await page.getByRole('textbox', { name: 'New audience' }).fill('example-corp-web');
    await page.getByRole('button', { name: 'Add audience' }).click();
    await expect(audiences).toHaveText(['sts.amazonaws.com', 'example-corp-web']);
    await expect(page.getByRole('tab', { selected: true })).toHaveText('Audiences (2)');
    await page.getByRole('button', { name: 'Remove audience example-corp-web' }).click();
    const confirm = page.getByRole('dialog', { name: 'Remove audience example-corp-web?' });
    await expect(confirm).toContainText(
      'Applications that sign in with the audience example-corp-web can no longer assume roles through this provider.',
    );
    await confirm.getByRole('button', { name: 'Remove audience' }).click();
    await expect(audiences).toHaveText(['sts.amazonaws.com']);
  });

  test('the Thumbprints tab says none is needed', async ({ page }) => {
    await addTheOidcProvider(page);
    await page.getByRole('tab', { name: 'Thumbprints' }).click();
    await expect(page.getByRole('tabpanel')).toHaveText(/^No thumbprints: IAM verifies this provider’s certificate/);
  });
});

test.describe('the list with both providers', () => {
  test('lists each provider with its type, filters by name and sorts by type', async ({ page }) => {
    await addBothProviders(page);
    await openApp(page, '#/identity-providers');
    await expect(providerRows(page)).toHaveCount(2);
    await expect(providerRows(page).first()).toHaveText(new RegExp(`^${SAML_NAME}\tSAML\t`), { useInnerText: true });
    await page.getByRole('columnheader', { name: 'Type' }).getByRole('button').click();
    await expect(providerRows(page).first()).toHaveText(
      new RegExp(`^${OIDC_NAME}\tOpenID Connect\tAudiences: sts.amazonaws.com\t`),
      { useInnerText: true },
    );
    await page.getByRole('searchbox', { name: 'Filter identity providers' }).fill('adfs');
    await expect(providerRows(page)).toHaveText([new RegExp(`^${SAML_NAME}\t`)], { useInnerText: true });
    await checkPage(page, '6-list');
    await page.getByRole('link', { name: SAML_NAME }).click();
    await expect(heading(page)).toHaveText(SAML_NAME);
  });

  test('console search finds a provider by name and leads to its page', async ({ page }) => {
    await addTheOidcProvider(page);
    await openApp(page, '#/identity-providers');
    await page.getByRole('searchbox', { name: 'Search the console' }).fill('token.act');
    await page
      .getByRole('list', { name: 'Search results' })
      .getByRole('link', { name: new RegExp(OIDC_NAME) })
      .first()
      .click();
    await expect(heading(page)).toHaveText(OIDC_NAME);
  });
});

test.describe('tags after creation', () => {
  const KINDS = [
    { kind: 'OpenID Connect', arn: OIDC_ARN, name: OIDC_NAME, shot: 'oidc', add: addTheOidcProvider },
    { kind: 'SAML', arn: SAML_ARN, name: SAML_NAME, shot: 'saml', add: (p: Page) => addSamlProvider(p, SAML_NAME) },
  ];
  for (const { kind, arn, name, shot, add } of KINDS) {
    test(`tags the ${kind} provider from its Tags tab and removes the tag`, async ({ page }) => {
      await add(page);
      await openApp(page, `#/identity-providers/${encodeURIComponent(arn)}/tags`);
      await page.getByRole('button', { name: 'Manage tags' }).click();
      const manage = page.getByRole('dialog', { name: `Manage tags of ${name}` });
      await manage.getByRole('button', { name: 'Add new tag' }).click();
      await manage.getByRole('textbox', { name: 'Key' }).fill('Owner');
      await manage.getByRole('textbox', { name: 'Value' }).fill('Identity team');
      await screenshot(page, `idp-7-tags-dialog-${shot}`, { fullPage: false });
      expect(await seriousAxeViolations(page, 'dialog[open]')).toEqual([]);
      await manage.getByRole('button', { name: 'Save changes' }).click();
      await expect(manage).toHaveCount(0);
      await expect(main(page).getByRole('table', { name: 'Tags' })).toContainText(/Owner\s+Identity team/, {
        useInnerText: true,
      });
      await expect(page.getByRole('tab', { name: 'Tags (1)' })).toHaveCount(1);
      await page.getByRole('button', { name: 'Manage tags' }).click();
      await manage.getByRole('button', { name: 'Remove tag 1' }).click();
      await manage.getByRole('button', { name: 'Save changes' }).click();
      await expect(page.getByRole('tab', { name: 'Tags (0)' })).toHaveCount(1);
    });
  }
});

test.describe('delete a provider', () => {
  test('asks for confirmation, and Cancel keeps the provider', async ({ page }) => {
    await addTheOidcProvider(page);
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const confirm = main(page).getByRole('group', { name: `Delete ${OIDC_NAME}?` });
    await expect(confirm).toContainText('Deleting the provider cannot be undone.');
    await checkPage(page, '7-delete-confirm');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(confirm).toHaveCount(0);
    await expect(heading(page)).toHaveText(OIDC_NAME);
  });

  test('deletes the provider after confirmation and returns to the list without it', async ({ page }) => {
    await addBothProviders(page);
    await openApp(page, `#/identity-providers/${encodeURIComponent(OIDC_ARN)}`);
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('button', { name: 'Delete provider' }).click();
    await expect(heading(page)).toHaveText('Identity providers');
    await expect(providerRows(page)).toHaveText([new RegExp(`^${SAML_NAME}\t`)], { useInnerText: true });
  });
});

test.describe('acting as a user without IAM permissions', () => {
  test("deleting a provider is denied with AWS's AccessDenied message, and the provider stays", async ({ page }) => {
    await addSamlProvider(page, SAML_NAME);
    await actAsIamUser(page, 'Richard', true);
    await openApp(page, `#/identity-providers/${encodeURIComponent(SAML_ARN)}`);
    // Richard may not read the provider (no iam:GetSAMLProvider): the learner's view shows it so he can try.
    await showPageAnyway(page);
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('button', { name: 'Delete provider' }).click();
    await expect(alert(page)).toContainText(
      `User: arn:aws:iam::${EXAMPLE_CORP_ACCOUNT}:user/Richard is not authorized to perform: iam:DeleteSAMLProvider on resource: ${SAML_ARN}`,
    );
    await expect(heading(page)).toHaveText(SAML_NAME);
    await checkPage(page, '8-delete-denied');
  });
});
