// Adding identity providers through Identity providers › Add provider, as a person does, for the browser
// tests that need one (the provider tests themselves, and the create-role tests for SAML and OIDC).
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { openApp } from './harness';

/** A stand-in for an IdP's metadata document (IAM wants at least 1,000 characters). */
export const SAML_METADATA =
  '<?xml version="1.0" encoding="UTF-8"?>' +
  '<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://adfs.example-corp.test/adfs/services/trust">' +
  '<IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"><KeyDescriptor use="signing">' +
  `<KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#"><X509Data><X509Certificate>${'MIIC'.padEnd(1000, 'Q')}</X509Certificate></X509Data></KeyInfo>` +
  '</KeyDescriptor><SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://adfs.example-corp.test/adfs/ls/"/>' +
  '</IDPSSODescriptor></EntityDescriptor>';

/** Opens Identity providers › Add provider and picks the provider type. */
export async function startAddProvider(page: Page, type: 'SAML' | 'OpenID Connect'): Promise<void> {
  await openApp(page, '#/identity-providers');
  await page.getByRole('link', { name: 'Add provider' }).click();
  await expect(page.locator('main h1')).toHaveText('Add an identity provider');
  await page.getByRole('radio', { name: new RegExp(`^${type}`) }).check();
}

/** Fills the SAML provider's name and pastes its metadata document (without submitting). */
export async function fillSamlProvider(page: Page, name: string, metadata: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Provider name' }).fill(name);
  await page.getByRole('textbox', { name: 'Metadata document', exact: true }).fill(metadata);
}

/** Adds a SAML provider through the UI; ends on the new provider's page. */
export async function addSamlProvider(page: Page, name: string, metadata = SAML_METADATA): Promise<void> {
  await startAddProvider(page, 'SAML');
  await fillSamlProvider(page, name, metadata);
  await page.getByRole('button', { name: 'Add provider' }).click();
  await expect(page.locator('main h1')).toHaveText(name);
}

/** Adds an OpenID Connect provider with one audience through the UI; ends on the new provider's page. */
export async function addOidcProvider(page: Page, url: string, audience: string): Promise<void> {
  await startAddProvider(page, 'OpenID Connect');
  await page.getByRole('textbox', { name: 'Provider URL' }).fill(url);
  await page.getByRole('textbox', { name: 'Audience' }).fill(audience);
  await page.getByRole('button', { name: 'Add provider' }).click();
  await expect(page.locator('main h1')).toHaveText(url.replace(/^https:\/\//, ''));
}
