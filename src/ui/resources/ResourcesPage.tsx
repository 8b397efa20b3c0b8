// Resources: the scenario's resources with their resource-based policies and tags.
import type { Resource } from '../../model';
import { DataTable } from '../components/DataTable';
import { PageHeader } from '../components/PageHeader';
import { PolicyDocumentView } from '../components/PolicyDocumentView';
import { TagsTable } from '../components/TagsTable';
import { routeHref } from '../shell/routes';
import type { Route } from '../shell/routes';
import { useScenario } from '../state/ScenarioContext';
import { NotFound } from '../components/NotFound';

/** The Resources section. */
export function ResourcesPage({ route }: { route: Route }) {
  const { scenario } = useScenario();
  if (route.item) {
    const resource = scenario.resources.find((r) => r.arn === route.item);
    if (!resource) return <NotFound what={`resource ${route.item}`} section="resources" />;
    return (
      <>
        <PageHeader
          title={resource.arn.split(/[:/]/).pop() || resource.arn}
          crumbs={[{ label: 'Resources', href: routeHref('resources') }]}
        />
        <dl className="summary-grid panel">
          <div className="wide">
            <dt>ARN</dt>
            <dd>
              <code>{resource.arn}</code>
            </dd>
          </div>
          <div>
            <dt>Type</dt>
            <dd>{resource.type}</dd>
          </div>
          <div>
            <dt>Account</dt>
            <dd>{resource.accountId}</dd>
          </div>
          <div>
            <dt>Region</dt>
            <dd>{resource.region || 'Global'}</dd>
          </div>
        </dl>
        <section className="panel" aria-labelledby="resource-policy-heading">
          <div className="panel-header">
            <h2 id="resource-policy-heading">Resource-based policy</h2>
          </div>
          <div className="panel-body">
            {resource.policy ? (
              <PolicyDocumentView
                document={resource.policy}
                kind="resource"
                label={`Resource policy of ${resource.arn}`}
              />
            ) : (
              <p className="muted">No resource-based policy.</p>
            )}
          </div>
        </section>
        <section className="panel" aria-labelledby="resource-tags-heading">
          <div className="panel-header">
            <h2 id="resource-tags-heading">Tags</h2>
          </div>
          <div className="panel-body">
            <TagsTable tags={resource.tags} />
          </div>
        </section>
      </>
    );
  }
  return (
    <>
      <PageHeader
        title="Resources"
        description="Resources in the scenario's accounts, with their resource-based policies and tags."
      />
      <DataTable<Resource>
        title="Resources"
        rows={scenario.resources}
        rowKey={(r) => r.arn}
        columns={[
          {
            header: 'Resource',
            text: (r) => r.arn,
            render: (r) => (
              <a href={routeHref('resources', r.arn)}>
                <code>{r.arn}</code>
              </a>
            ),
          },
          { header: 'Type', text: (r) => r.type, render: (r) => r.type },
          { header: 'Account', text: (r) => r.accountId, render: (r) => r.accountId },
          { header: 'Policy', text: (r) => (r.policy ? 'Yes' : 'No'), render: (r) => (r.policy ? 'Yes' : '—') },
          {
            header: 'Tags',
            text: (r) => r.tags.map((t) => `${t.Key}=${t.Value}`).join(' '),
            render: (r) => r.tags.map((t) => `${t.Key}=${t.Value}`).join(', ') || '—',
          },
        ]}
      />
    </>
  );
}
