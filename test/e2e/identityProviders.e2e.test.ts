// Identity providers in headless Chromium, on Example Corp (acting as Nikki, an administrator): the empty
// list, Add provider for SAML (IAM's own error for a metadata document that is too short, a document read
// from a chosen file, then one pasted) and for OpenID Connect (URL and audience, no thumbprint), the list
// with both (filter and sort), each provider's page (ARN, type, creation time, metadata, audiences added
// and removed, tags added and removed), search by name, delete after confirmation, and a denial for a user without IAM
// permissions. axe runs on every new page; screenshots go to test-results/e2e/idp-*.png.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_CORP_ACCOUNT } from '../../src/model';
import type { Site } from './harness';
import { SCREENSHOTS, actAsIamUser, openApp, seriousAxeViolations, showPageAnyway, useSitePage } from './harness';
import {
  SAML_METADATA,
  addOidcProvider,
  addSamlProvider,
  fillSamlProvider,
  startAddProvider,
} from './identityProviderFlows';

let site: Site;
let page: Page;

useSitePage((s, p) => {
  site = s;
  page = p;
});

const SAML_NAME = 'ExampleCorpADFS';
const SAML_ARN = `arn:aws:iam::${EXAMPLE_CORP_ACCOUNT}:saml-provider/${SAML_NAME}`;
const OIDC_URL = 'https://token.actions.githubusercontent.com';
const OIDC_NAME = 'token.actions.githubusercontent.com';
const OIDC_ARN = `arn:aws:iam::${EXAMPLE_CORP_ACCOUNT}:oidc-provider/${OIDC_NAME}`;

const main = () => page.locator('main');
const heading = () => page.locator('main h1');
const alert = () => main().getByRole('alert');
const summary = () => main().locator('dl.summary-grid');
const providerRows = () =>
  main()
    .getByRole('table', { name: /^Identity providers/ })
    .locator('tbody tr');
const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `idp-${name}.png`) });

/** Screenshots the page and asserts axe finds nothing serious or critical on it. */
async function checkPage(name: string) {
  await shot(name);
  expect(await seriousAxeViolations(page)).toEqual([]);
}

describe('the Identity providers list', () => {
  it('says the account has no providers yet and offers Add provider', async () => {
    await openApp(page, site, '#/identity-providers');
    expect(await providerRows().innerText()).toBe('No identity providers in this account.');
    expect(await page.getByRole('link', { name: 'Add provider' }).isVisible()).toBe(true);
    await checkPage('1-empty');
  });
});

describe('add a SAML provider', () => {
  it('asks for the name and the metadata document before calling IAM', async () => {
    await startAddProvider(page, site, 'SAML');
    await page.getByRole('button', { name: 'Add provider' }).click();
    await expect.poll(() => alert().innerText()).toBe('Enter a provider name.');
    await checkPage('2-saml-form');
  });

  it("shows IAM's ValidationError for a metadata document shorter than 1,000 characters", async () => {
    await fillSamlProvider(page, SAML_NAME, '<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata"/>');
    await page.getByRole('button', { name: 'Add provider' }).click();
    await expect
      .poll(() => alert().innerText())
      .toMatch(
        /^ValidationError\s+1 validation error detected: .* at 'sAMLMetadataDocument' failed to satisfy constraint: Member must have length greater than or equal to 1000$/,
      );
    expect(await heading().textContent()).toBe('Add an identity provider');
  });

  it('reads the metadata document from a chosen file into the form', async () => {
    await page
      .getByLabel('Metadata document file')
      .setInputFiles({ name: 'adfs-metadata.xml', mimeType: 'text/xml', buffer: Buffer.from(SAML_METADATA) });
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Metadata document', exact: true }).inputValue())
      .toBe(SAML_METADATA);
    expect(await main().innerText()).toContain(
      `Read from adfs-metadata.xml: ${SAML_METADATA.length.toLocaleString('en-US')} characters.`,
    );
  });

  it('adds the provider from a pasted metadata document and opens its page: ARN, type, creation time and the document', async () => {
    await addSamlProvider(page, site, SAML_NAME);
    const shown = await summary().innerText();
    expect(shown).toContain(`ARN\n${SAML_ARN}`);
    expect(shown).toContain('Provider type\nSAML');
    expect(shown).toMatch(/Creation time\n\S/);
    expect(await page.getByRole('tab', { selected: true }).textContent()).toBe('Metadata document');
    expect(await page.getByRole('tabpanel').innerText()).toBe(SAML_METADATA);
    await checkPage('3-saml-page');
  });
});

describe('add an OpenID Connect provider', () => {
  it('asks for an https:// URL', async () => {
    await startAddProvider(page, site, 'OpenID Connect');
    await page.getByRole('textbox', { name: 'Provider URL' }).fill('http://token.actions.githubusercontent.com');
    await page.getByRole('textbox', { name: 'Audience' }).fill('sts.amazonaws.com');
    await page.getByRole('button', { name: 'Add provider' }).click();
    await expect.poll(() => alert().innerText()).toMatch(/^The provider URL must begin with https:\/\//);
    expect(
      await main()
        .getByText(/thumbprint/i)
        .count(),
    ).toBe(1); // only the hint that none is needed
    await checkPage('4-oidc-form');
  });

  it('adds the provider with its URL and one audience, without a thumbprint, and opens its Audiences tab', async () => {
    await addOidcProvider(page, site, OIDC_URL, 'sts.amazonaws.com');
    expect(await summary().innerText()).toContain(`ARN\n${OIDC_ARN}`);
    expect(await summary().innerText()).toContain('Provider type\nOpenID Connect');
    expect(await page.getByRole('tab', { selected: true }).textContent()).toBe('Audiences (1)');
    expect(await main().getByRole('table', { name: 'Audiences' }).locator('tbody').innerText()).toContain(
      'sts.amazonaws.com',
    );
    await checkPage('5-oidc-page');
  });

  it('adds an audience and removes it again', async () => {
    const audiences = () => main().getByRole('table', { name: 'Audiences' }).locator('tbody td code');
    await page.getByRole('textbox', { name: 'New audience' }).fill('example-corp-web');
    await page.getByRole('button', { name: 'Add audience' }).click();
    await expect.poll(() => audiences().allInnerTexts()).toEqual(['sts.amazonaws.com', 'example-corp-web']);
    expect(await page.getByRole('tab', { selected: true }).textContent()).toBe('Audiences (2)');
    await page.getByRole('button', { name: 'Remove audience example-corp-web' }).click();
    const confirm = page.getByRole('dialog', { name: 'Remove audience example-corp-web?' });
    expect(await confirm.innerText()).toContain(
      'Applications that sign in with the audience example-corp-web can no longer assume roles through this provider.',
    );
    await confirm.getByRole('button', { name: 'Remove audience' }).click();
    await expect.poll(() => audiences().allInnerTexts()).toEqual(['sts.amazonaws.com']);
  });

  it('the Thumbprints tab says none is needed', async () => {
    await page.getByRole('tab', { name: 'Thumbprints' }).click();
    await expect
      .poll(() => page.getByRole('tabpanel').innerText())
      .toMatch(/^No thumbprints: IAM verifies this provider’s certificate/);
  });
});

describe('the list with both providers', () => {
  it('lists each provider with its type, filters by name and sorts by type', async () => {
    await openApp(page, site, '#/identity-providers');
    await expect.poll(() => providerRows().count()).toBe(2);
    expect(await providerRows().first().innerText()).toMatch(new RegExp(`^${SAML_NAME}\tSAML\t`));
    await page.getByRole('columnheader', { name: 'Type' }).getByRole('button').click();
    await expect
      .poll(() => providerRows().first().innerText())
      .toMatch(new RegExp(`^${OIDC_NAME}\tOpenID Connect\tAudiences: sts.amazonaws.com\t`));
    await page.getByRole('searchbox', { name: 'Filter identity providers' }).fill('adfs');
    await expect
      .poll(() => providerRows().allInnerTexts())
      .toEqual([expect.stringMatching(new RegExp(`^${SAML_NAME}\t`))]);
    await checkPage('6-list');
    await page.getByRole('link', { name: SAML_NAME }).click();
    await expect.poll(() => heading().textContent()).toBe(SAML_NAME);
  });

  it('console search finds a provider by name and leads to its page', async () => {
    await openApp(page, site, '#/identity-providers');
    await page.getByRole('searchbox', { name: 'Search the console' }).fill('token.act');
    await page
      .getByRole('list', { name: 'Search results' })
      .getByRole('link', { name: new RegExp(OIDC_NAME) })
      .first()
      .click();
    await expect.poll(() => heading().textContent()).toBe(OIDC_NAME);
  });
});

describe('tags after creation', () => {
  it.each([
    ['OpenID Connect', OIDC_ARN, OIDC_NAME],
    ['SAML', SAML_ARN, SAML_NAME],
  ])('tags the %s provider from its Tags tab and removes the tag', async (_kind, arn, name) => {
    await openApp(page, site, `#/identity-providers/${encodeURIComponent(arn)}/tags`);
    await page.getByRole('button', { name: 'Manage tags' }).click();
    const manage = page.getByRole('dialog', { name: `Manage tags of ${name}` });
    await manage.getByRole('button', { name: 'Add new tag' }).click();
    await manage.getByRole('textbox', { name: 'Key' }).fill('Owner');
    await manage.getByRole('textbox', { name: 'Value' }).fill('Identity team');
    await shot(`7-tags-dialog-${_kind === 'SAML' ? 'saml' : 'oidc'}`);
    expect(await seriousAxeViolations(page, 'dialog[open]')).toEqual([]);
    await manage.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => manage.count()).toBe(0);
    await expect.poll(() => main().getByRole('table', { name: 'Tags' }).innerText()).toMatch(/Owner\s+Identity team/);
    expect(await page.getByRole('tab', { name: 'Tags (1)' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Manage tags' }).click();
    await manage.getByRole('button', { name: 'Remove tag 1' }).click();
    await manage.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => page.getByRole('tab', { name: 'Tags (0)' }).count()).toBe(1);
  });
});

describe('delete a provider', () => {
  it('asks for confirmation, and Cancel keeps the provider', async () => {
    await openApp(page, site, `#/identity-providers/${encodeURIComponent(OIDC_ARN)}`);
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const confirm = main().getByRole('group', { name: `Delete ${OIDC_NAME}?` });
    await expect.poll(() => confirm.innerText()).toContain('Deleting the provider cannot be undone.');
    await checkPage('7-delete-confirm');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => confirm.count()).toBe(0);
    expect(await heading().textContent()).toBe(OIDC_NAME);
  });

  it('deletes the provider after confirmation and returns to the list without it', async () => {
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('button', { name: 'Delete provider' }).click();
    await expect.poll(() => heading().textContent()).toBe('Identity providers');
    await expect
      .poll(() => providerRows().allInnerTexts())
      .toEqual([expect.stringMatching(new RegExp(`^${SAML_NAME}\t`))]);
  });
});

describe('acting as a user without IAM permissions', () => {
  it("deleting a provider is denied with AWS's AccessDenied message, and the provider stays", async () => {
    await actAsIamUser(page, 'Richard', true);
    await openApp(page, site, `#/identity-providers/${encodeURIComponent(SAML_ARN)}`);
    // Richard may not read the provider (no iam:GetSAMLProvider): the learner's view shows it so he can try.
    await showPageAnyway(page);
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('button', { name: 'Delete provider' }).click();
    await expect
      .poll(() => alert().innerText())
      .toContain(
        `User: arn:aws:iam::${EXAMPLE_CORP_ACCOUNT}:user/Richard is not authorized to perform: iam:DeleteSAMLProvider on resource: ${SAML_ARN}`,
      );
    expect(await heading().textContent()).toBe(SAML_NAME);
    await checkPage('8-delete-denied');
  });
});

describe('offline', () => {
  it('the identity provider pages threw no page errors and nothing left localhost', () => {
    expect(site.pageErrors()).toEqual([]);
    expect(site.offsiteRequests()).toEqual([]);
  });
});
