// Policies: AWS managed and customer managed policies (list, detail with versions and attached entities)
// and the policy editor page for writing a new policy. The list holds every AWS managed policy, in pages;
// a policy whose document is in the lazily loaded chunk shows "Loading…" until it arrives.
import { useMemo } from 'react';
import type { Account, AwsManagedPolicy, ManagedPolicy } from '../../model';
import { AWS_MANAGED_POLICIES, findAwsManagedPolicy } from '../../model';
import { DataTable } from '../components/DataTable';
import { PageHeader } from '../components/PageHeader';
import { PolicyDocumentView } from '../components/PolicyDocumentView';
import { Tabs } from '../components/Tabs';
import { formatTime } from '../components/format';
import { useAwsManagedPolicyDocument } from './useAwsManagedPolicyDocument';
import { routeHref } from '../shell/routes';
import type { Route } from '../shell/routes';
import { useAccount } from '../state/ScenarioContext';
import { PolicyEntitiesPanel } from './PolicyEntitiesPanel';
import { CustomerPolicyActions, PolicyVersionsPanel } from './PolicyVersionsPanel';
import { TagsPanel } from '../components/TagsPanel';
import { NotFound } from '../components/NotFound';
import { PolicyWorkbench } from './PolicyWorkbench';

/** A managed policy of either kind, as the list shows it. */
interface PolicyRow {
  arn: string;
  name: string;
  type: 'AWS managed' | 'Customer managed';
  description: string;
  /** Users, groups and roles it is attached to, as a permissions policy or a boundary. */
  attached: number;
}

/** The list's rows: the account's own policies first, then every AWS managed policy. */
function policyRows(account: Account): PolicyRow[] {
  const counts = new Map<string, number>();
  const count = (arn: string | null | undefined) => arn && counts.set(arn, (counts.get(arn) ?? 0) + 1);
  for (const e of [...account.users, ...account.groups, ...account.roles]) e.attachedPolicies.forEach(count);
  for (const e of [...account.users, ...account.roles]) count(e.permissionsBoundary);
  const row = (arn: string, name: string, type: PolicyRow['type'], description: string): PolicyRow => ({
    arn,
    name,
    type,
    description,
    attached: counts.get(arn) ?? 0,
  });
  return [
    ...account.policies.map((p) => row(p.arn, p.name, 'Customer managed', p.description)),
    ...AWS_MANAGED_POLICIES.map((p) => row(p.arn, p.name, 'AWS managed', '')),
  ];
}

/** Rows per page of the list, as the console pages its policies. */
const PAGE_SIZE = 50;

/** Users, groups and roles that have the policy attached (as a permissions policy or a boundary). */
function attachedEntities(account: Account, arn: string) {
  return [
    ...account.users
      .filter((u) => u.attachedPolicies.includes(arn))
      .map((u) => ({ type: 'User', name: u.name, href: routeHref('users', u.name), as: 'Permissions policy' })),
    ...account.users
      .filter((u) => u.permissionsBoundary === arn)
      .map((u) => ({ type: 'User', name: u.name, href: routeHref('users', u.name), as: 'Permissions boundary' })),
    ...account.groups
      .filter((g) => g.attachedPolicies.includes(arn))
      .map((g) => ({ type: 'Group', name: g.name, href: routeHref('groups', g.name), as: 'Permissions policy' })),
    ...account.roles
      .filter((r) => r.attachedPolicies.includes(arn))
      .map((r) => ({ type: 'Role', name: r.name, href: routeHref('roles', r.name), as: 'Permissions policy' })),
    ...account.roles
      .filter((r) => r.permissionsBoundary === arn)
      .map((r) => ({ type: 'Role', name: r.name, href: routeHref('roles', r.name), as: 'Permissions boundary' })),
  ];
}

/** The Policies section. */
export function PoliciesPage({ route }: { route: Route }) {
  const account = useAccount();
  const rows = useMemo(() => policyRows(account), [account]);
  if (route.item === 'create') return <PolicyWorkbench />;
  if (route.item) {
    const row = rows.find((r) => r.arn === route.item);
    return row ? (
      <PolicyDetail account={account} row={row} tab={route.tab} />
    ) : (
      <NotFound what={`policy ${route.item}`} section="policies" />
    );
  }
  return (
    <>
      <PageHeader
        title="Policies"
        description="A policy defines permissions; attach it to users, groups or roles."
        actions={
          <a className="btn btn-primary" href={routeHref('policies', 'create')}>
            Create policy
          </a>
        }
      />
      <DataTable<PolicyRow>
        title="Policies"
        rows={rows}
        rowKey={(r) => r.arn}
        pageSize={PAGE_SIZE}
        columns={[
          {
            header: 'Policy name',
            text: (r) => r.name,
            render: (r) => <a href={routeHref('policies', r.arn)}>{r.name}</a>,
          },
          { header: 'Type', text: (r) => r.type, render: (r) => <span className="badge">{r.type}</span> },
          { header: 'Attached entities', text: (r) => String(r.attached), render: (r) => r.attached },
          { header: 'Description', text: (r) => r.description, render: (r) => r.description || '—' },
        ]}
      />
    </>
  );
}

function PolicyDetail({ account, row, tab }: { account: Account; row: PolicyRow; tab: string | null }) {
  const managed = account.policies.find((p) => p.arn === row.arn);
  const aws = findAwsManagedPolicy(row.arn);
  const entities = attachedEntities(account, row.arn);
  return (
    <>
      <PageHeader
        title={row.name}
        crumbs={[{ label: 'Policies', href: routeHref('policies') }]}
        description={row.description || undefined}
        actions={managed && <CustomerPolicyActions account={account} policy={managed} />}
      />
      <dl className="summary-grid panel">
        <div>
          <dt>ARN</dt>
          <dd>
            <code>{row.arn}</code>
          </dd>
        </div>
        <div>
          <dt>Type</dt>
          <dd>{row.type}</dd>
        </div>
        {managed && (
          <div>
            <dt>Default version</dt>
            <dd>{managed.defaultVersionId}</dd>
          </div>
        )}
        {managed && (
          <div>
            <dt>Last edited</dt>
            <dd>{formatTime(managed.updatedAt)}</dd>
          </div>
        )}
        {aws && (
          <div>
            <dt>Version</dt>
            <dd>{aws.versionId}</dd>
          </div>
        )}
        {aws && (
          <div>
            <dt>Last updated by AWS</dt>
            <dd>{formatTime(aws.updatedAt)}</dd>
          </div>
        )}
      </dl>
      <Tabs
        label="Policy details"
        selected={tab}
        href={(t) => routeHref('policies', row.arn, t)}
        tabs={[
          {
            id: 'permissions',
            label: 'Permissions',
            content: () =>
              aws ? (
                <AwsPolicyDocument policy={aws} />
              ) : (
                <PolicyDocumentView document={defaultDocument(managed!)} kind="identity" label={`Policy ${row.name}`} />
              ),
          },
          {
            id: 'entities',
            label: `Entities attached (${entities.length})`,
            content: () => <PolicyEntitiesPanel policyArn={row.arn} policyName={row.name} entities={entities} />,
          },
          ...(managed
            ? [
                {
                  id: 'versions',
                  label: `Policy versions (${managed.versions.length})`,
                  content: () => <PolicyVersionsPanel policy={managed} />,
                },
                {
                  id: 'tags',
                  label: `Tags (${managed.tags.length})`,
                  content: () => (
                    <TagsPanel target={{ kind: 'Policy', arn: managed.arn }} label={managed.name} tags={managed.tags} />
                  ),
                },
              ]
            : []),
        ]}
      />
    </>
  );
}

const defaultDocument = (p: ManagedPolicy): string =>
  p.versions.find((v) => v.versionId === p.defaultVersionId)?.document ?? '';

/** An AWS managed policy's document, once it is loaded. */
function AwsPolicyDocument({ policy }: { policy: AwsManagedPolicy }) {
  const loaded = useAwsManagedPolicyDocument(policy.arn);
  if (loaded.state === 'loading')
    return (
      <p className="panel-body muted" role="status">
        Loading the policy document…
      </p>
    );
  if (loaded.state === 'failed')
    return (
      <p className="panel-body" role="alert">
        The policy document could not be loaded: {loaded.message}. Reload the page to try again.
      </p>
    );
  return <PolicyDocumentView document={loaded.document} kind="identity" label={`Policy ${policy.name}`} />;
}
