// The account model: every entity of the scenario document, as plain JSON-serializable data.
// Dates are ISO 8601 strings in UTC; policy documents are kept as the exact JSON text the user wrote.

/** A key/value tag as IAM, STS and Organizations store it. */
export interface Tag {
  Key: string;
  Value: string;
}

/** A policy embedded in one user, group or role. */
export interface InlinePolicy {
  name: string;
  document: string;
}

/** The account's root user: only what best-practice checks need (its MFA devices are `Account.mfaDevices` assigned to `root`). */
export interface RootUser {
  email: string;
  hasPassword: boolean;
  accessKeys: AccessKey[];
  passwordLastUsed: string | null;
}

/** The account password policy (UpdateAccountPasswordPolicy's fields and defaults). */
export interface PasswordPolicy {
  MinimumPasswordLength: number;
  RequireSymbols: boolean;
  RequireNumbers: boolean;
  RequireUppercaseCharacters: boolean;
  RequireLowercaseCharacters: boolean;
  AllowUsersToChangePassword: boolean;
  /** Days; 0 means passwords never expire. */
  MaxPasswordAge: number;
  /** 0 means no reuse prevention. */
  PasswordReusePrevention: number;
  HardExpiry: boolean;
}

/** A long-term (AKIA…) access key; the secret is never stored, AWS shows it once. */
export interface AccessKey {
  id: string;
  status: 'Active' | 'Inactive';
  createdAt: string;
  lastUsed: { date: string; service: string; region: string } | null;
}

/** Console sign-in for an IAM user. The password is kept only as a SHA-256 hex digest. */
export interface LoginProfile {
  createdAt: string;
  passwordSha256: string;
  passwordResetRequired: boolean;
  passwordLastChanged: string;
  /** Digests of earlier passwords, most recent first, kept for the password policy's reuse prevention. */
  previousPasswordsSha256: string[];
}

/** An MFA device of the account, assigned to a user name, to `root`, or to nobody yet. */
export interface MfaDevice {
  serialNumber: string;
  type: 'virtual' | 'hardware' | 'fido';
  /** Base32 TOTP seed of a virtual device (RFC 6238). */
  seed: string | null;
  assignedTo: string | null;
  enabledAt: string | null;
  tags: Tag[];
}

/** What users, groups and roles share: identity and permissions. */
export interface Principal {
  name: string;
  path: string;
  id: string;
  arn: string;
  createdAt: string;
  inlinePolicies: InlinePolicy[];
  /** ARNs of attached managed policies (customer or AWS managed). */
  attachedPolicies: string[];
}

/** An IAM user. */
export interface User extends Principal {
  tags: Tag[];
  /** Names of the groups the user belongs to. */
  groups: string[];
  permissionsBoundary: string | null;
  loginProfile: LoginProfile | null;
  accessKeys: AccessKey[];
  passwordLastUsed: string | null;
}

/** An IAM group (members are the users that list it). */
export type Group = Principal;

/** An IAM role. Service-linked roles (path `/aws-service-role/…`) cannot be edited, but for their description. */
export interface Role extends Principal {
  tags: Tag[];
  description: string;
  /** The trust policy. */
  assumeRolePolicyDocument: string;
  /** Seconds, 3600–43200. */
  maxSessionDuration: number;
  permissionsBoundary: string | null;
  serviceLinked: boolean;
  lastUsed: { date: string; region: string } | null;
}

/** One stored version of a customer managed policy. */
export interface PolicyVersion {
  versionId: string;
  document: string;
  createdAt: string;
}

/** A customer managed policy: up to five versions, one of them the default. */
export interface ManagedPolicy {
  name: string;
  path: string;
  id: string;
  arn: string;
  description: string;
  createdAt: string;
  updatedAt: string;
  defaultVersionId: string;
  versions: PolicyVersion[];
  /** The next version number to hand out: AWS never reuses version ids. */
  nextVersion: number;
  tags: Tag[];
}

/** An instance profile: a container for one role that EC2 instances use. */
export interface InstanceProfile {
  name: string;
  path: string;
  id: string;
  arn: string;
  createdAt: string;
  roles: string[];
  tags: Tag[];
}

/** A SAML 2.0 identity provider. */
export interface SamlProvider {
  name: string;
  arn: string;
  metadataDocument: string;
  createdAt: string;
  tags: Tag[];
}

/** An OpenID Connect identity provider. */
export interface OidcProvider {
  url: string;
  arn: string;
  clientIds: string[];
  thumbprints: string[];
  createdAt: string;
  tags: Tag[];
}

/** One AWS account and its IAM contents. */
export interface Account {
  /** 12 digits. */
  id: string;
  name: string;
  /** At most one alias; digits, lowercase letters and hyphens; unique across the scenario. */
  alias: string | null;
  root: RootUser;
  passwordPolicy: PasswordPolicy | null;
  users: User[];
  groups: Group[];
  roles: Role[];
  policies: ManagedPolicy[];
  instanceProfiles: InstanceProfile[];
  samlProviders: SamlProvider[];
  oidcProviders: OidcProvider[];
  mfaDevices: MfaDevice[];
  /** When GenerateCredentialReport last ran. */
  credentialReportGeneratedAt: string | null;
}

/** Policy types of AWS Organizations that this model supports. */
export type OrgPolicyType = 'SERVICE_CONTROL_POLICY' | 'RESOURCE_CONTROL_POLICY';

/** An SCP or RCP. AWS managed ones (FullAWSAccess, RCPFullAWSAccess) cannot be changed. */
export interface OrgPolicy {
  id: string;
  name: string;
  type: OrgPolicyType;
  description: string;
  content: string;
  awsManaged: boolean;
}

/** An organizational unit; `parentId` is the root or another OU. */
export interface OrganizationalUnit {
  id: string;
  name: string;
  parentId: string;
}

/** An AWS organization: a root, OUs, member accounts placed in the tree, and policies attached to targets. */
export interface Organization {
  id: string;
  managementAccountId: string;
  rootId: string;
  units: OrganizationalUnit[];
  /** Where each member account sits (including the management account). */
  accounts: { accountId: string; parentId: string }[];
  policies: OrgPolicy[];
  /** Which policy is attached to which root, OU or account id. */
  attachments: { policyId: string; targetId: string }[];
  /** Policy types enabled on the root. */
  enabledPolicyTypes: OrgPolicyType[];
}

/** The services whose resources the model holds. */
export type ResourceType =
  | 's3:bucket'
  | 's3:object'
  | 'dynamodb:table'
  | 'ec2:instance'
  | 'secretsmanager:secret'
  | 'sqs:queue'
  | 'sns:topic'
  | 'kms:key';

/** A resource with an optional resource-based policy and tags. */
export interface Resource {
  arn: string;
  type: ResourceType;
  accountId: string;
  region: string;
  policy: string | null;
  tags: Tag[];
}

/** Who is making requests: the root user, an IAM user, or an assumed-role session. */
export type Identity =
  | { type: 'root'; accountId: string }
  | { type: 'user'; accountId: string; userName: string; mfaAuthenticatedAt: string | null }
  | AssumedRoleIdentity;

/** A role session as STS issued it. */
export interface AssumedRoleIdentity {
  type: 'assumedRole';
  accountId: string;
  roleName: string;
  sessionName: string;
  accessKeyId: string;
  issuedAt: string;
  expiresAt: string;
  sessionTags: Tag[];
  transitiveTagKeys: string[];
  sourceIdentity: string | null;
  sessionPolicy: string | null;
  /** Session policies passed as managed policy ARNs. */
  sessionPolicyArns: string[];
  mfaAuthenticatedAt: string | null;
  /** True when a role session assumed this role (role chaining: at most one hour). */
  chained: boolean;
  /** The identity that called AssumeRole, for "Back to …". */
  assumedBy: Identity;
}

/** The acting identity plus recently used role sessions (the console's "Switch role" history). */
export interface Session {
  identity: Identity;
  recentRoles: { accountId: string; roleName: string; displayName: string; color: string }[];
}

/** Request settings that AWS takes from the network and the call, not from the account. */
export interface RequestSettings {
  sourceIp: string;
  secureTransport: boolean;
  region: string;
  /** A fixed request time (ISO 8601) for reproducible scenarios; null means the env's clock. */
  currentTime: string | null;
  /** Context keys set by the user; they win over derived values. Lists are multi-valued keys. */
  contextOverrides: Record<string, string | string[]>;
}
