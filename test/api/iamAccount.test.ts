// Account alias, password policy, account summary and the credential report.
import { describe, expect, it } from 'vitest';
import { CREDENTIAL_REPORT_COLUMNS } from '../../src/api/iamAccount';
import { emptyScenario, exampleCorpScenario } from '../../src/model';
import { asUser, session } from './harness';

describe('account alias', () => {
  it('an account has one alias: creating a new one overwrites the previous one', () => {
    const s = session();
    s.ok('iam:CreateAccountAlias', { AccountAlias: 'example-corp' });
    expect(s.ok('iam:ListAccountAliases', {}).AccountAliases).toEqual(['example-corp']);
    s.ok('iam:CreateAccountAlias', { AccountAlias: 'another-one' });
    expect(s.ok('iam:ListAccountAliases', {}).AccountAliases).toEqual(['another-one']);
  });

  it('an alias is digits, lowercase letters and single hyphens, not starting or ending with a hyphen', () => {
    const s = session();
    for (const bad of ['Example', '-corp', 'corp-', 'my--corp', 'ab'])
      s.fails('iam:CreateAccountAlias', { AccountAlias: bad }, 'ValidationError');
  });

  it('an alias is unique across accounts', () => {
    const s = session(exampleCorpScenario());
    expect(
      s.fails('iam:CreateAccountAlias', { AccountAlias: 'example-corp' }, 'EntityAlreadyExists', {
        type: 'root',
        accountId: '111122223333',
      }),
    ).toContain('already exists');
  });
});

describe('password policy', () => {
  it('parameters left out take the IAM defaults', () => {
    const s = session();
    s.ok('iam:UpdateAccountPasswordPolicy', { MinimumPasswordLength: 12, RequireSymbols: true });
    expect(s.ok('iam:GetAccountPasswordPolicy', {}).PasswordPolicy).toMatchObject({
      MinimumPasswordLength: 12,
      RequireSymbols: true,
      RequireNumbers: false,
      ExpirePasswords: false,
    });
  });

  it('no password policy is NoSuchEntity', () => {
    session().fails('iam:GetAccountPasswordPolicy', {}, 'NoSuchEntity');
  });

  it('a console password must satisfy the password policy', () => {
    const s = session();
    s.ok('iam:UpdateAccountPasswordPolicy', { MinimumPasswordLength: 12, RequireNumbers: true });
    s.ok('iam:CreateUser', { UserName: 'alice' });
    expect(
      s.fails('iam:CreateLoginProfile', { UserName: 'alice', Password: 'short' }, 'PasswordPolicyViolation'),
    ).toContain('at least 12 characters');
    s.ok('iam:CreateLoginProfile', { UserName: 'alice', Password: 'long-enough-1', PasswordResetRequired: true });
    expect(s.ok('iam:GetLoginProfile', { UserName: 'alice' }).LoginProfile.PasswordResetRequired).toBe(true);
  });

  it("without a password policy, IAM's default applies: 8 characters, three of the four character types, not the account name or email", () => {
    const s = session();
    s.ok('iam:CreateUser', { UserName: 'alice' });
    const refused = (Password: string) =>
      s.fails('iam:CreateLoginProfile', { UserName: 'alice', Password }, 'PasswordPolicyViolation');
    expect(refused('Ab1!')).toContain('at least 8 characters');
    expect(refused('abcdefgh12')).toContain('three of these character types');
    expect(refused('admin@123456789012.example.com')).toContain('not be the AWS account name or email address');
    s.ok('iam:CreateLoginProfile', { UserName: 'alice', Password: 'Abcdefgh12' });
  });

  it('with "allow users to change their own password", users may change it without any policy, giving the old one', () => {
    const s = session(exampleCorpScenario());
    const mary = asUser('Mary');
    s.fails('iam:ChangePassword', { OldPassword: 'wrong', NewPassword: 'Another-Pass-2026!' }, 'InvalidUserType', mary);
    s.ok('iam:ChangePassword', { OldPassword: 'Example-Corp-2026!', NewPassword: 'Another-Pass-2026!' }, mary);
    s.fails(
      'iam:ChangePassword',
      { OldPassword: 'Example-Corp-2026!', NewPassword: 'Third-Pass-2026!!' },
      'InvalidUserType',
      mary,
    );
  });

  it('without that setting, a user needs a policy such as IAMUserChangePassword', () => {
    const s = session(exampleCorpScenario());
    const nikki = asUser('Nikki');
    s.ok('iam:UpdateAccountPasswordPolicy', { MinimumPasswordLength: 14 }, nikki);
    s.fails(
      'iam:ChangePassword',
      { OldPassword: 'Example-Corp-2026!', NewPassword: 'Another-Pass-2026!' },
      'AccessDenied',
      asUser('Mary'),
    );
    s.ok(
      'iam:AttachUserPolicy',
      { UserName: 'Mary', PolicyArn: 'arn:aws:iam::aws:policy/IAMUserChangePassword' },
      nikki,
    );
    s.ok(
      'iam:ChangePassword',
      { OldPassword: 'Example-Corp-2026!', NewPassword: 'Another-Pass-2026!' },
      asUser('Mary'),
    );
  });
});

describe('access keys', () => {
  it('CreateAccessKey returns the secret once; a user has at most two keys', () => {
    const s = session();
    s.ok('iam:CreateUser', { UserName: 'alice' });
    const { AccessKey } = s.ok('iam:CreateAccessKey', { UserName: 'alice' });
    expect(AccessKey.AccessKeyId).toMatch(/^AKIA[A-Z2-7]{16}$/);
    expect(AccessKey.SecretAccessKey).toHaveLength(40);
    expect(JSON.stringify(s.scenario)).not.toContain(AccessKey.SecretAccessKey);
    s.ok('iam:CreateAccessKey', { UserName: 'alice' });
    expect(s.fails('iam:CreateAccessKey', { UserName: 'alice' }, 'LimitExceeded')).toBe(
      'Cannot exceed quota for AccessKeysPerUser: 2',
    );
  });

  it('keys can be made inactive and deleted', () => {
    const s = session();
    s.ok('iam:CreateUser', { UserName: 'alice' });
    const id = s.ok('iam:CreateAccessKey', { UserName: 'alice' }).AccessKey.AccessKeyId;
    s.ok('iam:UpdateAccessKey', { UserName: 'alice', AccessKeyId: id, Status: 'Inactive' });
    expect(s.ok('iam:ListAccessKeys', { UserName: 'alice' }).AccessKeyMetadata[0].Status).toBe('Inactive');
    s.ok('iam:DeleteAccessKey', { UserName: 'alice', AccessKeyId: id });
    s.fails('iam:DeleteAccessKey', { UserName: 'alice', AccessKeyId: id }, 'NoSuchEntity');
  });
});

describe('root user access keys', () => {
  it('the root user calling CreateAccessKey without UserName gets a root access key, which the summary and report flag', () => {
    const s = session();
    const { AccessKey } = s.ok('iam:CreateAccessKey', {});
    expect(AccessKey).not.toHaveProperty('UserName');
    expect(s.scenario.accounts[0].root.accessKeys.map((k) => k.id)).toEqual([AccessKey.AccessKeyId]);
    expect(s.ok('iam:GetAccountSummary', {}).SummaryMap.AccountAccessKeysPresent).toBe(1);
    s.ok('iam:GenerateCredentialReport', {});
    const [header, root] = s
      .ok('iam:GetCredentialReport', {})
      .Content.split('\n')
      .map((line) => line.split(','));
    expect(root[header.indexOf('access_key_1_active')]).toBe('true');
  });
});

describe('account summary and credential report', () => {
  it('GetAccountSummary counts entities and reports quotas and root MFA', () => {
    const map = session(exampleCorpScenario()).ok('iam:GetAccountSummary', {}, asUser('Nikki')).SummaryMap;
    expect(map).toMatchObject({
      Users: 7,
      Groups: 8,
      Roles: 3,
      AccountMFAEnabled: 1,
      AccountAccessKeysPresent: 0,
      UsersQuota: 5000,
      AttachedPoliciesPerUserQuota: 10,
    });
  });

  it('the credential report is not present until generated', () => {
    session().fails('iam:GetCredentialReport', {}, 'ReportNotPresent');
  });

  it('the credential report has AWS columns, a root row and one row per user', () => {
    const s = session(emptyScenario('x', '123456789012'));
    s.ok('iam:CreateUser', { UserName: 'alice' });
    s.ok('iam:CreateLoginProfile', { UserName: 'alice', Password: 'A-long-password-1' });
    s.ok('iam:CreateAccessKey', { UserName: 'alice' });
    expect(s.ok('iam:GenerateCredentialReport', {}).State).toBe('STARTED');
    const csv = s.ok('iam:GetCredentialReport', {}).Content.split('\n');
    expect(csv[0]).toBe(CREDENTIAL_REPORT_COLUMNS.join(','));
    expect(csv[0].split(',')).toHaveLength(22);
    expect(csv[1].startsWith('<root_account>,arn:aws:iam::123456789012:root,')).toBe(true);
    const alice = Object.fromEntries(csv[0].split(',').map((c, i) => [c, csv[2].split(',')[i]]));
    expect(alice).toMatchObject({
      user: 'alice',
      password_enabled: 'true',
      password_last_used: 'no_information',
      mfa_active: 'false',
      access_key_1_active: 'true',
      access_key_2_active: 'false',
    });
  });

  it('a credential report expires after four hours', () => {
    const s = session();
    s.ok('iam:GenerateCredentialReport', {});
    s.ctx.env.advance(4 * 3600 * 1000);
    s.fails('iam:GetCredentialReport', {}, 'ReportExpired');
  });
});

describe('instance profiles and identity providers', () => {
  const trust = JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
  });

  it('an instance profile holds one role, and a role in a profile cannot be deleted', () => {
    const s = session();
    s.ok('iam:CreateRole', { RoleName: 'web', AssumeRolePolicyDocument: trust });
    s.ok('iam:CreateRole', { RoleName: 'web2', AssumeRolePolicyDocument: trust });
    expect(s.ok('iam:CreateInstanceProfile', { InstanceProfileName: 'web' }).InstanceProfile.InstanceProfileId).toMatch(
      /^AIPA/,
    );
    s.ok('iam:AddRoleToInstanceProfile', { InstanceProfileName: 'web', RoleName: 'web' });
    s.fails('iam:AddRoleToInstanceProfile', { InstanceProfileName: 'web', RoleName: 'web2' }, 'LimitExceeded');
    s.fails('iam:DeleteRole', { RoleName: 'web' }, 'DeleteConflict');
    s.fails('iam:DeleteInstanceProfile', { InstanceProfileName: 'web' }, 'DeleteConflict');
    expect(
      s.ok('iam:ListInstanceProfilesForRole', { RoleName: 'web' }).InstanceProfiles.map((p) => p.InstanceProfileName),
    ).toEqual(['web']);
  });

  it('OIDC providers are identified by their URL and need https', () => {
    const s = session();
    const { OpenIDConnectProviderArn } = s.ok('iam:CreateOpenIDConnectProvider', {
      Url: 'https://token.actions.githubusercontent.com',
      ClientIDList: ['sts.amazonaws.com'],
    });
    expect(OpenIDConnectProviderArn).toBe(
      'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com',
    );
    s.fails(
      'iam:CreateOpenIDConnectProvider',
      { Url: 'https://token.actions.githubusercontent.com' },
      'EntityAlreadyExists',
    );
    s.fails('iam:CreateOpenIDConnectProvider', { Url: 'http://insecure.example.com' }, 'ValidationError');
  });

  it("an OIDC provider's audiences (client IDs) can be added and removed after it is created, each 1–255 characters", () => {
    const s = session();
    const { OpenIDConnectProviderArn } = s.ok('iam:CreateOpenIDConnectProvider', {
      Url: 'https://login.example.com',
      ClientIDList: ['web-app'],
    });
    s.ok('iam:AddClientIDToOpenIDConnectProvider', { OpenIDConnectProviderArn, ClientID: 'mobile-app' });
    expect(s.ok('iam:GetOpenIDConnectProvider', { OpenIDConnectProviderArn }).ClientIDList).toEqual([
      'web-app',
      'mobile-app',
    ]);
    s.ok('iam:RemoveClientIDFromOpenIDConnectProvider', { OpenIDConnectProviderArn, ClientID: 'web-app' });
    s.ok('iam:RemoveClientIDFromOpenIDConnectProvider', { OpenIDConnectProviderArn, ClientID: 'never-added' });
    expect(s.ok('iam:GetOpenIDConnectProvider', { OpenIDConnectProviderArn }).ClientIDList).toEqual(['mobile-app']);
    s.fails('iam:AddClientIDToOpenIDConnectProvider', { OpenIDConnectProviderArn, ClientID: '' }, 'ValidationError');
    s.fails(
      'iam:CreateOpenIDConnectProvider',
      { Url: 'https://other.example.com', ClientIDList: ['x'.repeat(256)] },
      'ValidationError',
    );
  });

  it('SAML providers need a metadata document of at least 1,000 characters', () => {
    const s = session();
    s.fails('iam:CreateSAMLProvider', { Name: 'Okta', SAMLMetadataDocument: '<md/>' }, 'ValidationError');
    const arn = s.ok('iam:CreateSAMLProvider', {
      Name: 'Okta',
      SAMLMetadataDocument: `<md:EntityDescriptor>${'x'.repeat(1000)}</md:EntityDescriptor>`,
    }).SAMLProviderArn;
    expect(arn).toBe('arn:aws:iam::123456789012:saml-provider/Okta');
    expect(s.ok('iam:ListSAMLProviders', {}).SAMLProviderList.map((p) => p.Arn)).toEqual([arn]);
  });
});
