// Identity providers › Add provider, and the actions on a provider's page, as API calls: a SAML provider
// from its name and metadata document (iam:CreateSAMLProvider), an OpenID Connect provider from its URL and
// one audience (iam:CreateOpenIDConnectProvider, without a thumbprint: IAM secures its connection to the
// provider with its library of trusted root CAs, so the console no longer asks for one), audiences added
// and removed, and the provider deleted. The form checks only what a person must fill in; the limits IAM
// enforces (such as the metadata document's 1,000-character minimum) come back as IAM's own error.
import type { Tag } from '../../model';
import { oidcProviderArn, samlProviderArn } from '../../model';
import type { IdentityProviderView } from './identityProviders';
import type { ApiStep } from '../actions/apiSteps';
import { step, tagsParam } from '../actions/apiSteps';

/** The two kinds of provider the console can add. */
export type ProviderType = 'saml' | 'oidc';

/** Everything the Add provider page asks. */
export interface NewProviderForm {
  type: ProviderType;
  /** SAML: the provider name. */
  name: string;
  /** SAML: the IdP's metadata XML, pasted or read from a file. */
  metadataDocument: string;
  /** OIDC: the issuer URL. */
  url: string;
  /** OIDC: the first audience (client ID); more can be added on the provider's page. */
  audience: string;
  tags: Tag[];
}

/** An empty form, as the page opens: SAML, as the console preselects it. */
export const emptyProviderForm = (): NewProviderForm => ({
  type: 'saml',
  name: '',
  metadataDocument: '',
  url: '',
  audience: '',
  tags: [],
});

/** Why an audience (client ID) cannot be added: IAM takes 1–255 characters. */
export function audienceProblem(audience: string): string | null {
  const trimmed = audience.trim();
  if (!trimmed) return 'Enter an audience (client ID).';
  return trimmed.length > 255 ? 'An audience can have up to 255 characters.' : null;
}

/** What the person still has to fill in or correct before the provider can be added, or null. */
export function providerFormProblem(form: NewProviderForm): string | null {
  if (form.type === 'saml') {
    const name = form.name.trim();
    if (!name) return 'Enter a provider name.';
    if (name.length > 128) return 'The provider name can have up to 128 characters.';
    if (!/^[\w.-]+$/.test(name)) return 'The provider name can contain only letters, digits and . _ - characters.';
    return form.metadataDocument.trim() ? null : 'Choose or paste the metadata document your identity provider issued.';
  }
  const url = form.url.trim();
  if (!url) return 'Enter the provider URL.';
  if (!/^https:\/\/[^\s/?#]+[^\s?#]*$/.test(url))
    return 'The provider URL must begin with https:// and cannot contain spaces, a query (?) or a fragment (#).';
  return audienceProblem(form.audience);
}

/** The call that adds the provider described by the form. */
export function addProviderSteps(form: NewProviderForm): ApiStep[] {
  if (form.type === 'saml') {
    return [
      step('iam:CreateSAMLProvider', {
        Name: form.name.trim(),
        SAMLMetadataDocument: form.metadataDocument,
        ...tagsParam(form.tags),
      }),
    ];
  }
  return [
    step('iam:CreateOpenIDConnectProvider', {
      Url: form.url.trim(),
      ClientIDList: [form.audience.trim()],
      ...tagsParam(form.tags),
    }),
  ];
}

/** The ARN the new provider will have in the account (its page opens after it is added). */
export const newProviderArn = (form: NewProviderForm, accountId: string): string =>
  form.type === 'saml' ? samlProviderArn(accountId, form.name.trim()) : oidcProviderArn(accountId, form.url.trim());

/** The call that deletes the provider. */
export const deleteProviderStep = (p: IdentityProviderView): ApiStep =>
  p.kind === 'SAML'
    ? step('iam:DeleteSAMLProvider', { SAMLProviderArn: p.arn })
    : step('iam:DeleteOpenIDConnectProvider', { OpenIDConnectProviderArn: p.arn });

/** The call that adds an audience to an OIDC provider. */
export const addAudienceStep = (providerArn: string, audience: string): ApiStep =>
  step('iam:AddClientIDToOpenIDConnectProvider', { OpenIDConnectProviderArn: providerArn, ClientID: audience.trim() });

/** The call that removes an audience from an OIDC provider. */
export const removeAudienceStep = (providerArn: string, audience: string): ApiStep =>
  step('iam:RemoveClientIDFromOpenIDConnectProvider', { OpenIDConnectProviderArn: providerArn, ClientID: audience });
