// Roles: the list with trusted entities, and a role's detail page with Permissions, Trust relationships and Tags tabs.
import { useState } from 'react';
import type { Role } from '../../model';
import { parsePolicy } from '../../engine/parse/parsePolicy';
import { DataTable } from '../components/DataTable';
import { PageHeader } from '../components/PageHeader';
import { SwitchRoleLinkField } from '../identity/SwitchRoleLinkField';
import { PermissionsList } from '../policies/PermissionsList';
import { PolicyDocumentView } from '../components/PolicyDocumentView';
import { entityTabs, Tabs } from '../components/Tabs';
import { formatTime } from '../components/format';
import { routeHref } from '../shell/routes';
import type { Route } from '../shell/routes';
import { useAccount } from '../state/ScenarioContext';
import { DeleteEntityButton } from '../components/DeleteEntityButton';
import { deleteRoleSteps } from '../actions/deleteSteps';
import { RoleSettingsDialog, TrustPolicyDialog } from './RoleEditDialogs';
import { TagsPanel } from '../components/TagsPanel';
import { NotFound } from '../components/NotFound';

const PRINCIPAL_WORDING = {
  AWS: 'AWS',
  Service: 'AWS service',
  Federated: 'Identity provider',
  CanonicalUser: 'Canonical user',
} as const;

/** The console's "Trusted entities" text for a trust policy, e.g. `AWS service: ec2`. */
export function trustedEntities(trustPolicy: string): string[] {
  const { policy } = parsePolicy(trustPolicy, 'trust');
  if (!policy) return ['(invalid trust policy)'];
  return policy.statements
    .filter((s) => s.effect === 'Allow' && s.principal)
    .flatMap((s) => {
      if (s.principal!.wildcard) return ['Everyone (*)'];
      return s.principal!.entries.flatMap((e) =>
        e.values.map((v) => {
          if (e.type === 'Service') return `AWS service: ${v.replace(/\.amazonaws\.com$/, '')}`;
          if (e.type === 'AWS' && (/^\d{12}$/.test(v) || v.endsWith(':root')))
            return `Account: ${v.replace(/^arn:aws:iam::(\d{12}):root$/, '$1')}`;
          return `${PRINCIPAL_WORDING[e.type]}: ${v}`;
        }),
      );
    });
}

/** The Roles section. */
export function RolesPage({ route }: { route: Route }) {
  const account = useAccount();
  if (route.item) {
    const role = account.roles.find((r) => r.name === route.item);
    return role ? <RoleDetail role={role} tab={route.tab} /> : <NotFound what={`role ${route.item}`} section="roles" />;
  }
  return (
    <>
      <PageHeader
        title="Roles"
        description="An IAM role has permissions but no long-term credentials; trusted entities assume it to get temporary credentials."
        actions={
          <a className="btn btn-primary" href={routeHref('roles', 'create')}>
            Create role
          </a>
        }
      />
      <DataTable<Role>
        title="Roles"
        rows={account.roles}
        rowKey={(r) => r.name}
        columns={[
          {
            header: 'Role name',
            text: (r) => r.name,
            render: (r) => <a href={routeHref('roles', r.name)}>{r.name}</a>,
          },
          {
            header: 'Trusted entities',
            text: (r) => trustedEntities(r.assumeRolePolicyDocument).join(', '),
            render: (r) => trustedEntities(r.assumeRolePolicyDocument).join(', '),
          },
          { header: 'Last activity', text: (r) => r.lastUsed?.date ?? '', render: (r) => formatTime(r.lastUsed?.date) },
          { header: 'Created', text: (r) => r.createdAt, render: (r) => formatTime(r.createdAt) },
        ]}
      />
    </>
  );
}

function RoleDetail({ role, tab }: { role: Role; tab: string | null }) {
  const account = useAccount();
  const [editing, setEditing] = useState<'settings' | 'trust' | null>(null);
  return (
    <>
      <PageHeader
        title={role.name}
        crumbs={[{ label: 'Roles', href: routeHref('roles') }]}
        description={role.description || undefined}
        actions={
          <>
            <button type="button" className="btn" onClick={() => setEditing('settings')}>
              Edit
              <span className="visually-hidden">
                {' '}
                description{role.serviceLinked ? '' : ' and maximum session duration'}
              </span>
            </button>
            <DeleteEntityButton
              noun="role"
              name={role.name}
              steps={() => deleteRoleSteps(account, role)}
              listHref={routeHref('roles')}
              alsoRemoved="It is removed from its instance profiles and its policies are detached or deleted first."
            />
          </>
        }
      />
      <dl className="summary-grid panel">
        <div>
          <dt>ARN</dt>
          <dd>
            <code>{role.arn}</code>
          </dd>
        </div>
        <div>
          <dt>Role ID</dt>
          <dd>
            <code>{role.id}</code>
          </dd>
        </div>
        <div>
          <dt>Maximum session duration</dt>
          <dd>
            {role.maxSessionDuration / 3600} hour{role.maxSessionDuration === 3600 ? '' : 's'}
          </dd>
        </div>
        <div>
          <dt>Created</dt>
          <dd>{formatTime(role.createdAt)}</dd>
        </div>
        {!role.serviceLinked && <SwitchRoleLinkField accountId={role.arn.split(':')[4] ?? ''} roleName={role.name} />}
        {role.serviceLinked && (
          <div>
            <dt>Type</dt>
            <dd>Service-linked role (only its description can be edited)</dd>
          </div>
        )}
      </dl>
      <Tabs
        label="Role details"
        selected={tab}
        href={(t) => routeHref('roles', role.name, t)}
        tabs={entityTabs('roles', {
          permissions: {
            label: 'Permissions',
            content: () => (
              <PermissionsList
                attached={role.attachedPolicies}
                inline={role.inlinePolicies}
                boundary={role.permissionsBoundary}
                entity={{ kind: 'Role', name: role.name }}
              />
            ),
          },
          trust: {
            label: 'Trust relationships',
            content: () => (
              <div className="stack">
                {role.serviceLinked ? (
                  <p className="muted">
                    The service defines the trust policy of a service-linked role; it cannot be edited.
                  </p>
                ) : (
                  <div className="tab-toolbar">
                    <button type="button" className="btn btn-primary" onClick={() => setEditing('trust')}>
                      Edit trust policy
                    </button>
                  </div>
                )}
                <PolicyDocumentView
                  document={role.assumeRolePolicyDocument}
                  kind="trust"
                  label={`Trust policy of ${role.name}`}
                />
              </div>
            ),
          },
          tags: {
            label: `Tags (${role.tags.length})`,
            content: () => <TagsPanel target={{ kind: 'Role', name: role.name }} label={role.name} tags={role.tags} />,
          },
        })}
      />
      {editing === 'trust' && <TrustPolicyDialog role={role} onClose={() => setEditing(null)} />}
      {editing === 'settings' && <RoleSettingsDialog role={role} onClose={() => setEditing(null)} />}
    </>
  );
}
