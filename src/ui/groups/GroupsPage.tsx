// User groups: the list and a group's detail page with Users and Permissions tabs.
import type { Group } from '../../model';
import { DataTable } from '../components/DataTable';
import { PageHeader } from '../components/PageHeader';
import { PermissionsList } from '../policies/PermissionsList';
import { entityTabs, Tabs } from '../components/Tabs';
import { formatTime } from '../components/format';
import { routeHref } from '../shell/routes';
import type { Route } from '../shell/routes';
import { useAccount } from '../state/ScenarioContext';
import { DeleteEntityButton } from '../components/DeleteEntityButton';
import { deleteGroupSteps } from '../actions/deleteSteps';
import { GroupUsersPanel } from './MembershipPanels';
import { NotFound } from '../components/NotFound';

/** The User groups section. */
export function GroupsPage({ route }: { route: Route }) {
  const account = useAccount();
  const members = (g: Group) => account.users.filter((u) => u.groups.includes(g.name)).map((u) => u.name);
  if (route.item) {
    const group = account.groups.find((g) => g.name === route.item);
    if (!group) return <NotFound what={`group ${route.item}`} section="groups" />;
    const users = members(group);
    return (
      <>
        <PageHeader
          title={group.name}
          crumbs={[{ label: 'User groups', href: routeHref('groups') }]}
          actions={
            <DeleteEntityButton
              noun="user group"
              name={group.name}
              steps={() => deleteGroupSteps(account, group)}
              listHref={routeHref('groups')}
              alsoRemoved="Its users are removed from it and its policies detached or deleted first."
            />
          }
        />
        <dl className="summary-grid panel">
          <div>
            <dt>ARN</dt>
            <dd>
              <code>{group.arn}</code>
            </dd>
          </div>
          <div>
            <dt>Created</dt>
            <dd>{formatTime(group.createdAt)}</dd>
          </div>
        </dl>
        <Tabs
          label="Group details"
          selected={route.tab}
          href={(t) => routeHref('groups', group.name, t)}
          tabs={entityTabs('groups', {
            users: {
              label: `Users (${users.length})`,
              content: () => <GroupUsersPanel groupName={group.name} users={users} />,
            },
            permissions: {
              label: 'Permissions',
              content: () => (
                <PermissionsList
                  attached={group.attachedPolicies}
                  inline={group.inlinePolicies}
                  entity={{ kind: 'Group', name: group.name }}
                />
              ),
            },
          })}
        />
      </>
    );
  }
  return (
    <>
      <PageHeader
        title="User groups"
        description="A user group is a collection of IAM users; its permissions apply to every member."
        actions={
          <a className="btn btn-primary" href={routeHref('groups', 'create')}>
            Create group
          </a>
        }
      />
      <DataTable<Group>
        title="User groups"
        rows={account.groups}
        rowKey={(g) => g.name}
        columns={[
          {
            header: 'Group name',
            text: (g) => g.name,
            render: (g) => <a href={routeHref('groups', g.name)}>{g.name}</a>,
          },
          { header: 'Users', text: (g) => String(members(g).length), render: (g) => members(g).length },
          {
            header: 'Policies',
            text: (g) => String(g.attachedPolicies.length + g.inlinePolicies.length),
            render: (g) => g.attachedPolicies.length + g.inlinePolicies.length,
          },
          { header: 'Created', text: (g) => g.createdAt, render: (g) => formatTime(g.createdAt) },
        ]}
      />
    </>
  );
}
