// Every IAM, Organizations and resource operation not covered elsewhere: one documented behaviour and one
// documented error each, as a table over a fixture account built through the API.
import { describe, expect, it } from 'vitest';
import type { OperationName, ParamsOf } from '../../src/api';
import type { Identity } from '../../src/model';
import { base32Decode, emptyScenario, totpAt } from '../../src/model';
import { T0, doc, session } from './harness';

const A = '123456789012';
const root: Identity = { type: 'root', accountId: A };
const READ = doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' });
const TRUST = doc({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' });
const RESOURCE_POLICY = doc({
  Effect: 'Allow',
  Principal: { AWS: `arn:aws:iam::${A}:root` },
  Action: '*',
  Resource: '*',
});
const POLICY_ARN = `arn:aws:iam::${A}:policy/Pol`;
const READONLY = 'arn:aws:iam::aws:policy/ReadOnlyAccess';

/** A fixture with one of everything, built through the API as the root user. */
function fixture() {
  const s = session(emptyScenario('fixture', A));
  s.ok('iam:CreatePolicy', { PolicyName: 'Pol', PolicyDocument: READ });
  s.ok('iam:CreatePolicyVersion', { PolicyArn: POLICY_ARN, PolicyDocument: READ });
  s.ok('iam:CreateUser', { UserName: 'tess', Tags: [{ Key: 'team', Value: 'qa' }], PermissionsBoundary: READONLY });
  s.ok('iam:PutUserPolicy', { UserName: 'tess', PolicyName: 'p', PolicyDocument: READ });
  s.ok('iam:AttachUserPolicy', { UserName: 'tess', PolicyArn: POLICY_ARN });
  s.ok('iam:CreateGroup', { GroupName: 'g' });
  s.ok('iam:AddUserToGroup', { GroupName: 'g', UserName: 'tess' });
  s.ok('iam:PutGroupPolicy', { GroupName: 'g', PolicyName: 'gp', PolicyDocument: READ });
  s.ok('iam:AttachGroupPolicy', { GroupName: 'g', PolicyArn: READONLY });
  s.ok('iam:CreateRole', {
    RoleName: 'r',
    AssumeRolePolicyDocument: TRUST,
    Tags: [{ Key: 'env', Value: 'prod' }],
    PermissionsBoundary: READONLY,
  });
  s.ok('iam:PutRolePolicy', { RoleName: 'r', PolicyName: 'rp', PolicyDocument: READ });
  s.ok('iam:AttachRolePolicy', { RoleName: 'r', PolicyArn: READONLY });
  s.ok('iam:CreateLoginProfile', { UserName: 'tess', Password: 'A-long-password-1' });
  s.ok('iam:CreateAccessKey', { UserName: 'tess' });
  const mfa = s.ok('iam:CreateVirtualMFADevice', { VirtualMFADeviceName: 'tess' }).VirtualMFADevice;
  const key = base32Decode(mfa.Base32StringSeed);
  s.ok('iam:EnableMFADevice', {
    UserName: 'tess',
    SerialNumber: mfa.SerialNumber,
    AuthenticationCode1: totpAt(key, T0 - 30_000),
    AuthenticationCode2: totpAt(key, T0),
  });
  s.ok('iam:CreateVirtualMFADevice', { VirtualMFADeviceName: 'spare' });
  s.ok('iam:UpdateAccountPasswordPolicy', { MinimumPasswordLength: 8 });
  s.ok('iam:CreateInstanceProfile', { InstanceProfileName: 'ip' });
  s.ok('iam:AddRoleToInstanceProfile', { InstanceProfileName: 'ip', RoleName: 'r' });
  const saml = s.ok('iam:CreateSAMLProvider', {
    Name: 'idp',
    SAMLMetadataDocument: `<md>${'x'.repeat(1000)}</md>`,
  }).SAMLProviderArn;
  const oidc = s.ok('iam:CreateOpenIDConnectProvider', {
    Url: 'https://oidc.example.com',
    ClientIDList: ['app'],
  }).OpenIDConnectProviderArn;
  s.ok('organizations:CreateOrganization', {});
  const rootId = s.ok('organizations:ListRoots', {}).Roots[0].Id;
  s.ok('organizations:EnablePolicyType', { RootId: rootId, PolicyType: 'SERVICE_CONTROL_POLICY' });
  const ou = s.ok('organizations:CreateOrganizationalUnit', { ParentId: rootId, Name: 'Prod' }).OrganizationalUnit.Id;
  const scp = s.ok('organizations:CreatePolicy', {
    Name: 'NoEc2',
    Type: 'SERVICE_CONTROL_POLICY',
    Content: doc({ Effect: 'Deny', Action: 'ec2:*', Resource: '*' }),
  }).Policy.PolicySummary.Id;
  s.ok('organizations:AttachPolicy', { PolicyId: scp, TargetId: ou });
  const member = s.ok('organizations:CreateAccount', { AccountName: 'member', Email: 'member@example.com' })
    .CreateAccountStatus.AccountId;
  s.ok('s3:CreateBucket', { Bucket: 'fixture-bucket' });
  s.ok('s3:PutBucketPolicy', { Bucket: 'fixture-bucket', Policy: RESOURCE_POLICY });
  s.ok('sns:CreateTopic', { Name: 't' });
  const key2 = s.ok('kms:CreateKey', {}).KeyMetadata.KeyId;
  const secret = s.ok('secretsmanager:CreateSecret', { Name: 'sec' }).ARN;
  const table = s.ok('dynamodb:CreateTable', { TableName: 'tbl' }).TableDescription.TableArn;
  return {
    s,
    ids: {
      saml,
      oidc,
      rootId,
      ou,
      scp,
      member,
      key: key2,
      secret,
      table,
      mfa: mfa.SerialNumber,
      accessKey: s.scenario.accounts[0].users[0].accessKeys[0].id,
    },
  };
}

type Fixture = ReturnType<typeof fixture>;
type Case = {
  [N in OperationName]: {
    op: N;
    rule: string;
    params: (ids: Fixture['ids']) => ParamsOf<N>;
    check: (value: unknown, f: Fixture) => void;
    error?: [string, (ids: Fixture['ids']) => ParamsOf<N>];
  };
}[OperationName];

const user = (f: Fixture) => f.s.scenario.accounts[0].users.find((u) => u.name === 'tess')!;
const role = (f: Fixture) => f.s.scenario.accounts[0].roles.find((r) => r.name === 'r')!;

const cases: Case[] = [
  {
    op: 'iam:ListGroups',
    rule: 'lists groups under a path prefix',
    params: () => ({ PathPrefix: '/' }),
    check: (v) => expect(v).toMatchObject({ Groups: [{ GroupName: 'g' }] }),
  },
  {
    op: 'iam:ListGroupsForUser',
    rule: "lists a user's groups",
    params: () => ({ UserName: 'tess' }),
    check: (v) => expect(v).toMatchObject({ Groups: [{ GroupName: 'g' }] }),
    error: ['NoSuchEntity', () => ({ UserName: 'nobody' })],
  },
  {
    op: 'iam:UpdateRole',
    rule: 'changes description and maximum session',
    params: () => ({ RoleName: 'r', Description: 'd', MaxSessionDuration: 7200 }),
    check: (_v, f) => expect(role(f)).toMatchObject({ description: 'd', maxSessionDuration: 7200 }),
    error: ['ValidationError', () => ({ RoleName: 'r', MaxSessionDuration: 60 })],
  },
  {
    op: 'iam:UpdateRoleDescription',
    rule: 'returns the role with its new description',
    params: () => ({ RoleName: 'r', Description: 'new' }),
    check: (v) => expect(v).toMatchObject({ Role: { Description: 'new' } }),
    error: ['NoSuchEntity', () => ({ RoleName: 'x', Description: 'new' })],
  },
  {
    op: 'iam:ListRoles',
    rule: 'lists roles',
    params: () => ({}),
    check: (v) => expect(v).toMatchObject({ Roles: [{ RoleName: 'r' }] }),
  },
  {
    op: 'iam:ListPolicyVersions',
    rule: 'lists versions newest first with the default marked',
    params: () => ({ PolicyArn: POLICY_ARN }),
    check: (v) =>
      expect(v).toMatchObject({
        Versions: [
          { VersionId: 'v2', IsDefaultVersion: false },
          { VersionId: 'v1', IsDefaultVersion: true },
        ],
      }),
  },
  {
    op: 'iam:SetDefaultPolicyVersion',
    rule: 'makes another version the default',
    params: () => ({ PolicyArn: POLICY_ARN, VersionId: 'v2' }),
    check: (_v, f) => expect(f.s.scenario.accounts[0].policies[0].defaultVersionId).toBe('v2'),
    error: ['NoSuchEntity', () => ({ PolicyArn: POLICY_ARN, VersionId: 'v9' })],
  },
  {
    op: 'iam:ListPolicyTags',
    rule: "lists a customer managed policy's tags, sorted by key",
    params: () => ({ PolicyArn: POLICY_ARN }),
    check: (v, f) => {
      f.s.ok('iam:TagPolicy', {
        PolicyArn: POLICY_ARN,
        Tags: [
          { Key: 'z', Value: '1' },
          { Key: 'a', Value: '2' },
        ],
      });
      expect(v).toEqual({ Tags: [], IsTruncated: false });
      expect(f.s.ok('iam:ListPolicyTags', { PolicyArn: POLICY_ARN }).Tags.map((t) => t.Key)).toEqual(['a', 'z']);
    },
    error: ['NoSuchEntity', () => ({ PolicyArn: `arn:aws:iam::${A}:policy/Missing` })],
  },
  {
    op: 'iam:TagPolicy',
    rule: 'tags a customer managed policy',
    params: () => ({ PolicyArn: POLICY_ARN, Tags: [{ Key: 'k', Value: 'v' }] }),
    check: (_v, f) => expect(f.s.scenario.accounts[0].policies[0].tags).toEqual([{ Key: 'k', Value: 'v' }]),
    error: ['InvalidInput', () => ({ PolicyArn: READONLY, Tags: [{ Key: 'k', Value: 'v' }] })],
  },
  {
    op: 'iam:UntagPolicy',
    rule: 'untagging a missing key is not an error',
    params: () => ({ PolicyArn: POLICY_ARN, TagKeys: ['none'] }),
    check: (v) => expect(v).toEqual({}),
  },
  {
    op: 'iam:DeleteUserPolicy',
    rule: 'deletes an inline user policy',
    params: () => ({ UserName: 'tess', PolicyName: 'p' }),
    check: (_v, f) => expect(user(f).inlinePolicies).toEqual([]),
    error: ['NoSuchEntity', () => ({ UserName: 'tess', PolicyName: 'none' })],
  },
  {
    op: 'iam:GetGroupPolicy',
    rule: 'returns an inline group policy',
    params: () => ({ GroupName: 'g', PolicyName: 'gp' }),
    check: (v) => expect(decodeURIComponent((v as { PolicyDocument: string }).PolicyDocument)).toBe(READ),
    error: ['NoSuchEntity', () => ({ GroupName: 'g', PolicyName: 'none' })],
  },
  {
    op: 'iam:ListGroupPolicies',
    rule: "lists a group's inline policy names",
    params: () => ({ GroupName: 'g' }),
    check: (v) => expect(v).toMatchObject({ PolicyNames: ['gp'] }),
  },
  {
    op: 'iam:GetRolePolicy',
    rule: 'returns an inline role policy',
    params: () => ({ RoleName: 'r', PolicyName: 'rp' }),
    check: (v) => expect(v).toMatchObject({ RoleName: 'r', PolicyName: 'rp' }),
  },
  {
    op: 'iam:DeleteRolePolicy',
    rule: 'deletes an inline role policy',
    params: () => ({ RoleName: 'r', PolicyName: 'rp' }),
    check: (_v, f) => expect(role(f).inlinePolicies).toEqual([]),
  },
  {
    op: 'iam:ListRolePolicies',
    rule: "lists a role's inline policy names",
    params: () => ({ RoleName: 'r' }),
    check: (v) => expect(v).toMatchObject({ PolicyNames: ['rp'] }),
  },
  {
    op: 'iam:ListAttachedUserPolicies',
    rule: 'lists attached policies with names',
    params: () => ({ UserName: 'tess' }),
    check: (v) => expect(v).toMatchObject({ AttachedPolicies: [{ PolicyName: 'Pol', PolicyArn: POLICY_ARN }] }),
  },
  {
    op: 'iam:DetachGroupPolicy',
    rule: 'detaches a managed policy from a group',
    params: () => ({ GroupName: 'g', PolicyArn: READONLY }),
    check: (_v, f) => expect(f.s.scenario.accounts[0].groups[0].attachedPolicies).toEqual([]),
    error: ['NoSuchEntity', () => ({ GroupName: 'g', PolicyArn: POLICY_ARN })],
  },
  {
    op: 'iam:ListAttachedGroupPolicies',
    rule: 'lists policies attached to a group',
    params: () => ({ GroupName: 'g' }),
    check: (v) => expect(v).toMatchObject({ AttachedPolicies: [{ PolicyName: 'ReadOnlyAccess' }] }),
  },
  {
    op: 'iam:DetachRolePolicy',
    rule: 'detaches a managed policy from a role',
    params: () => ({ RoleName: 'r', PolicyArn: READONLY }),
    check: (_v, f) => expect(role(f).attachedPolicies).toEqual([]),
  },
  {
    op: 'iam:ListAttachedRolePolicies',
    rule: 'lists policies attached to a role',
    params: () => ({ RoleName: 'r' }),
    check: (v) => expect(v).toMatchObject({ AttachedPolicies: [{ PolicyArn: READONLY }] }),
  },
  {
    op: 'iam:UntagUser',
    rule: 'removes tags by key, ignoring case',
    params: () => ({ UserName: 'tess', TagKeys: ['TEAM'] }),
    check: (_v, f) => expect(user(f).tags).toEqual([]),
  },
  {
    op: 'iam:ListUserTags',
    rule: "lists a user's tags",
    params: () => ({ UserName: 'tess' }),
    check: (v) => expect(v).toMatchObject({ Tags: [{ Key: 'team', Value: 'qa' }] }),
  },
  {
    op: 'iam:DeleteUserPermissionsBoundary',
    rule: "removes a user's boundary",
    params: () => ({ UserName: 'tess' }),
    check: (_v, f) => expect(user(f).permissionsBoundary).toBeNull(),
  },
  {
    op: 'iam:TagRole',
    rule: 'a repeated tag key replaces the value',
    params: () => ({ RoleName: 'r', Tags: [{ Key: 'env', Value: 'dev' }] }),
    check: (_v, f) => expect(role(f).tags).toEqual([{ Key: 'env', Value: 'dev' }]),
    error: [
      'InvalidInput',
      () => ({
        RoleName: 'r',
        Tags: [
          { Key: 'a', Value: '1' },
          { Key: 'A', Value: '2' },
        ],
      }),
    ],
  },
  {
    op: 'iam:UntagRole',
    rule: 'removes a role tag',
    params: () => ({ RoleName: 'r', TagKeys: ['env'] }),
    check: (_v, f) => expect(role(f).tags).toEqual([]),
  },
  {
    op: 'iam:ListRoleTags',
    rule: "lists a role's tags",
    params: () => ({ RoleName: 'r' }),
    check: (v) => expect(v).toMatchObject({ Tags: [{ Key: 'env' }] }),
  },
  {
    op: 'iam:DeleteRolePermissionsBoundary',
    rule: "removes a role's boundary",
    params: () => ({ RoleName: 'r' }),
    check: (_v, f) => expect(role(f).permissionsBoundary).toBeNull(),
  },
  {
    op: 'iam:UpdateLoginProfile',
    rule: 'can require a new password at next sign-in',
    params: () => ({ UserName: 'tess', PasswordResetRequired: true }),
    check: (_v, f) => expect(user(f).loginProfile?.passwordResetRequired).toBe(true),
    error: ['PasswordPolicyViolation', () => ({ UserName: 'tess', Password: 'short' })],
  },
  {
    op: 'iam:DeleteLoginProfile',
    rule: 'removes console access',
    params: () => ({ UserName: 'tess' }),
    check: (_v, f) => expect(user(f).loginProfile).toBeNull(),
  },
  {
    op: 'iam:GetAccessKeyLastUsed',
    rule: 'a key never used reports N/A',
    params: (ids) => ({ AccessKeyId: ids.accessKey }),
    check: (v) =>
      expect(v).toMatchObject({ UserName: 'tess', AccessKeyLastUsed: { ServiceName: 'N/A', Region: 'N/A' } }),
  },
  {
    op: 'iam:DeactivateMFADevice',
    rule: 'unassigns a device from its user',
    params: (ids) => ({ UserName: 'tess', SerialNumber: ids.mfa }),
    check: (_v, f) => expect(f.s.scenario.accounts[0].mfaDevices.every((d) => d.assignedTo === null)).toBe(true),
  },
  {
    op: 'iam:DeleteVirtualMFADevice',
    rule: 'a device in use cannot be deleted',
    params: () => ({ SerialNumber: `arn:aws:iam::${A}:mfa/spare` }),
    check: (_v, f) => expect(f.s.scenario.accounts[0].mfaDevices).toHaveLength(1),
    error: ['DeleteConflict', (ids) => ({ SerialNumber: ids.mfa })],
  },
  {
    op: 'iam:ListMFADevices',
    rule: "lists a user's devices",
    params: () => ({ UserName: 'tess' }),
    check: (v) => expect(v).toMatchObject({ MFADevices: [{ UserName: 'tess' }] }),
  },
  {
    op: 'iam:ListVirtualMFADevices',
    rule: 'filters by assignment status',
    params: () => ({ AssignmentStatus: 'Unassigned' }),
    check: (v) => expect(v).toMatchObject({ VirtualMFADevices: [{ SerialNumber: `arn:aws:iam::${A}:mfa/spare` }] }),
  },
  {
    op: 'iam:DeleteAccountPasswordPolicy',
    rule: 'removes the password policy',
    params: () => ({}),
    check: (_v, f) => expect(f.s.scenario.accounts[0].passwordPolicy).toBeNull(),
  },
  {
    op: 'iam:GetInstanceProfile',
    rule: 'returns the profile with its role',
    params: () => ({ InstanceProfileName: 'ip' }),
    check: (v) => expect(v).toMatchObject({ InstanceProfile: { Roles: [{ RoleName: 'r' }] } }),
    error: ['NoSuchEntity', () => ({ InstanceProfileName: 'none' })],
  },
  {
    op: 'iam:RemoveRoleFromInstanceProfile',
    rule: 'empties the profile',
    params: () => ({ InstanceProfileName: 'ip', RoleName: 'r' }),
    check: (_v, f) => expect(f.s.scenario.accounts[0].instanceProfiles[0].roles).toEqual([]),
    error: ['NoSuchEntity', () => ({ InstanceProfileName: 'ip', RoleName: 'other' })],
  },
  {
    op: 'iam:ListInstanceProfiles',
    rule: 'lists profiles',
    params: () => ({}),
    check: (v) => expect(v).toMatchObject({ InstanceProfiles: [{ InstanceProfileName: 'ip' }] }),
  },
  {
    op: 'iam:GetSAMLProvider',
    rule: 'returns the metadata document',
    params: (ids) => ({ SAMLProviderArn: ids.saml }),
    check: (v) => expect((v as { SAMLMetadataDocument: string }).SAMLMetadataDocument).toContain('<md>'),
    error: ['NoSuchEntity', () => ({ SAMLProviderArn: `arn:aws:iam::${A}:saml-provider/none` })],
  },
  {
    op: 'iam:DeleteSAMLProvider',
    rule: 'deletes the provider',
    params: (ids) => ({ SAMLProviderArn: ids.saml }),
    check: (_v, f) => expect(f.s.scenario.accounts[0].samlProviders).toEqual([]),
  },
  {
    op: 'iam:GetOpenIDConnectProvider',
    rule: 'returns the URL without its scheme and the client ids',
    params: (ids) => ({ OpenIDConnectProviderArn: ids.oidc }),
    check: (v) => expect(v).toMatchObject({ Url: 'oidc.example.com', ClientIDList: ['app'] }),
  },
  {
    op: 'iam:DeleteOpenIDConnectProvider',
    rule: 'deletes the provider',
    params: (ids) => ({ OpenIDConnectProviderArn: ids.oidc }),
    check: (_v, f) => expect(f.s.scenario.accounts[0].oidcProviders).toEqual([]),
    error: ['NoSuchEntity', () => ({ OpenIDConnectProviderArn: `arn:aws:iam::${A}:oidc-provider/none` })],
  },
  {
    op: 'iam:AddClientIDToOpenIDConnectProvider',
    rule: 'adds an audience; adding one the provider has already is idempotent',
    params: (ids) => ({ OpenIDConnectProviderArn: ids.oidc, ClientID: 'app' }),
    check: (_v, f) => expect(f.s.scenario.accounts[0].oidcProviders[0].clientIds).toEqual(['app']),
    error: ['ValidationError', (ids) => ({ OpenIDConnectProviderArn: ids.oidc, ClientID: 'x'.repeat(256) })],
  },
  {
    op: 'iam:RemoveClientIDFromOpenIDConnectProvider',
    rule: 'removes an audience',
    params: (ids) => ({ OpenIDConnectProviderArn: ids.oidc, ClientID: 'app' }),
    check: (_v, f) => expect(f.s.scenario.accounts[0].oidcProviders[0].clientIds).toEqual([]),
    error: [
      'NoSuchEntity',
      () => ({ OpenIDConnectProviderArn: `arn:aws:iam::${A}:oidc-provider/none`, ClientID: 'app' }),
    ],
  },
  {
    op: 'iam:ListOpenIDConnectProviders',
    rule: 'lists providers by ARN',
    params: () => ({}),
    check: (v) =>
      expect(v).toMatchObject({
        OpenIDConnectProviderList: [{ Arn: `arn:aws:iam::${A}:oidc-provider/oidc.example.com` }],
      }),
  },
  {
    op: 'organizations:DescribeOrganization',
    rule: 'names the management account',
    params: () => ({}),
    check: (v) => expect(v).toMatchObject({ Organization: { MasterAccountId: A, FeatureSet: 'ALL' } }),
  },
  {
    op: 'organizations:UpdateOrganizationalUnit',
    rule: 'renames an OU',
    params: (ids) => ({ OrganizationalUnitId: ids.ou, Name: 'Production' }),
    check: (v) => expect(v).toMatchObject({ OrganizationalUnit: { Name: 'Production' } }),
    error: ['OrganizationalUnitNotFoundException', () => ({ OrganizationalUnitId: 'ou-none-00000000', Name: 'x' })],
  },
  {
    op: 'organizations:ListOrganizationalUnitsForParent',
    rule: 'lists child OUs',
    params: (ids) => ({ ParentId: ids.rootId }),
    check: (v) => expect(v).toMatchObject({ OrganizationalUnits: [{ Name: 'Prod' }] }),
    error: ['ParentNotFoundException', () => ({ ParentId: 'r-none' })],
  },
  {
    op: 'organizations:ListAccounts',
    rule: 'lists member accounts',
    params: () => ({}),
    check: (v, f) =>
      expect((v as { Accounts: { Id: string }[] }).Accounts.map((a) => a.Id).sort()).toEqual([A, f.ids.member].sort()),
  },
  {
    op: 'organizations:UpdatePolicy',
    rule: 'changes a policy and checks its content',
    params: (ids) => ({ PolicyId: ids.scp, Description: 'no EC2' }),
    check: (v) => expect(v).toMatchObject({ Policy: { PolicySummary: { Description: 'no EC2' } } }),
    error: ['MalformedPolicyDocumentException', (ids) => ({ PolicyId: ids.scp, Content: '{' })],
  },
  {
    op: 'organizations:DescribePolicy',
    rule: 'returns the content',
    params: (ids) => ({ PolicyId: ids.scp }),
    check: (v) => expect((v as { Policy: { Content: string } }).Policy.Content).toContain('ec2:*'),
    error: ['PolicyNotFoundException', () => ({ PolicyId: 'p-00000000' })],
  },
  {
    op: 'organizations:ListPolicies',
    rule: 'lists policies of a type with the AWS default',
    params: () => ({ Filter: 'SERVICE_CONTROL_POLICY' }),
    check: (v) =>
      expect((v as { Policies: { Name: string }[] }).Policies.map((p) => p.Name).sort()).toEqual([
        'FullAWSAccess',
        'NoEc2',
      ]),
  },
  {
    op: 'organizations:ListTargetsForPolicy',
    rule: 'lists where a policy is attached',
    params: (ids) => ({ PolicyId: ids.scp }),
    check: (v, f) => expect(v).toMatchObject({ Targets: [{ TargetId: f.ids.ou, Type: 'ORGANIZATIONAL_UNIT' }] }),
  },
  {
    op: 'organizations:DisablePolicyType',
    rule: 'detaches every policy of the type but keeps the policies',
    params: (ids) => ({ RootId: ids.rootId, PolicyType: 'SERVICE_CONTROL_POLICY' }),
    check: (_v, f) => expect(f.s.scenario.organization).toMatchObject({ attachments: [], enabledPolicyTypes: [] }),
    error: ['PolicyTypeNotEnabledException', (ids) => ({ RootId: ids.rootId, PolicyType: 'RESOURCE_CONTROL_POLICY' })],
  },
  {
    op: 'organizations:DescribeAccount',
    rule: 'describes a member account',
    params: () => ({ AccountId: A }),
    check: (v) => expect(v).toMatchObject({ Account: { Id: A, Name: 'fixture' } }),
    error: ['AccountNotFoundException', () => ({ AccountId: '999999999999' })],
  },
  {
    op: 'organizations:ListParents',
    rule: "names an OU's parent",
    params: (ids) => ({ ChildId: ids.ou }),
    check: (v, f) => expect(v).toEqual({ Parents: [{ Id: f.ids.rootId, Type: 'ROOT' }] }),
    error: ['ChildNotFoundException', () => ({ ChildId: '999999999999' })],
  },
  {
    op: 'organizations:RemoveAccountFromOrganization',
    rule: 'removes a member account',
    params: (ids) => ({ AccountId: ids.member }),
    check: (_v, f) => expect(f.s.scenario.organization!.accounts.map((a) => a.accountId)).toEqual([A]),
    error: ['MasterCannotLeaveOrganizationException', () => ({ AccountId: A })],
  },
  {
    op: 's3:DeleteBucketPolicy',
    rule: 'removes the bucket policy',
    params: () => ({ Bucket: 'fixture-bucket' }),
    check: (_v, f) =>
      expect(f.s.scenario.resources.find((r) => r.arn === 'arn:aws:s3:::fixture-bucket')!.policy).toBeNull(),
    error: ['NoSuchBucket', () => ({ Bucket: 'no-such-bucket' })],
  },
  {
    op: 'sns:SetTopicAttributes',
    rule: 'sets the topic policy',
    params: () => ({
      TopicArn: `arn:aws:sns:us-east-1:${A}:t`,
      AttributeName: 'Policy',
      AttributeValue: RESOURCE_POLICY,
    }),
    check: (_v, f) => expect(f.s.scenario.resources.find((r) => r.type === 'sns:topic')!.policy).toBe(RESOURCE_POLICY),
    error: [
      'MalformedPolicy',
      () => ({ TopicArn: `arn:aws:sns:us-east-1:${A}:t`, AttributeName: 'Policy', AttributeValue: READ }),
    ],
  },
  {
    op: 'kms:PutKeyPolicy',
    rule: 'replaces the key policy',
    params: (ids) => ({ KeyId: ids.key, Policy: RESOURCE_POLICY }),
    check: (_v, f) => expect(f.s.scenario.resources.find((r) => r.type === 'kms:key')!.policy).toBe(RESOURCE_POLICY),
    error: ['NotFoundException', () => ({ KeyId: '00000000-0000-0000-0000-000000000000', Policy: RESOURCE_POLICY })],
  },
  {
    op: 'secretsmanager:PutResourcePolicy',
    rule: 'sets the secret policy',
    params: (ids) => ({ SecretId: ids.secret, ResourcePolicy: RESOURCE_POLICY }),
    check: (_v, f) =>
      expect(f.s.scenario.resources.find((r) => r.type === 'secretsmanager:secret')!.policy).toBe(RESOURCE_POLICY),
  },
  {
    op: 'dynamodb:PutResourcePolicy',
    rule: 'sets the table policy',
    params: (ids) => ({ ResourceArn: ids.table, Policy: RESOURCE_POLICY }),
    check: (_v, f) =>
      expect(f.s.scenario.resources.find((r) => r.type === 'dynamodb:table')!.policy).toBe(RESOURCE_POLICY),
  },
];

describe.each(cases)('$op', (c) => {
  it(c.rule, () => {
    const f = fixture();
    const value = f.s.ok(c.op, c.params(f.ids) as never, root);
    c.check(value, f);
  });
  if (c.error) {
    const [code, params] = c.error;
    it(`fails with ${code}`, () => {
      const f = fixture();
      f.s.fails(c.op, params(f.ids) as never, code, root);
    });
  }
});

describe('organizations:DeleteOrganization', () => {
  it('an organization can be deleted only when the management account is its only member', () => {
    const f = fixture();
    f.s.fails('organizations:DeleteOrganization', {}, 'OrganizationNotEmptyException', root);
    f.s.ok('organizations:RemoveAccountFromOrganization', { AccountId: f.ids.member }, root);
    f.s.ok('organizations:DeleteOrganization', {}, root);
    expect(f.s.scenario.organization).toBeNull();
  });
});
