// Collects every policy that applies to a request, from the model, into the engine's policy slots:
// identity (user + groups, or role), boundary, session, SCPs and RCPs by organization level, resource policy.

import type { PolicySlots } from '../engine/contract';
import type { PolicyKind } from '../engine/policy';
import type { Identity, InlinePolicy, OrgPolicyType, Scenario } from '../model';
import { attachedOrgPolicies, organizationPath } from '../model';
import { getAccount, identityEntity, managedPolicyDocument } from './lookup';
import { resourceFacts } from './resources';

/** A policy text with its kind and a label that names where it came from (for explanations). */
export interface LabelledPolicy {
  text: string;
  kind: PolicyKind;
  label: string;
}

/** The root user's implicit full access in its own account, expressed as a policy the engine can weigh. */
export const ROOT_FULL_ACCESS: LabelledPolicy = {
  text: JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Sid: 'RootUserFullAccess', Effect: 'Allow', Action: '*', Resource: '*' }],
  }),
  kind: 'identity',
  label: "the root user's implicit full access",
};

/** Services whose resources RCPs protect (the others ignore RCPs). */
export const RCP_SERVICES = new Set([
  's3',
  'sts',
  'sqs',
  'secretsmanager',
  'kms',
  'dynamodb',
  'ecr',
  'aoss',
  'cognito-identity',
  'logs',
]);

/**
 * The account password policy's "allow users to change their own password" grants, at account level and
 * without any attached policy, iam:ChangePassword on the user itself and iam:GetAccountPasswordPolicy.
 */
const changeOwnPassword = (userArn: string): LabelledPolicy => ({
  text: JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Sid: 'ChangeOwnPassword', Effect: 'Allow', Action: 'iam:ChangePassword', Resource: userArn },
      { Sid: 'ViewPasswordPolicy', Effect: 'Allow', Action: 'iam:GetAccountPasswordPolicy', Resource: '*' },
    ],
  }),
  kind: 'identity',
  label: 'the account password policy (users may change their own password)',
});

const inline = (owner: string, policies: InlinePolicy[]): LabelledPolicy[] =>
  policies.map((p) => ({ text: p.document, kind: 'identity', label: `inline policy ${p.name} of ${owner}` }));

function identityPolicies(s: Scenario, identity: Identity): LabelledPolicy[] {
  const entity = identityEntity(s, identity);
  if (!entity) return [ROOT_FULL_ACCESS];
  const managed = (owner: string, arns: string[]): LabelledPolicy[] =>
    arns.map((arn) => ({
      text: managedPolicyDocument(s, arn),
      kind: 'identity',
      label: `managed policy ${arn} attached to ${owner}`,
    }));
  if (entity.role)
    return [
      ...inline(`role ${entity.role.name}`, entity.role.inlinePolicies),
      ...managed(`role ${entity.role.name}`, entity.role.attachedPolicies),
    ];
  const user = entity.user;
  const account = getAccount(s, identity.accountId);
  const groups = user.groups.map((name) => account.groups.find((g) => g.name === name)).filter((g) => g !== undefined);
  return [
    ...(account.passwordPolicy?.AllowUsersToChangePassword ? [changeOwnPassword(user.arn)] : []),
    ...inline(`user ${user.name}`, user.inlinePolicies),
    ...managed(`user ${user.name}`, user.attachedPolicies),
    ...groups.flatMap((g) => [
      ...inline(`group ${g.name}`, g.inlinePolicies),
      ...managed(`group ${g.name}`, g.attachedPolicies),
    ]),
  ];
}

/**
 * Session policies (inline and managed ARNs) merged into one document: together they act as one
 * filter. Sids are dropped because statements from different documents may share them.
 */
function sessionPolicy(s: Scenario, identity: Identity): LabelledPolicy | undefined {
  if (identity.type !== 'assumedRole') return undefined;
  const texts = [
    ...(identity.sessionPolicy ? [identity.sessionPolicy] : []),
    ...identity.sessionPolicyArns.map((arn) => managedPolicyDocument(s, arn)),
  ];
  if (texts.length === 0) return undefined;
  if (texts.length === 1)
    return { text: texts[0], kind: 'session', label: `session policy of ${identity.sessionName}` };
  const statements = texts.flatMap((t) => {
    const st = (JSON.parse(t) as { Statement: unknown }).Statement;
    return (Array.isArray(st) ? st : [st]).map((x) => ({ ...(x as object), Sid: undefined }));
  });
  return {
    text: JSON.stringify({ Version: '2012-10-17', Statement: statements }),
    kind: 'session',
    label: `session policies of ${identity.sessionName}`,
  };
}

/** SCPs or RCPs along the organization path of an account; none for the management account or non-members. */
export function orgPolicies(s: Scenario, accountId: string, type: OrgPolicyType): LabelledPolicy[][] | undefined {
  const org = s.organization;
  if (!org || accountId === org.managementAccountId || !org.enabledPolicyTypes.includes(type)) return undefined;
  const path = organizationPath(org, accountId);
  if (!path) return undefined;
  const kind = type === 'SERVICE_CONTROL_POLICY' ? 'scp' : 'rcp';
  return path.map((target) =>
    attachedOrgPolicies(org, target, type)
      // RCPFullAWSAccess is implicit at every level in the engine (and is not a valid customer RCP).
      .filter((p) => !(kind === 'rcp' && p.awsManaged))
      .map((p) => ({ text: p.content, kind, label: `${kind.toUpperCase()} ${p.name} (${p.id}) on ${target}` })),
  );
}

/** Every policy that applies when `identity` performs `action` on `resource`. */
export function collectPolicies(
  s: Scenario,
  identity: Identity,
  action: string,
  resource: string,
): PolicySlots<LabelledPolicy> {
  const entity = identityEntity(s, identity);
  const boundaryArn = entity?.user?.permissionsBoundary ?? entity?.role?.permissionsBoundary ?? null;
  const facts = resourceFacts(s, resource, action);
  const slots: PolicySlots<LabelledPolicy> = { identityPolicies: identityPolicies(s, identity) };
  if (boundaryArn)
    slots.permissionsBoundary = {
      text: managedPolicyDocument(s, boundaryArn),
      kind: 'boundary',
      label: `permissions boundary ${boundaryArn}`,
    };
  const session = sessionPolicy(s, identity);
  if (session) slots.sessionPolicy = session;
  // SCPs do not restrict service-linked roles.
  const scps = entity?.role?.serviceLinked ? undefined : orgPolicies(s, identity.accountId, 'SERVICE_CONTROL_POLICY');
  if (scps) slots.serviceControlPolicies = scps;
  const rcps = RCP_SERVICES.has(action.split(':')[0].toLowerCase())
    ? orgPolicies(s, facts.accountId ?? identity.accountId, 'RESOURCE_CONTROL_POLICY')
    : undefined;
  if (rcps) slots.resourceControlPolicies = rcps;
  if (facts.policy) slots.resourcePolicy = facts.policy;
  return slots;
}
