// The built-in "Example Corp" scenario, after the IAM User Guide's business use case: groups for each job,
// EC2 and S3 permissions per group, home and share prefixes in aws-s3-bucket, the WidgetCo partner, and an
// organization whose engineering OU carries an SCP. Built with a fixed clock and seed, so it never changes.

import { awsManagedPolicyArn } from './arn';
import { fixedEnv } from './env';
import { newGroup, newInstanceProfile, newManagedPolicy, newRole, newUser } from './entities';
import { newOuId, newOrgPolicyId } from './ids';
import { newOrganization } from './organization';
import type { Scenario } from './scenario';
import { canonicalScenario, emptyAccount, emptyScenario } from './scenario';
import type { Account, InlinePolicy, Resource, Tag } from './types';

/** The Example Corp management account. */
export const EXAMPLE_CORP_ACCOUNT = '123456789012';
/** The Example Corp engineering member account. */
export const EXAMPLE_CORP_DEV_ACCOUNT = '111122223333';
/** The corporate network that the AllUsers perimeter policy allows requests from. */
export const EXAMPLE_CORP_NETWORK = '192.0.2.0/24';

const doc = (...Statement: object[]) => JSON.stringify({ Version: '2012-10-17', Statement }, null, 2);
const aws = (name: string, path = '/') => awsManagedPolicyArn(path, name);
const BUCKET = 'arn:aws:s3:::aws-s3-bucket';

const CUSTOMER_POLICIES: { name: string; description: string; document: string }[] = [
  {
    name: 'CorporateNetworkOnly',
    description: 'Denies every request that does not come from the corporate network',
    document: doc({
      Sid: 'DenyOutsideCorporateNetwork',
      Effect: 'Deny',
      Action: '*',
      Resource: '*',
      Condition: { NotIpAddress: { 'aws:SourceIp': EXAMPLE_CORP_NETWORK }, Bool: { 'aws:ViaAWSService': 'false' } },
    }),
  },
  {
    name: 'DevelopersEC2Instances',
    description: 'Work with instances only',
    document: doc({
      Effect: 'Allow',
      Action: [
        'ec2:DescribeInstances',
        'ec2:RunInstances',
        'ec2:StopInstances',
        'ec2:StartInstances',
        'ec2:TerminateInstances',
      ],
      Resource: '*',
    }),
  },
  {
    name: 'SupportEC2Describe',
    description: 'List EC2 resources and nothing else',
    document: doc({ Effect: 'Allow', Action: 'ec2:Describe*', Resource: '*' }),
  },
  {
    name: 'HomeDirectoryAccess',
    description: 'Each user reads, writes and lists home/<user name>/ in aws-s3-bucket',
    document: doc(
      {
        Sid: 'ListOwnHome',
        Effect: 'Allow',
        Action: 's3:ListBucket',
        Resource: BUCKET,
        Condition: { StringLike: { 's3:prefix': ['home/${aws:username}/*'] } },
      },
      {
        Sid: 'ReadWriteOwnHome',
        Effect: 'Allow',
        Action: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'],
        Resource: `${BUCKET}/home/\${aws:username}/*`,
      },
    ),
  },
  ...(['developers', 'managers'] as const).map((team) => ({
    name: `Share${team[0].toUpperCase()}${team.slice(1)}`,
    description: `Read, write and list share/${team}/ in aws-s3-bucket`,
    document: doc(
      {
        Effect: 'Allow',
        Action: 's3:ListBucket',
        Resource: BUCKET,
        Condition: { StringLike: { 's3:prefix': [`share/${team}/*`] } },
      },
      {
        Effect: 'Allow',
        Action: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'],
        Resource: `${BUCKET}/share/${team}/*`,
      },
    ),
  })),
];

const GROUPS: { name: string; managed: string[]; inline?: InlinePolicy[] }[] = [
  { name: 'Admins', managed: [aws('AdministratorAccess')] },
  { name: 'AllUsers', managed: ['CorporateNetworkOnly'] },
  { name: 'Developers', managed: ['DevelopersEC2Instances', 'HomeDirectoryAccess', 'ShareDevelopers'] },
  { name: 'Managers', managed: ['HomeDirectoryAccess', 'ShareManagers'] },
  { name: 'SupportUsers', managed: ['SupportEC2Describe', aws('SupportUser', '/job-function/')] },
  { name: 'SysAdmins', managed: [aws('AmazonEC2FullAccess')] },
  { name: 'Test', managed: [aws('ViewOnlyAccess', '/job-function/')] },
  {
    name: 'WidgetCo',
    managed: [],
    inline: [
      {
        name: 'WriteOnly',
        document: doc({ Sid: 'DenyAllButWrites', Effect: 'Deny', NotAction: 's3:PutObject', Resource: '*' }),
      },
    ],
  },
];

const USERS: { name: string; groups: string[]; tags: Tag[]; console: boolean }[] = [
  { name: 'Nikki', groups: ['Admins', 'AllUsers'], tags: [{ Key: 'Department', Value: 'Operations' }], console: true },
  {
    name: 'Mateo',
    groups: ['Admins', 'AllUsers', 'SysAdmins'],
    tags: [{ Key: 'Department', Value: 'Engineering' }],
    console: true,
  },
  {
    name: 'Zhang',
    groups: ['AllUsers', 'Developers'],
    tags: [{ Key: 'Department', Value: 'Engineering' }],
    console: true,
  },
  {
    name: 'Mary',
    groups: ['AllUsers', 'Developers'],
    tags: [{ Key: 'Department', Value: 'Engineering' }],
    console: true,
  },
  {
    name: 'Paulo',
    groups: ['AllUsers', 'SupportUsers'],
    tags: [{ Key: 'Department', Value: 'Support' }],
    console: true,
  },
  { name: 'Richard', groups: ['AllUsers', 'Test'], tags: [{ Key: 'Department', Value: 'QA' }], console: true },
  { name: 'Shirley', groups: ['WidgetCo'], tags: [{ Key: 'Company', Value: 'WidgetCo' }], console: false },
];

const ec2Trust = doc({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' });

function buildMainAccount(env: ReturnType<typeof fixedEnv>): Account {
  const id = EXAMPLE_CORP_ACCOUNT;
  const account = emptyAccount(id, 'Example Corp', 'founders@example.com');
  account.alias = 'example-corp';
  account.passwordPolicy = {
    MinimumPasswordLength: 14,
    RequireSymbols: true,
    RequireNumbers: true,
    RequireUppercaseCharacters: true,
    RequireLowercaseCharacters: true,
    AllowUsersToChangePassword: true,
    MaxPasswordAge: 90,
    PasswordReusePrevention: 24,
    HardExpiry: false,
  };
  account.mfaDevices.push({
    serialNumber: `arn:aws:iam::${id}:mfa/root-account-mfa-device`,
    type: 'virtual',
    seed: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
    assignedTo: 'root',
    enabledAt: '2026-01-05T09:00:00Z',
    tags: [],
  });
  account.policies = CUSTOMER_POLICIES.map((p) =>
    newManagedPolicy(env, id, p.name, p.document, { description: p.description }),
  );
  const arnOf = (name: string) => account.policies.find((p) => p.name === name)?.arn ?? name;
  account.groups = GROUPS.map((g) => ({
    ...newGroup(env, id, g.name),
    attachedPolicies: g.managed.map(arnOf),
    inlinePolicies: g.inline ?? [],
  }));
  env.advance(86_400_000);
  account.users = USERS.map((u) => ({
    ...newUser(env, id, u.name, '/', u.tags),
    groups: u.groups,
    loginProfile: u.console
      ? {
          createdAt: '2026-01-06T09:00:00Z',
          // SHA-256 of the demo password "Example-Corp-2026!", so sign-in and ChangePassword can be tried.
          passwordSha256: '32212185cedd5fa0cbbcb3a4809a44f04b9f54cd523dfb1e2fd750a0ad94f2ce',
          passwordResetRequired: false,
          passwordLastChanged: '2026-01-06T09:00:00Z',
          previousPasswordsSha256: [],
        }
      : null,
  }));
  // The administrators follow the best practice of MFA for privileged users; the others have no device yet.
  // The seeds are public demo values, so codes can be computed (e.g. by an authenticator app) to sign in.
  for (const [userName, seed] of [
    ['Nikki', 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'],
    ['Mateo', 'MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U'],
  ]) {
    account.mfaDevices.push({
      serialNumber: `arn:aws:iam::${id}:mfa/${userName}`,
      type: 'virtual',
      seed,
      assignedTo: userName,
      enabledAt: '2026-01-06T09:30:00Z',
      tags: [],
    });
  }
  const appRole = newRole(env, id, 'AppServer', ec2Trust, {
    description: 'Lets the application servers read the company bucket',
  });
  appRole.attachedPolicies = [aws('AmazonS3ReadOnlyAccess')];
  const auditor = newRole(
    env,
    id,
    'SecurityAuditor',
    doc({
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${id}:root` },
      Action: 'sts:AssumeRole',
      Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
    }),
    { description: 'Read-only security review, for users who signed in with MFA', maxSessionDuration: 14_400 },
  );
  auditor.attachedPolicies = [aws('SecurityAudit', '/')];
  const supportLinked = newRole(
    env,
    id,
    'AWSServiceRoleForSupport',
    doc({ Effect: 'Allow', Principal: { Service: 'support.amazonaws.com' }, Action: 'sts:AssumeRole' }),
    {
      path: '/aws-service-role/support.amazonaws.com/',
      description: 'Enables resource access for AWS to provide billing, administrative and support services',
    },
  );
  account.roles = [appRole, auditor, supportLinked];
  account.instanceProfiles = [{ ...newInstanceProfile(env, id, 'AppServer'), roles: ['AppServer'] }];
  return account;
}

function buildResources(): Resource[] {
  const id = EXAMPLE_CORP_ACCOUNT;
  const s3 = (key: string): Resource => ({
    arn: `${BUCKET}/${key}`,
    type: 's3:object',
    accountId: id,
    region: 'us-east-1',
    policy: null,
    tags: [],
  });
  return [
    {
      arn: BUCKET,
      type: 's3:bucket',
      accountId: id,
      region: 'us-east-1',
      policy: null,
      tags: [{ Key: 'Owner', Value: 'Mateo' }],
    },
    s3('home/Zhang/notes.txt'),
    s3('home/Mary/plan.txt'),
    s3('share/developers/design.md'),
    s3('share/managers/budget.csv'),
    {
      arn: 'arn:aws:s3:::aws-s3-bucket1',
      type: 's3:bucket',
      accountId: id,
      region: 'us-east-1',
      policy: doc({
        Sid: 'WidgetCoUploads',
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${id}:user/Shirley` },
        Action: 's3:PutObject',
        Resource: 'arn:aws:s3:::aws-s3-bucket1/*',
      }),
      tags: [{ Key: 'Partner', Value: 'WidgetCo' }],
    },
    {
      arn: `arn:aws:ec2:us-east-1:${id}:instance/i-0abcd1234example0`,
      type: 'ec2:instance',
      accountId: id,
      region: 'us-east-1',
      policy: null,
      tags: [
        { Key: 'Environment', Value: 'Production' },
        { Key: 'Owner', Value: 'Zhang' },
      ],
    },
    {
      arn: `arn:aws:dynamodb:us-east-1:${id}:table/Orders`,
      type: 'dynamodb:table',
      accountId: id,
      region: 'us-east-1',
      policy: null,
      tags: [],
    },
    {
      arn: `arn:aws:secretsmanager:us-east-1:${id}:secret:prod/db-password-a1B2c3`,
      type: 'secretsmanager:secret',
      accountId: id,
      region: 'us-east-1',
      policy: doc({
        Sid: 'OnlyTheAppServer',
        Effect: 'Deny',
        Principal: '*',
        Action: 'secretsmanager:GetSecretValue',
        Resource: '*',
        Condition: { StringNotEquals: { 'aws:PrincipalArn': `arn:aws:iam::${id}:role/AppServer` } },
      }),
      tags: [{ Key: 'Environment', Value: 'Production' }],
    },
    {
      arn: `arn:aws:sqs:us-east-1:${id}:order-events`,
      type: 'sqs:queue',
      accountId: id,
      region: 'us-east-1',
      policy: doc({
        Sid: 'TopicMaySend',
        Effect: 'Allow',
        Principal: { Service: 'sns.amazonaws.com' },
        Action: 'sqs:SendMessage',
        Resource: `arn:aws:sqs:us-east-1:${id}:order-events`,
        Condition: { ArnEquals: { 'aws:SourceArn': `arn:aws:sns:us-east-1:${id}:order-updates` } },
      }),
      tags: [],
    },
    {
      arn: `arn:aws:sns:us-east-1:${id}:order-updates`,
      type: 'sns:topic',
      accountId: id,
      region: 'us-east-1',
      policy: null,
      tags: [],
    },
    {
      arn: `arn:aws:kms:us-east-1:${id}:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
      type: 'kms:key',
      accountId: id,
      region: 'us-east-1',
      policy: doc({
        Sid: 'Enable IAM User Permissions',
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${id}:root` },
        Action: 'kms:*',
        Resource: '*',
      }),
      tags: [],
    },
  ];
}

/** The Example Corp scenario, identical on every call; the acting identity is Nikki, signed in with MFA. */
export function exampleCorpScenario(): Scenario {
  const env = fixedEnv(Date.UTC(2026, 0, 5, 9, 0, 0), 2026);
  const scenario = emptyScenario('Example Corp', EXAMPLE_CORP_ACCOUNT);
  scenario.description =
    'The IAM User Guide business use case: job-function groups, EC2 and S3 permissions, a partner, and an organization.';
  scenario.accounts = [
    buildMainAccount(env),
    emptyAccount(EXAMPLE_CORP_DEV_ACCOUNT, 'Example Corp Engineering', 'engineering@example.com'),
  ];
  const org = newOrganization(env, EXAMPLE_CORP_ACCOUNT, ['SERVICE_CONTROL_POLICY', 'RESOURCE_CONTROL_POLICY']);
  const engineering = newOuId(env, org.rootId);
  const guardrails = {
    id: newOrgPolicyId(env),
    name: 'ProtectAuditTrail',
    type: 'SERVICE_CONTROL_POLICY' as const,
    description: 'Member accounts cannot leave the organization or switch off CloudTrail',
    content: doc({
      Effect: 'Deny',
      Action: ['organizations:LeaveOrganization', 'cloudtrail:StopLogging', 'cloudtrail:DeleteTrail'],
      Resource: '*',
    }),
    awsManaged: false,
  };
  org.units.push({ id: engineering, name: 'Engineering', parentId: org.rootId });
  org.accounts.push({ accountId: EXAMPLE_CORP_DEV_ACCOUNT, parentId: engineering });
  org.policies.push(guardrails);
  org.attachments.push(
    { policyId: 'p-FullAWSAccess', targetId: engineering },
    { policyId: 'p-FullAWSAccess', targetId: EXAMPLE_CORP_DEV_ACCOUNT },
    { policyId: 'p-RCPFullAWSAccess', targetId: engineering },
    { policyId: 'p-RCPFullAWSAccess', targetId: EXAMPLE_CORP_DEV_ACCOUNT },
    { policyId: guardrails.id, targetId: engineering },
  );
  scenario.organization = org;
  scenario.resources = buildResources();
  scenario.session.identity = {
    type: 'user',
    accountId: EXAMPLE_CORP_ACCOUNT,
    userName: 'Nikki',
    mfaAuthenticatedAt: '2026-01-07T08:55:00Z',
  };
  scenario.settings = { ...scenario.settings, sourceIp: '192.0.2.10', currentTime: '2026-01-07T09:00:00Z' };
  return canonicalScenario(scenario);
}
