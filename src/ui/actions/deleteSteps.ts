// Deleting a user, group, role or customer managed policy as the console does: it first removes what
// the API's Delete* call would refuse with DeleteConflict (credentials, policies, memberships, versions),
// then deletes the entity. Each part is one API call, authorized like any other.
import type { Account, Group, ManagedPolicy, Role, User } from '../../model';
import type { ApiStep } from './apiSteps';
import { step } from './apiSteps';
import { deleteInlinePolicyStep, detachPolicyStep, membershipSteps } from './entitySteps';
import type { EntityRef } from './entitySteps';

const policySteps = (
  entity: EntityRef,
  principal: { inlinePolicies: { name: string }[]; attachedPolicies: string[] },
): ApiStep[] => [
  ...principal.inlinePolicies.map((p) => deleteInlinePolicyStep(entity, p.name)),
  ...principal.attachedPolicies.map((arn) => detachPolicyStep(entity, arn)),
];

/** Password, access keys, MFA devices, policies and group memberships, then DeleteUser. */
export function deleteUserSteps(account: Account, user: User): ApiStep[] {
  const UserName = user.name;
  const devices = account.mfaDevices.filter((d) => d.assignedTo === UserName);
  return [
    ...(user.loginProfile ? [step('iam:DeleteLoginProfile', { UserName })] : []),
    ...user.accessKeys.map((k) => step('iam:DeleteAccessKey', { UserName, AccessKeyId: k.id })),
    ...devices.flatMap((d) => [
      step('iam:DeactivateMFADevice', { UserName, SerialNumber: d.serialNumber }),
      ...(d.type === 'virtual' ? [step('iam:DeleteVirtualMFADevice', { SerialNumber: d.serialNumber })] : []),
    ]),
    ...policySteps({ kind: 'User', name: UserName }, user),
    ...membershipSteps(
      'iam:RemoveUserFromGroup',
      user.groups.map((GroupName) => ({ GroupName, UserName })),
    ),
    step('iam:DeleteUser', { UserName }),
  ];
}

/** Members, policies, then DeleteGroup. */
export function deleteGroupSteps(account: Account, group: Group): ApiStep[] {
  const members = account.users.filter((u) => u.groups.includes(group.name));
  return [
    ...membershipSteps(
      'iam:RemoveUserFromGroup',
      members.map((u) => ({ GroupName: group.name, UserName: u.name })),
    ),
    ...policySteps({ kind: 'Group', name: group.name }, group),
    step('iam:DeleteGroup', { GroupName: group.name }),
  ];
}

/**
 * Instance profiles, policies, then DeleteRole. The instance profile the console made with the role
 * (same name, no other role) is deleted too; a service-linked role is left to DeleteRole to refuse.
 */
export function deleteRoleSteps(account: Account, role: Role): ApiStep[] {
  const RoleName = role.name;
  const profiles = account.instanceProfiles.filter((p) => p.roles.includes(RoleName));
  return [
    ...profiles.flatMap((p) => [
      step('iam:RemoveRoleFromInstanceProfile', { InstanceProfileName: p.name, RoleName }),
      ...(p.name === RoleName && p.roles.length === 1
        ? [step('iam:DeleteInstanceProfile', { InstanceProfileName: p.name })]
        : []),
    ]),
    ...policySteps({ kind: 'Role', name: RoleName }, role),
    step('iam:DeleteRole', { RoleName }),
  ];
}

/** Detach from every user, group and role, delete the non-default versions, then DeletePolicy. */
export function deletePolicySteps(account: Account, policy: ManagedPolicy): ApiStep[] {
  const PolicyArn = policy.arn;
  const detach = (kind: EntityRef['kind']) => (e: { name: string; attachedPolicies: string[] }) =>
    e.attachedPolicies.includes(PolicyArn) ? [detachPolicyStep({ kind, name: e.name }, PolicyArn)] : [];
  return [
    ...account.users.flatMap(detach('User')),
    ...account.groups.flatMap(detach('Group')),
    ...account.roles.flatMap(detach('Role')),
    ...policy.versions
      .filter((v) => v.versionId !== policy.defaultVersionId)
      .map((v) => step('iam:DeletePolicyVersion', { PolicyArn, VersionId: v.versionId })),
    step('iam:DeletePolicy', { PolicyArn }),
  ];
}
