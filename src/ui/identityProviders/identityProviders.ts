// The account's SAML and OpenID Connect providers as one list, named the way the IAM console names them:
// a SAML provider by its name, an OIDC provider by its URL without the scheme (which is also how its
// ARN ends). Pure: used by the Identity providers pages, the create-role wizard and the console search.
import type { Account, OidcProvider, Role, SamlProvider } from '../../model';

/** One identity provider, whichever its kind. */
export type IdentityProviderView =
  | { kind: 'SAML'; name: string; arn: string; createdAt: string; provider: SamlProvider }
  | { kind: 'OpenID Connect'; name: string; arn: string; createdAt: string; provider: OidcProvider };

/** An OIDC provider's name in the console: its URL without `https://`. */
export const oidcProviderName = (url: string): string => url.replace(/^https:\/\//, '');

/** Every identity provider of the account, SAML ones first, each in the order it was added. */
export function identityProviders(account: Account): IdentityProviderView[] {
  return [
    ...account.samlProviders.map((p): IdentityProviderView => ({
      kind: 'SAML',
      name: p.name,
      arn: p.arn,
      createdAt: p.createdAt,
      provider: p,
    })),
    ...account.oidcProviders.map((p): IdentityProviderView => ({
      kind: 'OpenID Connect',
      name: oidcProviderName(p.url),
      arn: p.arn,
      createdAt: p.createdAt,
      provider: p,
    })),
  ];
}

/** The provider with this ARN, or null. */
export const findIdentityProvider = (account: Account, arn: string): IdentityProviderView | null =>
  identityProviders(account).find((p) => p.arn === arn) ?? null;

/** Roles whose trust policy names the provider (they can no longer be assumed through it once it is deleted). */
export const rolesTrustingProvider = (account: Account, arn: string): Role[] =>
  account.roles.filter((r) => r.assumeRolePolicyDocument.includes(`"${arn}"`));
