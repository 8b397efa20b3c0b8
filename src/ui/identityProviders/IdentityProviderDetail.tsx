// One identity provider's page: its summary (name, type, ARN, creation date), then tabs: for an OpenID
// Connect provider its audiences (added and removed here) and thumbprints, for a SAML provider its metadata
// document; tags for both, editable. Delete asks for confirmation first.
import { useState } from 'react';
import type { IdentityProviderView } from './identityProviders';
import { rolesTrustingProvider } from './identityProviders';
import { PageHeader } from '../components/PageHeader';
import type { TabSpec } from '../components/Tabs';
import { Tabs } from '../components/Tabs';
import { formatTime } from '../components/format';
import { routeHref } from '../shell/routes';
import type { Route } from '../shell/routes';
import { useAccount } from '../state/ScenarioContext';
import { AudiencesPanel } from './AudiencesPanel';
import { DeleteProviderConfirmation } from './DeleteProviderConfirmation';
import { TagsPanel } from '../components/TagsPanel';

/** The tabs of a provider of either kind. */
function providerTabs(p: IdentityProviderView): TabSpec[] {
  const target = { kind: p.kind === 'SAML' ? 'SAMLProvider' : 'OpenIDConnectProvider', arn: p.arn } as const;
  const tags: TabSpec = {
    id: 'tags',
    label: `Tags (${p.provider.tags.length})`,
    content: () => <TagsPanel target={target} label={p.name} tags={p.provider.tags} />,
  };
  if (p.kind === 'SAML') {
    return [
      {
        id: 'metadata',
        label: 'Metadata document',
        content: () => (
          <pre className="metadata-document" tabIndex={0} aria-label="Metadata document">
            {p.provider.metadataDocument}
          </pre>
        ),
      },
      tags,
    ];
  }
  return [
    {
      id: 'audiences',
      label: `Audiences (${p.provider.clientIds.length})`,
      content: () => <AudiencesPanel provider={p.provider} />,
    },
    {
      id: 'thumbprints',
      label: 'Thumbprints',
      content: () =>
        p.provider.thumbprints.length === 0 ? (
          <p className="muted">
            No thumbprints: IAM verifies this provider’s certificate with its library of trusted root certificate
            authorities.
          </p>
        ) : (
          <ul className="mono-list">
            {p.provider.thumbprints.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        ),
    },
    tags,
  ];
}

/** The page of the provider `provider`. */
export function IdentityProviderDetail({ provider, route }: { provider: IdentityProviderView; route: Route }) {
  const account = useAccount();
  const [deleting, setDeleting] = useState(false);
  return (
    <>
      <PageHeader
        title={provider.name}
        crumbs={[{ label: 'Identity providers', href: routeHref('identity-providers') }]}
        actions={
          <button type="button" className="btn" disabled={deleting} onClick={() => setDeleting(true)}>
            Delete
          </button>
        }
      />
      {deleting && (
        <DeleteProviderConfirmation
          provider={provider}
          trustingRoles={rolesTrustingProvider(account, provider.arn)}
          onCancel={() => setDeleting(false)}
        />
      )}
      <dl className="summary-grid panel">
        <div>
          <dt>Provider</dt>
          <dd>{provider.name}</dd>
        </div>
        <div>
          <dt>Provider type</dt>
          <dd>{provider.kind}</dd>
        </div>
        <div>
          <dt>ARN</dt>
          <dd>
            <code>{provider.arn}</code>
          </dd>
        </div>
        <div>
          <dt>Creation time</dt>
          <dd>{formatTime(provider.createdAt)}</dd>
        </div>
      </dl>
      <Tabs
        label="Provider details"
        selected={route.tab}
        href={(t) => routeHref('identity-providers', provider.arn, t)}
        tabs={providerTabs(provider)}
      />
    </>
  );
}
