// Pages authorized as the acting identity: which reads each page makes (pageReads) and the first one
// the identity may not make (pageDenial), on Example Corp with the TS reference engine.
import { describe, expect, it } from 'vitest';
import { pageDenial } from '../../../src/ui/access/pageAccess';
import { pageReads } from '../../../src/ui/access/pageReads';
import type { Route, SectionId } from '../../../src/ui/shell/routes';
import { ENTITY_TABS, SECTIONS } from '../../../src/ui/shell/routes';
import type { Identity, Scenario } from '../../../src/model';
import {
  actAs,
  awsManagedPolicyArn,
  EXAMPLE_CORP_ACCOUNT,
  EXAMPLE_CORP_DEV_ACCOUNT,
  exampleCorpScenario,
} from '../../../src/model';
import { makeCtx } from '../../api/harness';

const route = (section: SectionId, item: string | null = null, tab: string | null = null): Route => ({
  section,
  item,
  tab,
});
const corp = exampleCorpScenario();
// Example Corp's own account (the scenario keeps accounts sorted by id, and the member account sorts first).
const account = corp.accounts.find((a) => a.id === EXAMPLE_CORP_ACCOUNT)!;
const operations = (r: Route) => pageReads(r, account).map((x) => x.operation);
const user = (userName: string): Identity => ({
  type: 'user',
  accountId: EXAMPLE_CORP_ACCOUNT,
  userName,
  mfaAuthenticatedAt: null,
});
const denial = (scenario: Scenario, r: Route) =>
  pageDenial(makeCtx(), scenario, pageReads(r, actingAccountOf(scenario)));
const actingAccountOf = (s: Scenario) => s.accounts.find((a) => a.id === s.session.identity.accountId)!;

describe('the reads behind each page', () => {
  it('a list page makes its List call, a detail page its Get call and those of the open tab', () => {
    expect(operations(route('users'))).toEqual(['iam:ListUsers']);
    expect(operations(route('users', 'Richard', 'tags'))).toEqual(['iam:GetUser', 'iam:ListUserTags']);
    expect(operations(route('users', 'Richard', 'credentials'))).toEqual([
      'iam:GetUser',
      'iam:GetLoginProfile',
      'iam:ListAccessKeys',
      'iam:ListMFADevices',
    ]);
    expect(operations(route('groups', 'Admins', 'permissions'))).toEqual([
      'iam:GetGroup',
      'iam:ListAttachedGroupPolicies',
      'iam:ListGroupPolicies',
    ]);
    expect(operations(route('roles', 'SecurityAuditor', 'trust'))).toEqual(['iam:GetRole']);
  });

  it("a customer managed policy's Tags tab reads its tags with iam:ListPolicyTags, and ViewOnlyAccess (iam:List*) may make that call but not iam:GetPolicy", () => {
    const arn = account.policies[0].arn;
    expect(operations(route('policies', arn, 'tags'))).toEqual(['iam:GetPolicy', 'iam:ListPolicyTags']);
    const asRichard = actAs(corp, user('Richard'));
    expect(denial(asRichard, route('policies', arn, 'tags'))?.operation).toBe('iam:GetPolicy');
    const tagsOnly = pageDenial(makeCtx(), asRichard, pageReads(route('policies', arn, 'tags'), account).slice(1));
    expect(tagsOnly).toBeNull();
  });

  it('a missing or unknown tab is the first tab, as the page shows it', () => {
    for (const section of ['users', 'groups', 'roles'] as const) {
      const first = route(section, 'X', ENTITY_TABS[section][0]);
      expect(operations(route(section, 'X'))).toEqual(operations(first));
      expect(operations(route(section, 'X', 'nonsense'))).toEqual(operations(first));
    }
  });

  it("a policy's document is read at its default version", () => {
    const arn = awsManagedPolicyArn('/job-function/', 'ViewOnlyAccess');
    const [getPolicy, getVersion] = pageReads(route('policies', arn), account);
    expect(getPolicy).toEqual({ operation: 'iam:GetPolicy', params: { PolicyArn: arn } });
    expect(getVersion.operation).toBe('iam:GetPolicyVersion');
    expect((getVersion.params as { VersionId: string }).VersionId).toMatch(/^v\d+$/);
  });

  it('identity providers are read with the call for their kind', () => {
    expect(operations(route('identity-providers', `arn:aws:iam::${EXAMPLE_CORP_ACCOUNT}:saml-provider/Corp`))).toEqual([
      'iam:GetSAMLProvider',
    ]);
    const oidc = `arn:aws:iam::${EXAMPLE_CORP_ACCOUNT}:oidc-provider/token.actions.githubusercontent.com`;
    expect(operations(route('identity-providers', oidc))).toEqual(['iam:GetOpenIDConnectProvider']);
    expect(operations(route('identity-providers', oidc, 'tags'))).toEqual([
      'iam:GetOpenIDConnectProvider',
      'iam:ListOpenIDConnectProviderTags',
    ]);
  });

  it('wizards and the playground pages outside the IAM console need no read', () => {
    for (const r of [
      route('users', 'create'),
      route('roles', 'create'),
      route('policies', 'create'),
      route('resources'),
      route('simulator'),
      route('scenarios'),
    ])
      expect(pageReads(r, account)).toEqual([]);
  });
});

describe('whether the acting identity may see a page', () => {
  it('an administrator sees every page and tab of the account', () => {
    const routes = [
      ...SECTIONS.map((s) => route(s.id)),
      ...account.users.flatMap((u) => ENTITY_TABS.users.map((t) => route('users', u.name, t))),
      ...account.groups.flatMap((g) => ENTITY_TABS.groups.map((t) => route('groups', g.name, t))),
      ...account.roles.flatMap((r) => ENTITY_TABS.roles.map((t) => route('roles', r.name, t))),
      ...account.policies.flatMap((p) =>
        ['permissions', 'entities', 'versions', 'tags'].map((t) => route('policies', p.arn, t)),
      ),
    ];
    for (const r of routes) expect(denial(corp, r), JSON.stringify(r)).toBeNull();
  });

  it("ViewOnlyAccess (iam:List*) lets Richard see the lists but not a user, with AWS's message for the Get call", () => {
    const richard = actAs(corp, user('Richard'));
    expect(denial(richard, route('users'))).toBeNull();
    expect(denial(richard, route('roles'))).toBeNull();
    const denied = denial(richard, route('users', 'Nikki'))!;
    expect(denied.operation).toBe('iam:GetUser');
    expect(denied.code).toBe('AccessDenied');
    expect(denied.message).toBe(
      `User: arn:aws:iam::${EXAMPLE_CORP_ACCOUNT}:user/Richard is not authorized to perform: iam:GetUser on resource: arn:aws:iam::${EXAMPLE_CORP_ACCOUNT}:user/Nikki because no identity-based policy allows the iam:GetUser action`,
    );
    expect(denied.authorization).not.toBeNull();
  });

  it('a name that does not exist is not a denial: the page itself says it is not found', () => {
    expect(denial(corp, route('users', 'Ghost'))).toBeNull();
  });

  it("a member account's root may not read the organization's structure (ListRoots is for the management account)", () => {
    const memberRoot = actAs(corp, { type: 'root', accountId: EXAMPLE_CORP_DEV_ACCOUNT });
    const denied = denial(memberRoot, route('organization'))!;
    expect(denied.operation).toBe('organizations:ListRoots');
    expect(denied.code).toBe('AccessDeniedException');
  });
});
