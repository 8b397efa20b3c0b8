// Users: the list (filter, sort) and a user's detail page with Permissions, Groups, Tags and Security credentials tabs.
import type { Group, User } from '../../model';
import { DataTable } from '../components/DataTable';
import { PageHeader } from '../components/PageHeader';
import { PermissionsList } from '../policies/PermissionsList';
import { entityTabs, Tabs } from '../components/Tabs';
import { formatTime } from '../components/format';
import { routeHref } from '../shell/routes';
import type { Route } from '../shell/routes';
import { useAccount } from '../state/ScenarioContext';
import { AccessKeysPanel } from './AccessKeysPanel';
import { ConsoleAccessPanel } from './ConsoleAccessPanel';
import { DeleteEntityButton } from '../components/DeleteEntityButton';
import { deleteUserSteps } from '../actions/deleteSteps';
import { UserGroupsPanel } from '../groups/MembershipPanels';
import { TagsPanel } from '../components/TagsPanel';
import { VirtualMfaPanel } from './VirtualMfaPanel';
import { NotFound } from '../components/NotFound';

/** The Users section. */
export function UsersPage({ route }: { route: Route }) {
  const account = useAccount();
  if (route.item) {
    const user = account.users.find((u) => u.name === route.item);
    return user ? (
      <UserDetail user={user} tab={route.tab} groups={account.groups.filter((g) => user.groups.includes(g.name))} />
    ) : (
      <NotFound what={`user ${route.item}`} section="users" />
    );
  }
  const mfaUsers = new Set(account.mfaDevices.map((d) => d.assignedTo));
  return (
    <>
      <PageHeader
        title="Users"
        description="An IAM user is an identity with long-term credentials that a person or application uses to interact with AWS."
        actions={
          <a className="btn btn-primary" href={routeHref('users', 'create')}>
            Create user
          </a>
        }
      />
      <DataTable<User>
        title="Users"
        rows={account.users}
        rowKey={(u) => u.name}
        columns={[
          {
            header: 'User name',
            text: (u) => u.name,
            render: (u) => <a href={routeHref('users', u.name)}>{u.name}</a>,
          },
          { header: 'Path', text: (u) => u.path, render: (u) => <code>{u.path}</code> },
          { header: 'Groups', text: (u) => u.groups.join(', '), render: (u) => u.groups.join(', ') || '—' },
          {
            header: 'MFA',
            text: (u) => (mfaUsers.has(u.name) ? 'Virtual' : 'None'),
            render: (u) => (mfaUsers.has(u.name) ? 'Assigned' : <span className="warning-text">None</span>),
          },
          {
            header: 'Console access',
            text: (u) => (u.loginProfile ? 'Enabled' : 'Disabled'),
            render: (u) => (u.loginProfile ? 'Enabled' : 'Disabled'),
          },
          {
            header: 'Access keys',
            text: (u) => String(u.accessKeys.length),
            render: (u) => u.accessKeys.map((k) => `${k.id.slice(0, 8)}… (${k.status})`).join(', ') || '—',
          },
          { header: 'Created', text: (u) => u.createdAt, render: (u) => formatTime(u.createdAt) },
        ]}
      />
    </>
  );
}

function UserDetail({ user, tab, groups }: { user: User; tab: string | null; groups: Group[] }) {
  const account = useAccount();
  return (
    <>
      <PageHeader
        title={user.name}
        crumbs={[{ label: 'Users', href: routeHref('users') }]}
        actions={
          <DeleteEntityButton
            noun="user"
            name={user.name}
            steps={() => deleteUserSteps(account, user)}
            listHref={routeHref('users')}
            alsoRemoved="Its console password, access keys, MFA devices, policies and group memberships are removed first."
          />
        }
      />
      <dl className="summary-grid panel">
        <div>
          <dt>ARN</dt>
          <dd>
            <code>{user.arn}</code>
          </dd>
        </div>
        <div>
          <dt>User ID</dt>
          <dd>
            <code>{user.id}</code>
          </dd>
        </div>
        <div>
          <dt>Created</dt>
          <dd>{formatTime(user.createdAt)}</dd>
        </div>
        <div>
          <dt>Console access</dt>
          <dd>
            {user.loginProfile
              ? `Enabled${user.loginProfile.passwordResetRequired ? ' (must change password)' : ''}`
              : 'Disabled'}
          </dd>
        </div>
      </dl>
      <Tabs
        label="User details"
        selected={tab}
        href={(t) => routeHref('users', user.name, t)}
        tabs={entityTabs('users', {
          permissions: {
            label: 'Permissions',
            content: () => (
              <PermissionsList
                attached={user.attachedPolicies}
                inline={user.inlinePolicies}
                boundary={user.permissionsBoundary}
                groups={groups}
                entity={{ kind: 'User', name: user.name }}
              />
            ),
          },
          groups: {
            label: `Groups (${user.groups.length})`,
            content: () => <UserGroupsPanel userName={user.name} groups={user.groups} />,
          },
          tags: {
            label: `Tags (${user.tags.length})`,
            content: () => <TagsPanel target={{ kind: 'User', name: user.name }} label={user.name} tags={user.tags} />,
          },
          credentials: {
            label: 'Security credentials',
            content: () => (
              <div className="stack">
                <ConsoleAccessPanel user={user} />
                <AccessKeysPanel user={user} />
                <VirtualMfaPanel user={user} />
              </div>
            ),
          },
        })}
      />
    </>
  );
}
