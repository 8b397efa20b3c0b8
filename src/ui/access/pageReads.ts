// The read calls the AWS console makes to show a page, so the playground can refuse a page to an identity
// that may not read it, as AWS would: a list page needs its List* action, a detail page its Get* action
// and the calls behind the open tab. Playground pages (simulator, scenarios, resources) and wizards need none.
import type { OperationName, ParamsOf } from '../../api';
import type { Account } from '../../model';
import { findAwsManagedPolicy } from '../../model';
import type { EntityTab, Route } from '../shell/routes';

/** One read call: an operation and its parameters. */
export type PageRead = { [N in OperationName]: { operation: N; params: ParamsOf<N> } }[OperationName];

const read = <N extends OperationName>(operation: N, params: ParamsOf<N>): PageRead =>
  ({ operation, params }) as PageRead;

/** Calls behind each tab of a user's page (the first tab is the default). */
const userTabs = (UserName: string): Record<EntityTab<'users'>, PageRead[]> => ({
  // The permissions tab also lists the policies the user gets from groups.
  permissions: [
    read('iam:ListAttachedUserPolicies', { UserName }),
    read('iam:ListUserPolicies', { UserName }),
    read('iam:ListGroupsForUser', { UserName }),
  ],
  groups: [read('iam:ListGroupsForUser', { UserName })],
  tags: [read('iam:ListUserTags', { UserName })],
  credentials: [
    read('iam:GetLoginProfile', { UserName }),
    read('iam:ListAccessKeys', { UserName }),
    read('iam:ListMFADevices', { UserName }),
  ],
});

const groupTabs = (GroupName: string): Record<EntityTab<'groups'>, PageRead[]> => ({
  users: [],
  permissions: [read('iam:ListAttachedGroupPolicies', { GroupName }), read('iam:ListGroupPolicies', { GroupName })],
});

const roleTabs = (RoleName: string): Record<EntityTab<'roles'>, PageRead[]> => ({
  permissions: [read('iam:ListAttachedRolePolicies', { RoleName }), read('iam:ListRolePolicies', { RoleName })],
  trust: [],
  tags: [read('iam:ListRoleTags', { RoleName })],
});

/** The default version of a managed policy, when the policy exists. */
function defaultVersion(account: Account, PolicyArn: string): string | null {
  return (
    findAwsManagedPolicy(PolicyArn)?.versionId ??
    account.policies.find((p) => p.arn === PolicyArn)?.defaultVersionId ??
    null
  );
}

const policyTabs = (account: Account, PolicyArn: string): Record<string, PageRead[]> => {
  const VersionId = defaultVersion(account, PolicyArn);
  return {
    permissions: VersionId ? [read('iam:GetPolicyVersion', { PolicyArn, VersionId })] : [],
    entities: [read('iam:ListEntitiesForPolicy', { PolicyArn })],
    versions: [read('iam:ListPolicyVersions', { PolicyArn })],
    tags: [read('iam:ListPolicyTags', { PolicyArn })],
  };
};

const samlProviderReads = (SAMLProviderArn: string, tab: string | null): PageRead[] => [
  read('iam:GetSAMLProvider', { SAMLProviderArn }),
  ...tabReads({ metadata: [], tags: [read('iam:ListSAMLProviderTags', { SAMLProviderArn })] }, tab),
];

const oidcProviderReads = (OpenIDConnectProviderArn: string, tab: string | null): PageRead[] => [
  read('iam:GetOpenIDConnectProvider', { OpenIDConnectProviderArn }),
  ...tabReads(
    { audiences: [], thumbprints: [], tags: [read('iam:ListOpenIDConnectProviderTags', { OpenIDConnectProviderArn })] },
    tab,
  ),
];

/** The open tab's calls: the named tab, or the first one when the tab is missing or unknown. */
function tabReads(tabs: Record<string, PageRead[]>, tab: string | null): PageRead[] {
  return (tab !== null && tabs[tab]) || Object.values(tabs)[0];
}

/** The reads the console makes to show `route` in `account`, in the order it makes them; none for pages outside IAM's console. */
export function pageReads(route: Route, account: Account): PageRead[] {
  const { item, tab } = route;
  if (item === 'create') return [];
  switch (route.section) {
    case 'dashboard':
      return [read('iam:GetAccountSummary', {}), read('iam:ListAccountAliases', {})];
    case 'users':
      return item
        ? [read('iam:GetUser', { UserName: item }), ...tabReads(userTabs(item), tab)]
        : [read('iam:ListUsers', {})];
    case 'groups':
      return item
        ? [read('iam:GetGroup', { GroupName: item }), ...tabReads(groupTabs(item), tab)]
        : [read('iam:ListGroups', {})];
    case 'roles':
      return item
        ? [read('iam:GetRole', { RoleName: item }), ...tabReads(roleTabs(item), tab)]
        : [read('iam:ListRoles', {})];
    case 'policies':
      return item
        ? [read('iam:GetPolicy', { PolicyArn: item }), ...tabReads(policyTabs(account, item), tab)]
        : [read('iam:ListPolicies', {})];
    case 'identity-providers':
      if (!item) return [read('iam:ListSAMLProviders', {}), read('iam:ListOpenIDConnectProviders', {})];
      return item.includes(':saml-provider/') ? samlProviderReads(item, tab) : oidcProviderReads(item, tab);
    case 'account-settings':
      return [read('iam:GetAccountPasswordPolicy', {})];
    case 'organization':
      return [read('organizations:DescribeOrganization', {}), read('organizations:ListRoots', {})];
    case 'resources':
    case 'simulator':
    case 'scenarios':
      return [];
  }
}
