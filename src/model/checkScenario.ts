// Cross-reference checks that a schema cannot express: unique names and ids, and references that resolve.

import { isAwsManagedPolicyArn } from './awsManagedPolicies';
import type { Scenario } from './scenario';
import type { Account, Identity } from './types';

const duplicates = (values: string[]): string[] => values.filter((v, i) => values.indexOf(v) !== i);

/** Names and ids must be unique where AWS makes them unique (IAM names case-insensitively). */
function checkUniqueness(a: Account, out: string[]): void {
  const lower = (xs: { name: string }[]) => xs.map((x) => x.name.toLowerCase());
  for (const [kind, names] of [
    ['user', lower(a.users)],
    ['group', lower(a.groups)],
    ['role', lower(a.roles)],
    ['policy', lower(a.policies)],
    ['instance profile', lower(a.instanceProfiles)],
  ] as const)
    for (const d of duplicates(names)) out.push(`Account ${a.id} has more than one ${kind} named "${d}".`);
  const ids = [...a.users, ...a.groups, ...a.roles, ...a.policies, ...a.instanceProfiles].map((x) => x.id);
  for (const d of duplicates(ids)) out.push(`Account ${a.id} uses the unique id ${d} more than once.`);
}

/** Managed policy attachments, boundaries, group memberships and MFA assignments must resolve. */
function checkReferences(a: Account, out: string[]): void {
  const policyArns = new Set(a.policies.map((p) => p.arn));
  const policyExists = (arn: string) => policyArns.has(arn) || isAwsManagedPolicyArn(arn);
  const groups = new Set(a.groups.map((g) => g.name));
  for (const p of [...a.users, ...a.groups, ...a.roles]) {
    for (const arn of p.attachedPolicies)
      if (!policyExists(arn)) out.push(`${p.arn} has attached policy ${arn}, which does not exist.`);
  }
  for (const p of [...a.users, ...a.roles])
    if (p.permissionsBoundary && !policyExists(p.permissionsBoundary))
      out.push(`${p.arn} has boundary ${p.permissionsBoundary}, which does not exist.`);
  for (const u of a.users)
    for (const g of u.groups) if (!groups.has(g)) out.push(`User ${u.name} is in group ${g}, which does not exist.`);
  const users = new Set(a.users.map((u) => u.name));
  for (const d of a.mfaDevices)
    if (d.assignedTo && d.assignedTo !== 'root' && !users.has(d.assignedTo))
      out.push(`MFA device ${d.serialNumber} is assigned to unknown user ${d.assignedTo}.`);
  for (const p of a.policies)
    if (!p.versions.some((v) => v.versionId === p.defaultVersionId))
      out.push(`Policy ${p.arn} has no version ${p.defaultVersionId}.`);
}

function checkIdentity(s: Scenario, identity: Identity, out: string[]): void {
  const account = s.accounts.find((a) => a.id === identity.accountId);
  if (!account) out.push(`The acting identity is in account ${identity.accountId}, which is not in the scenario.`);
  else if (identity.type === 'user' && !account.users.some((u) => u.name === identity.userName))
    out.push(`The acting user ${identity.userName} does not exist in account ${account.id}.`);
  else if (identity.type === 'assumedRole' && !account.roles.some((r) => r.name === identity.roleName))
    out.push(`The acting session's role ${identity.roleName} does not exist in account ${account.id}.`);
  if (identity.type === 'assumedRole') checkIdentity(s, identity.assumedBy, out);
}

function checkOrganization(s: Scenario, out: string[]): void {
  const org = s.organization;
  if (!org) return;
  const accountIds = new Set(s.accounts.map((a) => a.id));
  const parents = new Set([org.rootId, ...org.units.map((u) => u.id)]);
  const targets = new Set([...parents, ...org.accounts.map((a) => a.accountId)]);
  const policyIds = new Set(org.policies.map((p) => p.id));
  if (!org.accounts.some((a) => a.accountId === org.managementAccountId))
    out.push('The management account must be a member of the organization.');
  for (const a of org.accounts) {
    if (!accountIds.has(a.accountId)) out.push(`Organization member ${a.accountId} is not an account of the scenario.`);
    if (!parents.has(a.parentId)) out.push(`Account ${a.accountId} sits under unknown parent ${a.parentId}.`);
  }
  for (const d of duplicates(org.accounts.map((a) => a.accountId)))
    out.push(`Account ${d} is placed in the organization twice.`);
  for (const u of org.units) if (!parents.has(u.parentId)) out.push(`OU ${u.id} has unknown parent ${u.parentId}.`);
  for (const x of org.attachments) {
    if (!policyIds.has(x.policyId)) out.push(`Attachment names unknown policy ${x.policyId}.`);
    if (!targets.has(x.targetId)) out.push(`Policy ${x.policyId} is attached to unknown target ${x.targetId}.`);
  }
}

/** Every reference problem of a structurally valid scenario, as readable messages (empty when sound). */
export function checkScenario(s: Scenario): string[] {
  const out: string[] = [];
  for (const d of duplicates(s.accounts.map((a) => a.id))) out.push(`Account ${d} appears more than once.`);
  for (const d of duplicates(s.accounts.flatMap((a) => (a.alias ? [a.alias] : []))))
    out.push(`The alias "${d}" is used by more than one account.`);
  for (const a of s.accounts) {
    checkUniqueness(a, out);
    checkReferences(a, out);
  }
  checkIdentity(s, s.session.identity, out);
  checkOrganization(s, out);
  return out;
}
