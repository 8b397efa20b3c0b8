import { describe, expect, it } from 'vitest';
import { exampleCorpScenario } from '../../../src/model';
import type { Scenario } from '../../../src/model';
import { aliasProblem } from '../../../src/ui/account/accountAlias';
import { createPolicySteps, policyDetailsProblem } from '../../../src/ui/policies/createPolicySteps';
import { createRoleSteps, roleDetailsProblem } from '../../../src/ui/roles/createRoleSteps';
import type { NewUserForm } from '../../../src/ui/users/createUserSteps';
import { createUserSteps, emptyUserForm, userDetailsProblem } from '../../../src/ui/users/createUserSteps';
import { CHANGE_PASSWORD_POLICY, consolePasswordSteps } from '../../../src/ui/users/consolePassword';
import { inMemoryConsole } from '../actions/inMemoryCall';

const account = (s: Scenario) => s.accounts.find((a) => a.id === s.session.identity.accountId)!;
const ADMIN = 'arn:aws:iam::aws:policy/AdministratorAccess';
const READ_ONLY = 'arn:aws:iam::aws:policy/ReadOnlyAccess';

describe('create user wizard', () => {
  it("creates a user with console access in a new group that has a policy attached (the guide's first-user steps)", async () => {
    const c = inMemoryConsole();
    const form: NewUserForm = {
      ...emptyUserForm(),
      userName: 'Arnav',
      path: '/eng/',
      consoleAccess: true,
      newGroup: { name: 'Auditors', policyArns: [READ_ONLY] },
      tags: [{ Key: 'team', Value: 'audit' }],
    };
    expect(c.runSteps(createUserSteps(form, account(c.scenario()), 'Initial-Pass-1!'))).toEqual({ type: 'success' });
    const user = account(c.scenario()).users.find((u) => u.name === 'Arnav');
    expect(user?.path).toBe('/eng/');
    expect(user?.groups).toEqual(['Auditors']);
    expect(user?.loginProfile?.passwordResetRequired).toBe(true);
    expect(user?.tags).toEqual([{ Key: 'team', Value: 'audit' }]);
    expect(account(c.scenario()).groups.find((g) => g.name === 'Auditors')?.attachedPolicies).toEqual([READ_ONLY]);
  });

  it('a user who must create a new password at next sign-in gets IAMUserChangePassword, as the console attaches it', () => {
    const form: NewUserForm = { ...emptyUserForm(), userName: 'Arnav', consoleAccess: true };
    const attached = (f: NewUserForm) =>
      createUserSteps(f, account(exampleCorpScenario()), 'Initial-Pass-1!').filter(
        (s) => s.operation === 'iam:AttachUserPolicy',
      );
    expect(attached(form).map((s) => s.params)).toEqual([{ UserName: 'Arnav', PolicyArn: CHANGE_PASSWORD_POLICY }]);
    expect(attached({ ...form, passwordResetRequired: false })).toEqual([]);
  });

  it('copying permissions from a user copies its group memberships and managed policies', async () => {
    const c = inMemoryConsole();
    const source = account(c.scenario()).users.find((u) => u.groups.length > 0)!;
    const form: NewUserForm = { ...emptyUserForm(), userName: 'Copy', permissions: 'copy', copyFrom: source.name };
    c.runSteps(createUserSteps(form, account(c.scenario()), ''));
    const copy = account(c.scenario()).users.find((u) => u.name === 'Copy')!;
    expect(copy.groups).toEqual(source.groups);
    expect(copy.attachedPolicies).toEqual(source.attachedPolicies);
  });

  it('the permissions boundary is set when the user is created, and no login profile without console access', async () => {
    const steps = createUserSteps(
      { ...emptyUserForm(), userName: 'B', boundaryArn: READ_ONLY, permissions: 'attach', policyArns: [ADMIN] },
      account(exampleCorpScenario()),
      '',
    );
    expect(steps.map((s) => s.operation)).toEqual(['iam:CreateUser', 'iam:AttachUserPolicy']);
    expect(steps[0].params).toEqual({ UserName: 'B', PermissionsBoundary: READ_ONLY });
  });

  it('stops at the first failing call: an existing user name is EntityAlreadyExists and nothing else runs', async () => {
    const c = inMemoryConsole();
    const existing = account(c.scenario()).users[0].name;
    const out = c.runSteps(
      createUserSteps(
        { ...emptyUserForm(), userName: existing, newGroup: { name: 'Never', policyArns: [] } },
        account(c.scenario()),
        '',
      ),
    );
    expect(out.type === 'failure' && out.outcome.result.type === 'failure' && out.outcome.result.errors[0].code).toBe(
      'EntityAlreadyExists',
    );
    expect(account(c.scenario()).groups.some((g) => g.name === 'Never')).toBe(false);
  });

  it('is all or nothing: a custom password the policy refuses leaves no half-made user, so a retry can succeed', async () => {
    const c = inMemoryConsole();
    const form: NewUserForm = {
      ...emptyUserForm(),
      userName: 'carol',
      consoleAccess: true,
      passwordMode: 'custom',
      customPassword: 'abc',
    };
    const out = c.runSteps(createUserSteps(form, account(c.scenario()), 'abc'));
    expect(out.type === 'failure' && out.failed.operation).toBe('iam:CreateLoginProfile');
    expect(account(c.scenario()).users.some((u) => u.name === 'carol')).toBe(false);
    expect(c.runSteps(createUserSteps(form, account(c.scenario()), 'Carol-password-2026!'))).toEqual({
      type: 'success',
    });
  });

  it('an action the acting identity may not take fails with AccessDenied (Richard only has view-only access)', async () => {
    const s = exampleCorpScenario();
    const c = inMemoryConsole({
      ...s,
      session: {
        ...s.session,
        identity: { type: 'user', accountId: account(s).id, userName: 'Richard', mfaAuthenticatedAt: null },
      },
    });
    const out = c.runSteps(createUserSteps({ ...emptyUserForm(), userName: 'X' }, account(s), ''));
    expect(out.type === 'failure' && out.outcome.result.type === 'failure' && out.outcome.result.errors[0].code).toBe(
      'AccessDenied',
    );
  });

  it("a custom password the account's password policy refuses is caught before going on", () => {
    const policy = account(exampleCorpScenario());
    const form: NewUserForm = {
      ...emptyUserForm(),
      userName: 'carol',
      consoleAccess: true,
      passwordMode: 'custom',
      customPassword: 'abc',
    };
    expect(userDetailsProblem(form, policy)).toMatch(/password policy: Password should have at least 14 characters/);
    expect(userDetailsProblem({ ...form, customPassword: 'Carol-password-2026!' }, policy)).toBeNull();
  });

  it.each([
    ['', /User names/],
    ['a b', /User names/],
    ['ok', null],
  ])('user name %j is checked before going on', (userName, problem) => {
    const result = userDetailsProblem({ ...emptyUserForm(), userName }, account(exampleCorpScenario()));
    if (problem) expect(result).toMatch(problem);
    else expect(result).toBeNull();
  });
});

describe('create role wizard', () => {
  it('creates the role with the trust policy for an AWS service, the session duration in seconds, and its permissions', async () => {
    const c = inMemoryConsole();
    const form = {
      entity: { type: 'service' as const, service: 'ec2.amazonaws.com' },
      policyArns: [READ_ONLY],
      boundaryArn: '',
      roleName: 'WebServer',
      description: 'EC2 web tier',
      maxSessionHours: 4,
      tags: [],
    };
    expect(c.runSteps(createRoleSteps(form))).toEqual({ type: 'success' });
    const role = account(c.scenario()).roles.find((r) => r.name === 'WebServer')!;
    expect(JSON.parse(role.assumeRolePolicyDocument).Statement[0].Principal).toEqual({ Service: 'ec2.amazonaws.com' });
    expect(role.maxSessionDuration).toBe(4 * 3600);
    expect(role.attachedPolicies).toEqual([READ_ONLY]);
  });

  it('the maximum session duration is 1 to 12 hours', async () => {
    const base = {
      entity: { type: 'service' as const, service: 'x' },
      policyArns: [],
      boundaryArn: '',
      roleName: 'R',
      description: '',
      tags: [],
    };
    expect(roleDetailsProblem({ ...base, maxSessionHours: 13 })).toMatch(/1 to 12/);
    expect(roleDetailsProblem({ ...base, maxSessionHours: 12 })).toBeNull();
  });
});

describe('create policy wizard', () => {
  it('creates a customer managed policy with its description', async () => {
    const c = inMemoryConsole();
    const document = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' }],
    });
    expect(
      c.runSteps(createPolicySteps({ document, policyName: 'ListBuckets', description: 'List', tags: [] })),
    ).toEqual({ type: 'success' });
    expect(account(c.scenario()).policies.find((p) => p.name === 'ListBuckets')?.description).toBe('List');
  });

  it('a policy name with a space is refused before the call', async () => {
    expect(policyDetailsProblem({ document: '', policyName: 'two words', description: '', tags: [] })).toMatch(
      /Policy names/,
    );
  });
});

describe('account alias', () => {
  it.each([
    ['example-corp', null],
    ['ab', /3 to 63/],
    ['Example', /lowercase/],
    ['-corp', /start or end/],
    ['a--b', /two hyphens/],
  ])('alias %j', (alias, problem) => {
    const result = aliasProblem(alias);
    if (problem) expect(result).toMatch(problem);
    else expect(result).toBeNull();
  });
});

describe('manage console access', () => {
  const profile = {
    createdAt: '2026-01-01T00:00:00Z',
    passwordSha256: '0'.repeat(64),
    passwordResetRequired: false,
    passwordLastChanged: '2026-01-01T00:00:00Z',
    previousPasswordsSha256: [],
  };

  it('a user without console access gets a login profile; one with access gets its password updated', () => {
    const ops = (loginProfile: typeof profile | null) =>
      consolePasswordSteps({ name: 'Mary', loginProfile, attachedPolicies: [] }, 'Pass-word-1234!', false).map(
        (s) => s.operation,
      );
    expect(ops(null)).toEqual(['iam:CreateLoginProfile']);
    expect(ops(profile)).toEqual(['iam:UpdateLoginProfile']);
  });

  it('requiring a new password attaches IAMUserChangePassword only when the user does not have it yet', () => {
    const attaches = (attachedPolicies: string[]) =>
      consolePasswordSteps({ name: 'Mary', loginProfile: profile, attachedPolicies }, 'Pass-word-1234!', true).some(
        (s) => s.operation === 'iam:AttachUserPolicy',
      );
    expect(attaches([])).toBe(true);
    expect(attaches([CHANGE_PASSWORD_POLICY])).toBe(false);
  });
});
