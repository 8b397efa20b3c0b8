// The decoder of the current scenario document version: the single definition of what a valid document is.
// public/schema/scenario.schema.json is generated from it (`npm run gen:scenario-schema`).

import type { Decoder, JsonSchema } from './decode';
import { arr, bool, lazy, nullable, num, obj, oneOf, optional, record, str, tagged } from './decode';
import * as P from './patterns';
import type { Scenario } from './scenario';
import { DEFAULT_SETTINGS, SCENARIO_FORMAT, SCENARIO_VERSION } from './scenario';
import type * as T from './types';

const date = str({ pattern: P.ISO_DATE });
const accountId = str({ pattern: P.ACCOUNT_ID });
const arn = str({ pattern: /^arn:aws[\w-]*:/ });
const path = str({ pattern: P.IAM_PATH, maxLength: 512 });
const sha256 = str({ pattern: /^[0-9a-f]{64}$/ });
const list = <V>(d: Decoder<V>, maxItems?: number) => optional(arr(d, { maxItems }), () => []);
const tags = list(obj<T.Tag>({ Key: str({ pattern: P.TAG_KEY }), Value: str({ pattern: P.TAG_VALUE }) }), 50);
const inlinePolicies = list(obj<T.InlinePolicy>({ name: str({ pattern: P.INLINE_POLICY_NAME }), document: str() }));

const accessKey = obj<T.AccessKey>({
  id: str({ pattern: /^AKIA[A-Z0-9]{16}$/ }),
  status: oneOf('Active', 'Inactive'),
  createdAt: date,
  lastUsed: optional(nullable(obj({ date, service: str(), region: str() })), () => null),
});

const passwordPolicy = obj<T.PasswordPolicy>({
  MinimumPasswordLength: num({ integer: true, minimum: 6, maximum: 128 }),
  RequireSymbols: bool,
  RequireNumbers: bool,
  RequireUppercaseCharacters: bool,
  RequireLowercaseCharacters: bool,
  AllowUsersToChangePassword: bool,
  MaxPasswordAge: num({ integer: true, minimum: 0, maximum: 1095 }),
  PasswordReusePrevention: num({ integer: true, minimum: 0, maximum: P.MAX_PASSWORD_REUSE_PREVENTION }),
  HardExpiry: bool,
});

const user = obj<T.User>({
  name: str({ pattern: P.USER_OR_ROLE_NAME }),
  path,
  id: str({ pattern: /^AIDA[A-Z0-9]{17}$/ }),
  arn,
  createdAt: date,
  inlinePolicies,
  attachedPolicies: list(arn),
  tags,
  groups: list(str({ pattern: P.GROUP_OR_POLICY_NAME })),
  permissionsBoundary: optional(nullable(arn), () => null),
  loginProfile: optional(
    nullable(
      obj<T.LoginProfile>({
        createdAt: date,
        passwordSha256: sha256,
        passwordResetRequired: bool,
        passwordLastChanged: date,
        previousPasswordsSha256: list(sha256, P.MAX_PASSWORD_REUSE_PREVENTION),
      }),
    ),
    () => null,
  ),
  accessKeys: list(accessKey, 2),
  passwordLastUsed: optional(nullable(date), () => null),
});

const group = obj<T.Group>({
  name: str({ pattern: P.GROUP_OR_POLICY_NAME }),
  path,
  id: str({ pattern: /^AGPA[A-Z0-9]{17}$/ }),
  arn,
  createdAt: date,
  inlinePolicies,
  attachedPolicies: list(arn),
});

const role = obj<T.Role>({
  name: str({ pattern: P.USER_OR_ROLE_NAME }),
  path,
  id: str({ pattern: /^AROA[A-Z0-9]{17}$/ }),
  arn,
  createdAt: date,
  inlinePolicies,
  attachedPolicies: list(arn),
  tags,
  description: optional(str({ maxLength: 1000 }), () => ''),
  assumeRolePolicyDocument: str(),
  maxSessionDuration: optional(num({ integer: true, minimum: 3600, maximum: 43200 }), () => 3600),
  permissionsBoundary: optional(nullable(arn), () => null),
  serviceLinked: optional(bool, () => false),
  lastUsed: optional(nullable(obj({ date, region: str() })), () => null),
});

const managedPolicy = obj<T.ManagedPolicy>({
  name: str({ pattern: P.GROUP_OR_POLICY_NAME }),
  path,
  id: str({ pattern: /^ANPA[A-Z0-9]{17}$/ }),
  arn,
  description: optional(str({ maxLength: 1000 }), () => ''),
  createdAt: date,
  updatedAt: date,
  defaultVersionId: str({ pattern: /^v[1-9]\d*$/ }),
  versions: arr(
    obj<T.PolicyVersion>({ versionId: str({ pattern: /^v[1-9]\d*$/ }), document: str(), createdAt: date }),
    { maxItems: 5 },
  ),
  nextVersion: num({ integer: true, minimum: 2 }),
  tags,
});

const instanceProfile = obj<T.InstanceProfile>({
  name: str({ pattern: P.INLINE_POLICY_NAME }),
  path,
  id: str({ pattern: /^AIPA[A-Z0-9]{17}$/ }),
  arn,
  createdAt: date,
  roles: list(str({ pattern: P.USER_OR_ROLE_NAME }), 1),
  tags,
});

const account = obj<T.Account>({
  id: accountId,
  name: str({ minLength: 1, maxLength: 50 }),
  alias: optional(nullable(str({ pattern: P.ACCOUNT_ALIAS })), () => null),
  root: obj<T.RootUser>({
    email: str({ minLength: 6, maxLength: 64 }),
    hasPassword: optional(bool, () => true),
    accessKeys: list(accessKey, 2),
    passwordLastUsed: optional(nullable(date), () => null),
  }),
  passwordPolicy: optional(nullable(passwordPolicy), () => null),
  users: list(user),
  groups: list(group),
  roles: list(role),
  policies: list(managedPolicy),
  instanceProfiles: list(instanceProfile),
  samlProviders: list(
    obj<T.SamlProvider>({
      name: str({ pattern: /^[\w.-]{1,128}$/ }),
      arn,
      metadataDocument: str({ minLength: 1000, maxLength: 10_000_000 }),
      createdAt: date,
      tags,
    }),
  ),
  oidcProviders: list(
    obj<T.OidcProvider>({
      url: str({ pattern: /^https:\/\/\S+$/ }),
      arn,
      clientIds: list(str({ minLength: 1, maxLength: 255 })),
      thumbprints: list(str({ pattern: /^[0-9a-fA-F]{40}$/ }), 5),
      createdAt: date,
      tags,
    }),
  ),
  mfaDevices: list(
    obj<T.MfaDevice>({
      serialNumber: str({ minLength: 9 }),
      type: oneOf('virtual', 'hardware', 'fido'),
      seed: optional(nullable(str({ pattern: /^[A-Z2-7]+=*$/ })), () => null),
      assignedTo: optional(nullable(str()), () => null),
      enabledAt: optional(nullable(date), () => null),
      tags,
    }),
  ),
  credentialReportGeneratedAt: optional(nullable(date), () => null),
});

const orgPolicyType = oneOf('SERVICE_CONTROL_POLICY', 'RESOURCE_CONTROL_POLICY');
const organization = obj<T.Organization>({
  id: str({ pattern: /^o-[a-z0-9]{10,32}$/ }),
  managementAccountId: accountId,
  rootId: str({ pattern: /^r-[0-9a-z]{4,32}$/ }),
  units: list(
    obj<T.OrganizationalUnit>({
      id: str({ pattern: /^ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}$/ }),
      name: str({ minLength: 1, maxLength: 128 }),
      parentId: str(),
    }),
  ),
  accounts: list(obj({ accountId, parentId: str() })),
  policies: list(
    obj<T.OrgPolicy>({
      id: str({ pattern: /^p-[0-9a-zA-Z_]{8,128}$/ }),
      name: str({ minLength: 1, maxLength: 128 }),
      type: orgPolicyType,
      description: optional(str({ maxLength: 512 }), () => ''),
      content: str({ maxLength: 10_000 }),
      awsManaged: optional(bool, () => false),
    }),
  ),
  attachments: list(obj({ policyId: str(), targetId: str() })),
  enabledPolicyTypes: list(orgPolicyType),
});

const resource = obj<T.Resource>({
  arn,
  type: oneOf(
    's3:bucket',
    's3:object',
    'dynamodb:table',
    'ec2:instance',
    'secretsmanager:secret',
    'sqs:queue',
    'sns:topic',
    'kms:key',
  ),
  accountId,
  region: optional(str(), () => ''),
  policy: optional(nullable(str()), () => null),
  tags,
});

const identity: Decoder<T.Identity> = lazy(() => identityDecoder, 'identity');
const identityDecoder: Decoder<T.Identity> = tagged<T.Identity>('type', {
  root: obj({ type: oneOf('root'), accountId }) as Decoder<T.Identity>,
  user: obj({
    type: oneOf('user'),
    accountId,
    userName: str({ pattern: P.USER_OR_ROLE_NAME }),
    mfaAuthenticatedAt: optional(nullable(date), () => null),
  }) as Decoder<T.Identity>,
  assumedRole: obj<T.AssumedRoleIdentity>({
    type: oneOf('assumedRole'),
    accountId,
    roleName: str({ pattern: P.USER_OR_ROLE_NAME }),
    sessionName: str({ pattern: P.SESSION_NAME }),
    accessKeyId: str({ pattern: /^ASIA[A-Z0-9]{16}$/ }),
    issuedAt: date,
    expiresAt: date,
    sessionTags: tags,
    transitiveTagKeys: list(str()),
    sourceIdentity: optional(nullable(str({ pattern: P.SESSION_NAME })), () => null),
    sessionPolicy: optional(nullable(str()), () => null),
    sessionPolicyArns: list(arn, 10),
    mfaAuthenticatedAt: optional(nullable(date), () => null),
    chained: optional(bool, () => false),
    assumedBy: identity,
  }) as Decoder<T.Identity>,
});

const overrideValue: Decoder<string | string[]> = {
  schema: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
  decode: (v, p) => (Array.isArray(v) ? arr(str()).decode(v, p) : str().decode(v, p)),
};

/** Decodes and validates a current-version scenario document (structure only; see checkScenario for references). */
export const scenarioDecoder: Decoder<Scenario> = obj<Scenario>({
  format: oneOf(SCENARIO_FORMAT),
  version: oneOf(SCENARIO_VERSION),
  name: str({ minLength: 1, maxLength: 200 }),
  description: optional(str(), () => ''),
  accounts: arr(account),
  organization: optional(nullable(organization), () => null),
  resources: list(resource),
  session: obj<T.Session>({
    identity,
    recentRoles: list(
      obj({
        accountId,
        roleName: str({ pattern: P.USER_OR_ROLE_NAME }),
        displayName: str({ maxLength: 64 }),
        color: str(),
      }),
      5,
    ),
  }),
  settings: optional(
    obj<T.RequestSettings>({
      sourceIp: str(),
      secureTransport: bool,
      region: str({ pattern: /^[a-z]{2}(-[a-z]+)+-\d$/ }),
      currentTime: optional(nullable(date), () => null),
      contextOverrides: optional(record(overrideValue), () => ({})),
    }),
    () => ({ ...DEFAULT_SETTINGS, contextOverrides: {} }),
  ),
});

/** The JSON Schema of the current scenario document version. */
export function scenarioJsonSchema(): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'IAM Playground scenario document',
    ...scenarioDecoder.schema,
    $defs: { identity: identityDecoder.schema },
  };
}
