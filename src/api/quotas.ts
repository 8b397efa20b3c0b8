// IAM and STS default quotas, in one place (names as IAM's LimitExceeded messages and GetAccountSummary use them).

/** Default IAM quotas. */
export const QUOTAS = {
  Users: 5000,
  Groups: 300,
  Roles: 1000,
  Policies: 1500,
  InstanceProfiles: 1000,
  GroupsPerUser: 10,
  AttachedPoliciesPerUser: 10,
  AttachedPoliciesPerGroup: 10,
  AttachedPoliciesPerRole: 10,
  VersionsPerPolicy: 5,
  AccessKeysPerUser: 2,
  MFADevicesPerUser: 8,
  UserPolicySize: 2048,
  GroupPolicySize: 5120,
  RolePolicySize: 10240,
  PolicySize: 6144,
  AssumeRolePolicySize: 2048,
  RolesPerInstanceProfile: 1,
  SAMLProviders: 100,
  OpenIdConnectProviders: 100,
  SigningCertificatesPerUser: 2,
  ServerCertificates: 20,
} as const;

/** STS session limits in seconds. */
export const SESSION = {
  minDuration: 900,
  defaultDuration: 3600,
  /** Role chaining limits a session to one hour whatever the role's maximum. */
  chainedMax: 3600,
  getSessionTokenMax: 129_600,
  getSessionTokenDefault: 43_200,
  rootGetSessionTokenMax: 3600,
  maxSessionTags: 50,
  maxSessionPolicyArns: 10,
} as const;
