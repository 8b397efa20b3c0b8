// Console search as the User Guide describes it: entity names, a full access key id leading to its
// user, and task phrases, each result a link to the right page and tab.
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/model';
import { EXAMPLE_CORP_ACCOUNT, EXAMPLE_CORP_DEV_ACCOUNT, exampleCorpScenario } from '../../../src/model';
import { searchConsole, taskLinks } from '../../../src/ui/search/consoleSearch';
import { ENTITY_TABS, parseRoute, routeHref } from '../../../src/ui/shell/routes';

const KEY = 'AKIAIOSFODNN7EXAMPLE';
const SAML_ARN = `arn:aws:iam::${EXAMPLE_CORP_ACCOUNT}:saml-provider/CorpADFS`;
const OIDC_ARN = `arn:aws:iam::${EXAMPLE_CORP_ACCOUNT}:oidc-provider/token.actions.githubusercontent.com`;
const base = exampleCorpScenario();
// Mary has an access key, as after "Create access key".
const s: Scenario = {
  ...base,
  accounts: base.accounts.map((a) =>
    a.id !== EXAMPLE_CORP_ACCOUNT
      ? a
      : {
          ...a,
          users: a.users.map((u) =>
            u.name !== 'Mary'
              ? u
              : {
                  ...u,
                  accessKeys: [{ id: KEY, status: 'Active', createdAt: '2026-01-02T00:00:00Z', lastUsed: null }],
                },
          ),
          // An identity provider of each kind, as after "Add provider".
          samlProviders: [
            {
              name: 'CorpADFS',
              arn: SAML_ARN,
              metadataDocument: '<EntityDescriptor/>',
              createdAt: '2026-01-02T00:00:00Z',
              tags: [],
            },
          ],
          oidcProviders: [
            {
              url: 'https://token.actions.githubusercontent.com',
              arn: OIDC_ARN,
              clientIds: ['sts.amazonaws.com'],
              thumbprints: [],
              createdAt: '2026-01-02T00:00:00Z',
              tags: [],
            },
          ],
        },
  ),
};
const account = s.accounts.find((a) => a.id === EXAMPLE_CORP_ACCOUNT)!;
const search = (q: string) => searchConsole(s, account, q);
const first = (q: string) => search(q)[0];

describe('searching entity names', () => {
  it.each([
    ['Mary', 'User', '#/users/Mary'],
    ['developers', 'Group', '#/groups/Developers'],
    ['SecurityAud', 'Role', '#/roles/SecurityAuditor'],
    ['corpadfs', 'Identity provider', `#/identity-providers/${encodeURIComponent(SAML_ARN)}`],
    ['token.actions', 'Identity provider', `#/identity-providers/${encodeURIComponent(OIDC_ARN)}`],
    [
      'HomeDirectory',
      'Policy',
      `#/policies/${encodeURIComponent(`arn:aws:iam::${EXAMPLE_CORP_ACCOUNT}:policy/HomeDirectoryAccess`)}`,
    ],
  ])('finds %s as a %s, case-insensitively and by prefix, linking to its page', (q, kind, href) => {
    expect(first(q)).toMatchObject({ kind, href });
  });

  it("finds AWS managed policies, after the account's own entities", () => {
    const results = search('Admin');
    expect(results.map((r) => r.label)).toContain('AdministratorAccess');
    const admins = results.findIndex((r) => r.label === 'Admins');
    const managed = results.findIndex((r) => r.detail === 'AWS managed policy');
    expect(admins).toBeGreaterThanOrEqual(0);
    expect(admins).toBeLessThan(managed);
  });

  it('finds any AWS managed policy by name, not only the core set, linking to its page', () => {
    expect(search('AmazonSQSFullAccess')[0]).toMatchObject({
      kind: 'Policy',
      detail: 'AWS managed policy',
      href: `#/policies/${encodeURIComponent('arn:aws:iam::aws:policy/AmazonSQSFullAccess')}`,
    });
    expect(search('AWSLambdaBasicExecution')[0]?.href).toBe(
      `#/policies/${encodeURIComponent('arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole')}`,
    );
  });

  it('finds resources by name or ARN and links to the resource page', () => {
    const resource = s.resources[0];
    const name = resource.arn.split(/[:/]/).pop()!;
    expect(search(name).find((r) => r.kind === 'Resource')?.href).toBe(
      `#/resources/${encodeURIComponent(resource.arn)}`,
    );
  });

  it('returns nothing for an empty query', () => {
    expect(search('   ')).toEqual([]);
  });
});

describe('searching the organization', () => {
  const org = s.organization!;
  const idOf = (name: string) => org.policies.find((p) => p.name === name)!.id;

  it('finds an OU by name, leading to it on the Organization page', () => {
    const engineering = org.units.find((u) => u.name === 'Engineering')!;
    expect(first('Engineering')).toMatchObject({
      kind: 'Organizational unit',
      label: 'Engineering',
      href: `#/organization/${engineering.id}`,
    });
  });

  it('finds an SCP and an RCP by name, leading to the policy on the Organization page', () => {
    expect(first('ProtectAudit')).toMatchObject({
      kind: 'SCP',
      label: 'ProtectAuditTrail',
      detail: 'Service control policy',
      href: `#/organization/${idOf('ProtectAuditTrail')}`,
    });
    expect(first('RCPFullAWSAccess')).toMatchObject({
      kind: 'RCP',
      detail: 'Resource control policy',
      href: `#/organization/${idOf('RCPFullAWSAccess')}`,
    });
  });

  it('finds an organization account by its name or its id, dashes allowed', () => {
    const expected = {
      kind: 'Account',
      label: 'Example Corp Engineering',
      href: `#/organization/${EXAMPLE_CORP_DEV_ACCOUNT}`,
    };
    expect(search('Example Corp Eng')).toContainEqual(expect.objectContaining(expected));
    expect(first('1111-2222-3333')).toMatchObject(expected);
  });

  it('finds nothing of an organization in a scenario without one', () => {
    const results = searchConsole({ ...s, organization: null }, account, 'Engineering');
    expect(results.some((r) => ['Organizational unit', 'Account', 'SCP', 'RCP'].includes(r.kind))).toBe(false);
  });
});

describe('searching a full access key id', () => {
  it('leads to the security credentials of the user who owns it', () => {
    expect(search(KEY)).toEqual([
      { kind: 'Access key', label: KEY, detail: 'Access key of user Mary', href: '#/users/Mary/credentials' },
    ]);
  });

  it('finds nothing for an unknown key id, rather than guessing', () => {
    expect(search('AKIAAAAAAAAAAAAAAAAA')).toEqual([]);
  });
});

describe('searching task phrases', () => {
  it.each([
    ['add user Mary to groups', 'Add user Mary to groups', '#/users/Mary/groups'],
    [
      'edit trust policy for role SecurityAuditor',
      'Edit trust policy for role SecurityAuditor',
      '#/roles/SecurityAuditor/trust',
    ],
    ['manage MFA for Zhang', 'Manage MFA for Zhang', '#/users/Zhang/credentials'],
    ['password policy', 'Password policy', '#/account-settings'],
    ['attach policy to AppServer', 'Attach policy to role AppServer', '#/roles/AppServer/permissions'],
    ['attach policy to developers', 'Attach policy to group Developers', '#/groups/Developers/permissions'],
    ['create role', 'Create role', '#/roles/create'],
    ['create user', 'Create user', '#/users/create'],
    ['create user group', 'Create user group', '#/groups/create'],
    ['add identity provider', 'Add identity provider', '#/identity-providers/create'],
    ['account alias', 'Account alias', '#/dashboard'],
    ['create access key for Paulo', 'Create access key for Paulo', '#/users/Paulo/credentials'],
  ])('"%s" leads to "%s"', (q, label, href) => {
    expect(first(q)).toMatchObject({ kind: 'Task', label, href });
  });

  it('offers a task for every user when the phrase names none ("create access key")', () => {
    const labels = searchConsole(s, account, 'create access key', 50)
      .filter((r) => r.kind === 'Task')
      .map((r) => r.label);
    expect(labels).toEqual(expect.arrayContaining(account.users.map((u) => `Create access key for ${u.name}`)));
  });

  it('matches words as they are typed and in the plural ("trust pol", "groups")', () => {
    expect(first('trust pol AppServer')).toMatchObject({ href: '#/roles/AppServer/trust' });
    expect(first('add Mary groups').href).toBe('#/users/Mary/groups');
  });

  it('does not offer a task when a word fits neither the task nor an entity', () => {
    expect(search('add user Nobody to groups').some((r) => r.kind === 'Task' && r.label.startsWith('Add user'))).toBe(
      false,
    );
  });

  it('does not offer service-linked roles for trust policy edits (AWS does not let you edit them)', () => {
    expect(search('edit trust policy').some((r) => r.label.includes('AWSServiceRoleForSupport'))).toBe(false);
  });

  it('offers no task that edits the tags of a group: IAM groups cannot be tagged', () => {
    expect(search('edit tags of Developers').some((r) => r.href.startsWith('#/groups/'))).toBe(false);
    expect(
      taskLinks(account)
        .filter((t) => t.label.startsWith('Edit tags of'))
        .map((t) => t.entity?.kind),
    ).not.toContain('Group');
    expect(first('edit tags of Mary')).toMatchObject({ label: 'Edit tags of user Mary', href: '#/users/Mary/tags' });
  });

  it('offers a permissions boundary task only for users and roles, which are the entities that have one', () => {
    const kinds = new Set(
      taskLinks(account)
        .filter((t) => t.label.startsWith('Set permissions boundary'))
        .map((t) => t.entity?.kind),
    );
    expect([...kinds].sort()).toEqual(['Role', 'User']);
  });

  it('every task it can offer links to a page that exists, and to a tab that page has', () => {
    const links = taskLinks(account);
    expect(new Set(links.map((l) => l.entity?.kind ?? 'none'))).toEqual(new Set(['none', 'User', 'Group', 'Role']));
    for (const link of links) {
      const route = parseRoute(link.href);
      // An unknown section would parse as the dashboard: the link must survive the round trip.
      expect(routeHref(route.section, route.item, route.tab), link.label).toBe(link.href);
      if (link.entity) expect(route.item, link.label).toBe(link.entity.name);
      if (route.tab === null) continue;
      const tabs: readonly string[] =
        route.section in ENTITY_TABS ? ENTITY_TABS[route.section as keyof typeof ENTITY_TABS] : [];
      expect(tabs, `${link.label} → ${link.href}`).toContain(route.tab);
    }
  });
});
