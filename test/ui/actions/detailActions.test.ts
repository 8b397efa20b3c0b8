import { describe, expect, it } from 'vitest';
import type { Account, Scenario } from '../../../src/model';
import { documentProblem } from '../../../src/ui/components/documentProblem';
import { step } from '../../../src/ui/actions/apiSteps';
import type { ApiStep, StepsOutcome } from '../../../src/ui/actions/apiSteps';
import {
  deleteGroupSteps,
  deletePolicySteps,
  deleteRoleSteps,
  deleteUserSteps,
} from '../../../src/ui/actions/deleteSteps';
import {
  attachPolicySteps,
  boundaryStep,
  deleteInlinePolicyStep,
  detachPolicyStep,
  inlinePolicyNameProblem,
  membershipSteps,
  putInlinePolicyStep,
} from '../../../src/ui/actions/entitySteps';
import type { PrincipalKind } from '../../../src/ui/actions/entitySteps';
import { atVersionLimit, newVersionSteps, oldestNonDefaultVersion } from '../../../src/ui/policies/policyVersionSteps';
import { roleSettingsProblem, trustPolicyStep, updateRoleStep } from '../../../src/ui/roles/roleSettingsSteps';
import { tagChangeSteps } from '../../../src/ui/actions/tagSteps';
import { inMemoryConsole } from './inMemoryCall';

const account = (s: Scenario): Account => s.accounts.find((a) => a.id === s.session.identity.accountId)!;
const READ_ONLY = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
const DOC = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' }],
});
const calls = (steps: ApiStep[]) => steps.map((s) => [s.operation, s.params]);
const errorCode = (out: StepsOutcome) =>
  out.type === 'failure' && out.outcome.result.type === 'failure' ? out.outcome.result.errors[0]?.code : null;

const principal = (a: Account, kind: PrincipalKind, name: string) =>
  ({ User: a.users, Group: a.groups, Role: a.roles })[kind].find((p) => p.name === name)!;

describe('permissions of users, groups and roles', () => {
  it.each([
    ['User', 'Mary'],
    ['Group', 'Test'],
    ['Role', 'AppServer'],
  ] as const)(
    'a %s gets a managed policy attached and detached, and an inline policy put and deleted',
    async (kind, name) => {
      const c = inMemoryConsole();
      const entity = { kind, name };
      expect(
        c.runSteps([...attachPolicySteps(entity, [READ_ONLY]), putInlinePolicyStep(entity, 'ListBuckets', DOC)]),
      ).toEqual({ type: 'success' });
      expect(principal(account(c.scenario()), kind, name).attachedPolicies).toContain(READ_ONLY);
      expect(principal(account(c.scenario()), kind, name).inlinePolicies).toEqual([
        { name: 'ListBuckets', document: DOC },
      ]);
      expect(c.runSteps([detachPolicyStep(entity, READ_ONLY), deleteInlinePolicyStep(entity, 'ListBuckets')])).toEqual({
        type: 'success',
      });
      expect(principal(account(c.scenario()), kind, name).attachedPolicies).not.toContain(READ_ONLY);
      expect(principal(account(c.scenario()), kind, name).inlinePolicies).toEqual([]);
    },
  );

  it('attach names the operation and parameters after the kind, one call per policy', () => {
    expect(calls(attachPolicySteps({ kind: 'Group', name: 'Test' }, [READ_ONLY, 'arn:x']))).toEqual([
      ['iam:AttachGroupPolicy', { GroupName: 'Test', PolicyArn: READ_ONLY }],
      ['iam:AttachGroupPolicy', { GroupName: 'Test', PolicyArn: 'arn:x' }],
    ]);
  });

  it.each([
    ['User', 'Mary'],
    ['Role', 'AppServer'],
  ] as const)('a %s gets a permissions boundary set and removed', async (kind, name) => {
    const c = inMemoryConsole();
    expect(c.runSteps([boundaryStep({ kind, name }, READ_ONLY)])).toEqual({ type: 'success' });
    expect(principal(account(c.scenario()), kind, name)).toMatchObject({ permissionsBoundary: READ_ONLY });
    expect(c.runSteps([boundaryStep({ kind, name }, null)])).toEqual({ type: 'success' });
    expect(principal(account(c.scenario()), kind, name)).toMatchObject({ permissionsBoundary: null });
  });

  it('an inline policy document IAM cannot parse is refused with MalformedPolicyDocument', async () => {
    const c = inMemoryConsole();
    expect(
      errorCode(c.runSteps([putInlinePolicyStep({ kind: 'Group', name: 'Test' }, 'Bad', '{"Statement": [')])),
    ).toBe('MalformedPolicyDocument');
  });

  it('inline policy names are 1–128 letters, digits and + = , . @ _ - characters', () => {
    expect(inlinePolicyNameProblem('S3+read=1,.@_-')).toBeNull();
    expect(inlinePolicyNameProblem(' ')).toMatch(/Enter/);
    expect(inlinePolicyNameProblem('a'.repeat(129))).toMatch(/1–128/);
    expect(inlinePolicyNameProblem('two words')).toMatch(/letters/);
  });
});

describe('group membership', () => {
  it('adds a user to groups and removes it again', async () => {
    const c = inMemoryConsole();
    const pairs = ['Test', 'Managers'].map((GroupName) => ({ GroupName, UserName: 'Mary' }));
    expect(c.runSteps(membershipSteps('iam:AddUserToGroup', pairs))).toEqual({ type: 'success' });
    expect(principal(account(c.scenario()), 'User', 'Mary')).toMatchObject({
      groups: ['AllUsers', 'Developers', 'Managers', 'Test'],
    });
    expect(c.runSteps(membershipSteps('iam:RemoveUserFromGroup', pairs))).toEqual({ type: 'success' });
    expect(principal(account(c.scenario()), 'User', 'Mary')).toMatchObject({ groups: ['AllUsers', 'Developers'] });
  });
});

describe('role settings', () => {
  it('UpdateRole sends the maximum session in seconds, and the role keeps it', async () => {
    const c = inMemoryConsole();
    expect(calls([updateRoleStep('AppServer', 'Web tier', 12)])).toEqual([
      ['iam:UpdateRole', { RoleName: 'AppServer', Description: 'Web tier', MaxSessionDuration: 43_200 }],
    ]);
    expect(c.runSteps([updateRoleStep('AppServer', 'Web tier', 12)])).toEqual({ type: 'success' });
    expect(principal(account(c.scenario()), 'Role', 'AppServer')).toMatchObject({
      description: 'Web tier',
      maxSessionDuration: 43_200,
    });
  });

  it("a service-linked role's description is saved with UpdateRole alone, without the maximum session IAM would refuse", () => {
    const c = inMemoryConsole();
    expect(calls([updateRoleStep('AWSServiceRoleForSupport', 'Support cases', null)])).toEqual([
      ['iam:UpdateRole', { RoleName: 'AWSServiceRoleForSupport', Description: 'Support cases' }],
    ]);
    expect(c.runSteps([updateRoleStep('AWSServiceRoleForSupport', 'Support cases', null)])).toEqual({
      type: 'success',
    });
    expect(principal(account(c.scenario()), 'Role', 'AWSServiceRoleForSupport')).toMatchObject({
      description: 'Support cases',
    });
    expect(errorCode(c.runSteps([updateRoleStep('AWSServiceRoleForSupport', 'Support cases', 2)]))).toBe(
      'UnmodifiableEntity',
    );
  });

  it('a description is at most 1,000 characters', () => {
    expect(roleSettingsProblem('a'.repeat(1000))).toBeNull();
    expect(roleSettingsProblem('a'.repeat(1001))).toMatch(/1,000/);
  });

  it('the trust policy is replaced by UpdateAssumeRolePolicy; a service-linked role cannot be edited', async () => {
    const c = inMemoryConsole();
    const trust = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
    });
    expect(c.runSteps([trustPolicyStep('AppServer', trust)])).toEqual({ type: 'success' });
    expect(principal(account(c.scenario()), 'Role', 'AppServer')).toMatchObject({ assumeRolePolicyDocument: trust });
    expect(errorCode(c.runSteps([trustPolicyStep('AWSServiceRoleForSupport', trust)]))).toBe('UnmodifiableEntity');
  });
});

describe('customer managed policy versions', () => {
  const policyNamed = (s: Scenario, name: string) => account(s).policies.find((p) => p.name === name)!;

  it('each edit is a new default version; at five versions IAM refuses with LimitExceeded', async () => {
    const c = inMemoryConsole();
    for (let i = 0; i < 4; i++)
      expect(c.runSteps(newVersionSteps(policyNamed(c.scenario(), 'SupportEC2Describe'), DOC, false))).toEqual({
        type: 'success',
      });
    const policy = policyNamed(c.scenario(), 'SupportEC2Describe');
    expect(policy.versions.map((v) => v.versionId)).toEqual(['v1', 'v2', 'v3', 'v4', 'v5']);
    expect(policy.defaultVersionId).toBe('v5');
    expect(atVersionLimit(policy)).toBe(true);
    expect(errorCode(c.runSteps(newVersionSteps(policy, DOC, false)))).toBe('LimitExceeded');
  });

  it('at the limit, the console deletes the oldest non-default version first', async () => {
    const c = inMemoryConsole();
    for (let i = 0; i < 4; i++)
      c.runSteps(newVersionSteps(policyNamed(c.scenario(), 'SupportEC2Describe'), DOC, false));
    await c.call('iam:SetDefaultPolicyVersion', {
      PolicyArn: policyNamed(c.scenario(), 'SupportEC2Describe').arn,
      VersionId: 'v1',
    });
    expect(oldestNonDefaultVersion(policyNamed(c.scenario(), 'SupportEC2Describe'))).toBe('v2');
    expect(c.runSteps(newVersionSteps(policyNamed(c.scenario(), 'SupportEC2Describe'), DOC, true))).toEqual({
      type: 'success',
    });
    const policy = policyNamed(c.scenario(), 'SupportEC2Describe');
    expect(policy.versions.map((v) => v.versionId)).toEqual(['v1', 'v3', 'v4', 'v5', 'v6']);
    expect(policy.defaultVersionId).toBe('v6');
  });
});

describe('tags', () => {
  it('only the changes are sent: removed keys untagged, new keys and new values tagged', () => {
    const before = [
      { Key: 'Department', Value: 'Engineering' },
      { Key: 'Team', Value: 'Web' },
      { Key: 'Old', Value: '' },
    ];
    const after = [
      { Key: 'Department', Value: 'Engineering' },
      { Key: 'Team', Value: 'Data' },
      { Key: 'CostCenter', Value: '42' },
      { Key: ' ', Value: 'ignored' },
    ];
    expect(calls(tagChangeSteps({ kind: 'User', name: 'Mary' }, before, after))).toEqual([
      ['iam:UntagUser', { UserName: 'Mary', TagKeys: ['Old'] }],
      [
        'iam:TagUser',
        {
          UserName: 'Mary',
          Tags: [
            { Key: 'Team', Value: 'Data' },
            { Key: 'CostCenter', Value: '42' },
          ],
        },
      ],
    ]);
    expect(tagChangeSteps({ kind: 'User', name: 'Mary' }, before, before)).toEqual([]);
  });

  it('users, roles and customer managed policies are tagged and untagged through the API', async () => {
    const c = inMemoryConsole();
    const policy = account(c.scenario()).policies[0]!;
    const tag = [{ Key: 'Owner', Value: 'Ops' }];
    const targets = [
      { kind: 'User', name: 'Mary' },
      { kind: 'Role', name: 'AppServer' },
      { kind: 'Policy', arn: policy.arn },
    ] as const;
    for (const t of targets) expect(c.runSteps(tagChangeSteps(t, [], tag))).toEqual({ type: 'success' });
    expect(principal(account(c.scenario()), 'Role', 'AppServer')).toMatchObject({ tags: tag });
    expect(account(c.scenario()).policies[0]!.tags).toEqual(tag);
    for (const t of targets) expect(c.runSteps(tagChangeSteps(t, tag, []))).toEqual({ type: 'success' });
    expect(principal(account(c.scenario()), 'User', 'Mary')).toMatchObject({
      tags: [{ Key: 'Department', Value: 'Engineering' }],
    });
    expect(account(c.scenario()).policies[0]!.tags).toEqual([]);
  });

  it('identity providers are tagged and untagged by ARN through TagOpenIDConnectProvider and TagSAMLProvider', () => {
    const c = inMemoryConsole();
    const oidc = 'https://token.example.com';
    expect(
      c.runSteps([
        step('iam:CreateOpenIDConnectProvider', { Url: oidc, ClientIDList: ['sts.amazonaws.com'] }),
        step('iam:CreateSAMLProvider', { Name: 'CorpIdP', SAMLMetadataDocument: `<md>${'x'.repeat(1000)}</md>` }),
      ]),
    ).toEqual({ type: 'success' });
    const [samlArn, oidcArn] = [
      account(c.scenario()).samlProviders[0]!.arn,
      account(c.scenario()).oidcProviders[0]!.arn,
    ];
    const targets = [
      { kind: 'OpenIDConnectProvider', arn: oidcArn },
      { kind: 'SAMLProvider', arn: samlArn },
    ] as const;
    const tag = [{ Key: 'Owner', Value: 'Ops' }];
    expect(calls(tagChangeSteps(targets[0], [], tag))).toEqual([
      ['iam:TagOpenIDConnectProvider', { OpenIDConnectProviderArn: oidcArn, Tags: tag }],
    ]);
    expect(calls(tagChangeSteps(targets[1], tag, []))).toEqual([
      ['iam:UntagSAMLProvider', { SAMLProviderArn: samlArn, TagKeys: ['Owner'] }],
    ]);
    for (const t of targets) expect(c.runSteps(tagChangeSteps(t, [], tag))).toEqual({ type: 'success' });
    expect(account(c.scenario()).oidcProviders[0]!.tags).toEqual(tag);
    expect(account(c.scenario()).samlProviders[0]!.tags).toEqual(tag);
    for (const t of targets) expect(c.runSteps(tagChangeSteps(t, tag, []))).toEqual({ type: 'success' });
    expect(account(c.scenario()).samlProviders[0]!.tags).toEqual([]);
  });

  it('more than 50 tags is refused by IAM with LimitExceeded', async () => {
    const c = inMemoryConsole();
    const many = Array.from({ length: 51 }, (_, i) => ({ Key: `k${i}`, Value: '' }));
    expect(errorCode(c.runSteps(tagChangeSteps({ kind: 'Role', name: 'AppServer' }, [], many)))).toBe('LimitExceeded');
  });
});

describe('deleting as the console does', () => {
  it('a user with a password, access key, MFA device, policies and groups is deleted in one action', async () => {
    const c = inMemoryConsole();
    await c.call('iam:CreateAccessKey', { UserName: 'Mary' });
    c.runSteps([
      ...attachPolicySteps({ kind: 'User', name: 'Mary' }, [READ_ONLY]),
      putInlinePolicyStep({ kind: 'User', name: 'Mary' }, 'Extra', DOC),
    ]);
    const before = account(c.scenario());
    const mary = principal(before, 'User', 'Mary') as Account['users'][number];
    const steps = deleteUserSteps(before, mary);
    expect(steps.map((s) => s.operation)).toEqual([
      'iam:DeleteLoginProfile',
      'iam:DeleteAccessKey',
      'iam:DeleteUserPolicy',
      'iam:DetachUserPolicy',
      'iam:RemoveUserFromGroup',
      'iam:RemoveUserFromGroup',
      'iam:DeleteUser',
    ]);
    expect(c.runSteps(steps)).toEqual({ type: 'success' });
    expect(account(c.scenario()).users.map((u) => u.name)).not.toContain('Mary');
  });

  it('a user with an MFA device: the device is deactivated and the virtual device deleted first', async () => {
    const c = inMemoryConsole();
    const a = account(c.scenario());
    a.mfaDevices.push({
      serialNumber: `arn:aws:iam::${a.id}:mfa/Mary`,
      type: 'virtual',
      seed: 'JBSWY3DPEHPK3PXP',
      assignedTo: 'Mary',
      enabledAt: '2026-01-06T09:00:00Z',
      tags: [],
    });
    const steps = deleteUserSteps(a, principal(a, 'User', 'Mary') as Account['users'][number]);
    expect(steps.slice(1, 3).map((s) => s.operation)).toEqual([
      'iam:DeactivateMFADevice',
      'iam:DeleteVirtualMFADevice',
    ]);
    expect(c.runSteps(steps)).toEqual({ type: 'success' });
    expect(account(c.scenario()).mfaDevices.some((d) => d.serialNumber.endsWith('/Mary'))).toBe(false);
  });

  it('a group with members and policies is emptied, then deleted', async () => {
    const c = inMemoryConsole();
    const a = account(c.scenario());
    expect(
      c.runSteps(
        deleteGroupSteps(
          a,
          a.groups.find((g) => g.name === 'Developers')!,
        ),
      ),
    ).toEqual({ type: 'success' });
    expect(account(c.scenario()).groups.map((g) => g.name)).not.toContain('Developers');
    expect(principal(account(c.scenario()), 'User', 'Zhang')).toMatchObject({ groups: ['AllUsers'] });
  });

  it('a role in its instance profile: removed from it, the profile deleted, the policies detached, the role deleted', async () => {
    const c = inMemoryConsole();
    const a = account(c.scenario());
    const steps = deleteRoleSteps(
      a,
      a.roles.find((r) => r.name === 'AppServer')!,
    );
    expect(steps.map((s) => s.operation)).toEqual([
      'iam:RemoveRoleFromInstanceProfile',
      'iam:DeleteInstanceProfile',
      'iam:DetachRolePolicy',
      'iam:DeleteRole',
    ]);
    expect(c.runSteps(steps)).toEqual({ type: 'success' });
    expect(account(c.scenario()).roles.map((r) => r.name)).not.toContain('AppServer');
    expect(account(c.scenario()).instanceProfiles).toEqual([]);
  });

  it('a service-linked role cannot be deleted with DeleteRole', async () => {
    const c = inMemoryConsole();
    const a = account(c.scenario());
    expect(
      errorCode(
        c.runSteps(
          deleteRoleSteps(
            a,
            a.roles.find((r) => r.serviceLinked)!,
          ),
        ),
      ),
    ).toBe('UnmodifiableEntity');
  });

  it('a policy attached to groups with several versions is detached, its other versions deleted, then deleted', async () => {
    const c = inMemoryConsole();
    const arn = account(c.scenario()).policies.find((p) => p.name === 'HomeDirectoryAccess')!.arn;
    c.runSteps(
      newVersionSteps(
        account(c.scenario()).policies.find((p) => p.arn === arn)!,
        DOC,
        false,
      ),
    );
    const a = account(c.scenario());
    const steps = deletePolicySteps(
      a,
      a.policies.find((p) => p.arn === arn)!,
    );
    expect(calls(steps)).toEqual([
      ['iam:DetachGroupPolicy', { GroupName: 'Developers', PolicyArn: arn }],
      ['iam:DetachGroupPolicy', { GroupName: 'Managers', PolicyArn: arn }],
      ['iam:DeletePolicyVersion', { PolicyArn: arn, VersionId: 'v1' }],
      ['iam:DeletePolicy', { PolicyArn: arn }],
    ]);
    expect(c.runSteps(steps)).toEqual({ type: 'success' });
    expect(account(c.scenario()).policies.some((p) => p.arn === arn)).toBe(false);
  });
});

describe('saving a policy document', () => {
  it('is blocked while the parser reports an error, naming the first one', () => {
    expect(documentProblem(DOC, 'identity')).toBeNull();
    expect(documentProblem(DOC.replace('"Allow"', '"Allowed"'), 'identity')).toMatch(
      /^Fix the error marked in the policy editor first: Effect/,
    );
    expect(
      documentProblem(
        '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole"}]}',
        'trust',
      ),
    ).toMatch(/Principal/);
  });
});
