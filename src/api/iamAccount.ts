// Account-level IAM: the account alias, the password policy, GetAccountSummary, and the credential report
// (CSV with the columns AWS documents, generated from the model when requested).

import type { Account, PasswordPolicy } from '../model';
import { ACCOUNT_ALIAS, isoSeconds, rootArn } from '../model';
import { ApiError, validationError } from './errors';
import { passwordExpiresAt } from './iamCredentials';
import { operation } from './operation';
import { QUOTAS } from './quotas';
import { checkPattern } from './validate';

/** The account password policy as GetAccountPasswordPolicy returns it. */
export type PasswordPolicyShape = PasswordPolicy & { ExpirePasswords: boolean };

/** The columns of the credential report, in AWS's order. */
export const CREDENTIAL_REPORT_COLUMNS = [
  'user',
  'arn',
  'user_creation_time',
  'password_enabled',
  'password_last_used',
  'password_last_changed',
  'password_next_rotation',
  'mfa_active',
  'access_key_1_active',
  'access_key_1_last_rotated',
  'access_key_1_last_used_date',
  'access_key_1_last_used_region',
  'access_key_1_last_used_service',
  'access_key_2_active',
  'access_key_2_last_rotated',
  'access_key_2_last_used_date',
  'access_key_2_last_used_region',
  'access_key_2_last_used_service',
  'cert_1_active',
  'cert_1_last_rotated',
  'cert_2_active',
  'cert_2_last_rotated',
] as const;

/** A report older than four hours must be generated again. */
const REPORT_LIFETIME_MS = 4 * 3600 * 1000;

const keyColumns = (keys: Account['users'][number]['accessKeys']): string[] =>
  [0, 1].flatMap((i) => {
    const k = keys[i];
    if (!k) return ['false', 'N/A', 'N/A', 'N/A', 'N/A'];
    return [
      String(k.status === 'Active'),
      k.createdAt,
      k.lastUsed?.date ?? 'N/A',
      k.lastUsed?.region ?? 'N/A',
      k.lastUsed?.service ?? 'N/A',
    ];
  });

/** The credential report CSV of an account: the root user's row, then one row per IAM user. */
export function credentialReportCsv(a: Account): string {
  const hasMfa = (owner: string) => a.mfaDevices.some((d) => d.assignedTo === owner && d.enabledAt !== null);
  const earliest = [...a.users, ...a.groups, ...a.roles].map((e) => e.createdAt).sort()[0] ?? 'N/A';
  const rows: string[][] = [
    [
      '<root_account>',
      rootArn(a.id),
      earliest,
      'not_supported',
      a.root.passwordLastUsed ?? 'no_information',
      'not_supported',
      'not_supported',
      String(hasMfa('root')),
      ...keyColumns(a.root.accessKeys),
      'false',
      'N/A',
      'false',
      'N/A',
    ],
    ...a.users.map((u) => {
      const profile = u.loginProfile;
      const expiresAt = profile && passwordExpiresAt(a.passwordPolicy, profile.passwordLastChanged);
      return [
        u.name,
        u.arn,
        u.createdAt,
        String(!!profile),
        profile ? (u.passwordLastUsed ?? 'no_information') : 'N/A',
        profile?.passwordLastChanged ?? 'N/A',
        expiresAt ? isoSeconds(expiresAt) : 'N/A',
        String(hasMfa(u.name)),
        ...keyColumns(u.accessKeys),
        'false',
        'N/A',
        'false',
        'N/A',
      ];
    }),
  ];
  return [CREDENTIAL_REPORT_COLUMNS.join(','), ...rows.map((r) => r.join(','))].join('\n');
}

const checkRange = (value: number | undefined, field: string, min: number, max: number) => {
  if (value !== undefined && (!Number.isInteger(value) || value < min || value > max))
    throw validationError(String(value), field, `Member must have value between ${min} and ${max}`);
};

/** Account-level operations. */
export const iamAccountOperations = {
  CreateAccountAlias: operation<{ AccountAlias: string }, object>({
    action: 'iam:CreateAccountAlias',
    validate: ({ params: p }) => checkPattern(p.AccountAlias, 'accountAlias', ACCOUNT_ALIAS),
    run(call) {
      const alias = call.params.AccountAlias;
      if (call.account.alias === alias) return {};
      if (call.scenario.accounts.some((a) => a.alias === alias))
        throw new ApiError('EntityAlreadyExists', `The account alias ${alias} already exists.`);
      // An account has one alias: a new one overwrites the previous one (whose sign-in URL stops working).
      call.account.alias = alias;
      return {};
    },
  }),
  DeleteAccountAlias: operation<{ AccountAlias: string }, object>({
    action: 'iam:DeleteAccountAlias',
    run(call) {
      if (call.account.alias !== call.params.AccountAlias)
        throw new ApiError('NoSuchEntity', `The account alias ${call.params.AccountAlias} cannot be found.`);
      call.account.alias = null;
      return {};
    },
  }),
  ListAccountAliases: operation<Record<string, never>, { AccountAliases: string[]; IsTruncated: false }>({
    action: 'iam:ListAccountAliases',
    run: (call) => ({ AccountAliases: call.account.alias ? [call.account.alias] : [], IsTruncated: false }),
  }),
  UpdateAccountPasswordPolicy: operation<Partial<PasswordPolicy>, object>({
    action: 'iam:UpdateAccountPasswordPolicy',
    validate: ({ params: p }) => {
      checkRange(p.MinimumPasswordLength, 'minimumPasswordLength', 6, 128);
      checkRange(p.MaxPasswordAge, 'maxPasswordAge', 1, 1095);
      checkRange(p.PasswordReusePrevention, 'passwordReusePrevention', 1, 24);
    },
    run(call) {
      // Parameters left out take IAM's defaults, not their previous values.
      const p = call.params;
      call.account.passwordPolicy = {
        MinimumPasswordLength: p.MinimumPasswordLength ?? 6,
        RequireSymbols: p.RequireSymbols ?? false,
        RequireNumbers: p.RequireNumbers ?? false,
        RequireUppercaseCharacters: p.RequireUppercaseCharacters ?? false,
        RequireLowercaseCharacters: p.RequireLowercaseCharacters ?? false,
        AllowUsersToChangePassword: p.AllowUsersToChangePassword ?? false,
        MaxPasswordAge: p.MaxPasswordAge ?? 0,
        PasswordReusePrevention: p.PasswordReusePrevention ?? 0,
        HardExpiry: p.HardExpiry ?? false,
      };
      return {};
    },
  }),
  GetAccountPasswordPolicy: operation<Record<string, never>, { PasswordPolicy: PasswordPolicyShape }>({
    action: 'iam:GetAccountPasswordPolicy',
    run(call) {
      const policy = call.account.passwordPolicy;
      if (!policy)
        throw new ApiError('NoSuchEntity', `The Password Policy with domain name ${call.account.id} cannot be found.`);
      return { PasswordPolicy: { ...policy, ExpirePasswords: policy.MaxPasswordAge > 0 } };
    },
  }),
  DeleteAccountPasswordPolicy: operation<Record<string, never>, object>({
    action: 'iam:DeleteAccountPasswordPolicy',
    run(call) {
      if (!call.account.passwordPolicy)
        throw new ApiError('NoSuchEntity', `The Password Policy with domain name ${call.account.id} cannot be found.`);
      call.account.passwordPolicy = null;
      return {};
    },
  }),
  GetAccountSummary: operation<Record<string, never>, { SummaryMap: Record<string, number> }>({
    action: 'iam:GetAccountSummary',
    run(call) {
      const a = call.account;
      const attachedAnywhere = new Set([...a.users, ...a.groups, ...a.roles].flatMap((e) => e.attachedPolicies));
      return {
        SummaryMap: {
          Users: a.users.length,
          UsersQuota: QUOTAS.Users,
          Groups: a.groups.length,
          GroupsQuota: QUOTAS.Groups,
          Roles: a.roles.length,
          RolesQuota: QUOTAS.Roles,
          Policies: a.policies.length,
          PoliciesQuota: QUOTAS.Policies,
          InstanceProfiles: a.instanceProfiles.length,
          InstanceProfilesQuota: QUOTAS.InstanceProfiles,
          Providers: a.samlProviders.length + a.oidcProviders.length,
          MFADevices: a.mfaDevices.length,
          MFADevicesInUse: a.mfaDevices.filter((d) => d.assignedTo !== null).length,
          AccountMFAEnabled: a.mfaDevices.some((d) => d.assignedTo === 'root' && d.enabledAt) ? 1 : 0,
          AccountAccessKeysPresent: a.root.accessKeys.length > 0 ? 1 : 0,
          AccountSigningCertificatesPresent: 0,
          PolicyVersionsInUse: a.policies
            .filter((p) => attachedAnywhere.has(p.arn))
            .reduce((n, p) => n + p.versions.length, 0),
          PolicyVersionsInUseQuota: 10000,
          VersionsPerPolicyQuota: QUOTAS.VersionsPerPolicy,
          GroupsPerUserQuota: QUOTAS.GroupsPerUser,
          AttachedPoliciesPerUserQuota: QUOTAS.AttachedPoliciesPerUser,
          AttachedPoliciesPerGroupQuota: QUOTAS.AttachedPoliciesPerGroup,
          AttachedPoliciesPerRoleQuota: QUOTAS.AttachedPoliciesPerRole,
          AccessKeysPerUserQuota: QUOTAS.AccessKeysPerUser,
          UserPolicySizeQuota: QUOTAS.UserPolicySize,
          GroupPolicySizeQuota: QUOTAS.GroupPolicySize,
          RolePolicySizeQuota: QUOTAS.RolePolicySize,
          PolicySizeQuota: QUOTAS.PolicySize,
          AssumeRolePolicySizeQuota: QUOTAS.AssumeRolePolicySize,
          SigningCertificatesPerUserQuota: QUOTAS.SigningCertificatesPerUser,
          ServerCertificates: 0,
          ServerCertificatesQuota: QUOTAS.ServerCertificates,
          GlobalEndpointTokenVersion: 1,
        },
      };
    },
  }),
  GenerateCredentialReport: operation<Record<string, never>, { State: 'STARTED' | 'COMPLETE'; Description?: string }>({
    action: 'iam:GenerateCredentialReport',
    run(call) {
      const previous = call.account.credentialReportGeneratedAt;
      if (previous && call.nowMs - Date.parse(previous) < REPORT_LIFETIME_MS) return { State: 'COMPLETE' };
      call.account.credentialReportGeneratedAt = call.now;
      return { State: 'STARTED', Description: 'No report exists. Starting a new report generation task' };
    },
  }),
  GetCredentialReport: operation<
    Record<string, never>,
    { Content: string; ReportFormat: 'text/csv'; GeneratedTime: string }
  >({
    action: 'iam:GetCredentialReport',
    run(call) {
      const generated = call.account.credentialReportGeneratedAt;
      if (!generated)
        throw new ApiError(
          'ReportNotPresent',
          'Credential report not present. Generate a credential report by calling GenerateCredentialReport.',
        );
      if (call.nowMs - Date.parse(generated) >= REPORT_LIFETIME_MS)
        throw new ApiError(
          'ReportExpired',
          'The credential report has expired. Generate a new report by calling GenerateCredentialReport.',
        );
      return { Content: credentialReportCsv(call.account), ReportFormat: 'text/csv', GeneratedTime: generated };
    },
  }),
};
