// Organization structure: AWS's default policies, new organizations, and the path from the root to an account.

import type { ModelEnv } from './env';
import { newOrganizationId, newRootId } from './ids';
import type { Organization, OrgPolicy, OrgPolicyType } from './types';

const json = (value: unknown) => JSON.stringify(value, null, 2);

/** The AWS managed SCP that AWS attaches to every root, OU and account when SCPs are enabled. */
export const FULL_AWS_ACCESS: OrgPolicy = {
  id: 'p-FullAWSAccess',
  name: 'FullAWSAccess',
  type: 'SERVICE_CONTROL_POLICY',
  description: 'Allows access to every operation',
  content: json({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }),
  awsManaged: true,
};

/** The AWS managed RCP attached everywhere when RCPs are enabled; it cannot be detached. */
export const RCP_FULL_AWS_ACCESS: OrgPolicy = {
  id: 'p-RCPFullAWSAccess',
  name: 'RCPFullAWSAccess',
  type: 'RESOURCE_CONTROL_POLICY',
  description: 'Allows access to every operation',
  content: json({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }],
  }),
  awsManaged: true,
};

/** The AWS managed policy of each type. */
export const DEFAULT_ORG_POLICY: Record<OrgPolicyType, OrgPolicy> = {
  SERVICE_CONTROL_POLICY: FULL_AWS_ACCESS,
  RESOURCE_CONTROL_POLICY: RCP_FULL_AWS_ACCESS,
};

/**
 * A new organization with all features and only the management account in it. Policy types start
 * disabled, as in AWS; each type listed in `enable` is enabled with its AWS default policy attached
 * to the root and the management account.
 */
export function newOrganization(
  env: ModelEnv,
  managementAccountId: string,
  enable: OrgPolicyType[] = [],
): Organization {
  const rootId = newRootId(env);
  const defaults = enable.map((type) => DEFAULT_ORG_POLICY[type]);
  return {
    id: newOrganizationId(env),
    managementAccountId,
    rootId,
    units: [],
    accounts: [{ accountId: managementAccountId, parentId: rootId }],
    policies: defaults,
    attachments: defaults.flatMap((p) => [
      { policyId: p.id, targetId: rootId },
      { policyId: p.id, targetId: managementAccountId },
    ]),
    enabledPolicyTypes: [...enable].sort(),
  };
}

/** The targets from the root down to the account (root, OUs…, account), or null if it is not a member. */
export function organizationPath(org: Organization, accountId: string): string[] | null {
  const placement = org.accounts.find((a) => a.accountId === accountId);
  if (!placement) return null;
  const path = [accountId];
  let parent = placement.parentId;
  while (parent !== org.rootId) {
    path.unshift(parent);
    const unit = org.units.find((u) => u.id === parent);
    if (!unit) break;
    parent = unit.parentId;
  }
  path.unshift(org.rootId);
  return path;
}

/** The policies of one type attached to one target, in a stable order. */
export const attachedOrgPolicies = (org: Organization, targetId: string, type: OrgPolicyType): OrgPolicy[] =>
  org.attachments
    .filter((x) => x.targetId === targetId)
    .map((x) => org.policies.find((p) => p.id === x.policyId))
    .filter((p): p is OrgPolicy => p !== undefined && p.type === type)
    .sort((a, b) => (a.id < b.id ? -1 : 1));

/** The aws:PrincipalOrgPaths value for an account: `o-id/r-id/ou-id/…/` (the path to its parent). */
export function orgPathString(org: Organization, accountId: string): string | null {
  const path = organizationPath(org, accountId);
  return path ? `${org.id}/${path.slice(0, -1).join('/')}/` : null;
}
