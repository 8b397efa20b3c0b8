// Identity providers: the account's SAML and OpenID Connect providers.
import { DataTable } from '../components/DataTable';
import { PageHeader } from '../components/PageHeader';
import { formatTime } from '../components/format';
import { useAccount } from '../state/ScenarioContext';

interface ProviderRow { arn: string; name: string; type: 'SAML' | 'OpenID Connect'; detail: string; createdAt: string }

/** The Identity providers section. */
export function IdentityProvidersPage() {
  const account = useAccount();
  const rows: ProviderRow[] = [
    ...account.samlProviders.map((p): ProviderRow => ({ arn: p.arn, name: p.name, type: 'SAML', detail: 'SAML 2.0 metadata', createdAt: p.createdAt })),
    ...account.oidcProviders.map((p): ProviderRow => ({ arn: p.arn, name: p.url, type: 'OpenID Connect', detail: `Audiences: ${p.clientIds.join(', ')}`, createdAt: p.createdAt })),
  ];
  return (
    <>
      <PageHeader title="Identity providers" description="Federate users from an external identity provider (SAML 2.0 or OpenID Connect) instead of creating IAM users." />
      <DataTable<ProviderRow>
        title="Identity providers"
        rows={rows}
        rowKey={(r) => r.arn}
        empty="No identity providers in this account."
        columns={[
          { header: 'Provider', text: (r) => r.name, render: (r) => <code>{r.name}</code> },
          { header: 'Type', text: (r) => r.type, render: (r) => r.type },
          { header: 'Details', text: (r) => r.detail, render: (r) => r.detail },
          { header: 'Created', text: (r) => r.createdAt, render: (r) => formatTime(r.createdAt) },
        ]}
      />
    </>
  );
}
