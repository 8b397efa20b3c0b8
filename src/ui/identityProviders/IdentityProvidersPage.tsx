// Identity providers: the account's SAML and OpenID Connect providers (filter, sort, "Add provider"), the
// Add provider page (#/identity-providers/create) and each provider's page (#/identity-providers/<ARN>).
import type { IdentityProviderView } from './identityProviders';
import { findIdentityProvider, identityProviders } from './identityProviders';
import { DataTable } from '../components/DataTable';
import { PageHeader } from '../components/PageHeader';
import { formatTime } from '../components/format';
import type { Route } from '../shell/routes';
import { routeHref } from '../shell/routes';
import { useAccount } from '../state/ScenarioContext';
import { AddIdentityProviderPage } from './AddIdentityProviderPage';
import { IdentityProviderDetail } from './IdentityProviderDetail';
import { NotFound } from '../components/NotFound';

/** The Identity providers section. */
export function IdentityProvidersPage({ route }: { route: Route }) {
  const account = useAccount();
  if (route.item === 'create') return <AddIdentityProviderPage />;
  if (route.item) {
    const provider = findIdentityProvider(account, route.item);
    return provider ? (
      <IdentityProviderDetail provider={provider} route={route} />
    ) : (
      <NotFound what={`identity provider ${route.item}`} section="identity-providers" />
    );
  }
  return (
    <>
      <PageHeader
        title="Identity providers"
        description="Federate users from an external identity provider (SAML 2.0 or OpenID Connect) instead of creating IAM users."
        actions={
          <a className="btn btn-primary" href={routeHref('identity-providers', 'create')}>
            Add provider
          </a>
        }
      />
      <DataTable<IdentityProviderView>
        title="Identity providers"
        rows={identityProviders(account)}
        rowKey={(p) => p.arn}
        empty="No identity providers in this account."
        columns={[
          {
            header: 'Provider',
            text: (p) => p.name,
            render: (p) => <a href={routeHref('identity-providers', p.arn)}>{p.name}</a>,
          },
          { header: 'Type', text: (p) => p.kind, render: (p) => p.kind },
          { header: 'Details', text: (p) => providerDetail(p), render: (p) => providerDetail(p) },
          { header: 'Creation time', text: (p) => p.createdAt, render: (p) => formatTime(p.createdAt) },
        ]}
      />
    </>
  );
}

const providerDetail = (p: IdentityProviderView): string =>
  p.kind === 'SAML' ? 'SAML 2.0 metadata' : `Audiences: ${p.provider.clientIds.join(', ') || 'none'}`;
