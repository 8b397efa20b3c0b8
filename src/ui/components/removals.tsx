// The removals a detail page confirms first, each with its consequence in words: detach a managed policy,
// delete an inline policy, remove a permissions boundary, remove users from a group, remove an OIDC audience.
import { policyNameOf as policyName } from './format';
import type { Removal } from './ConfirmRemoveDialog';
import { boundaryStep, deleteInlinePolicyStep, detachPolicyStep, membershipSteps } from '../actions/entitySteps';
import type { EntityRef } from '../actions/entitySteps';
import { removeAudienceStep } from '../identityProviders/identityProviderSteps';

const who = (entity: EntityRef) =>
  entity.kind === 'Group' ? (
    <>
      every user in the group <strong>{entity.name}</strong>
    </>
  ) : (
    <>
      the {entity.kind.toLowerCase()} <strong>{entity.name}</strong>
    </>
  );

/** Detaching a managed policy from a user, group or role. */
export const detachRemoval = (entity: EntityRef, policyArn: string): Removal => ({
  title: `Remove ${policyName(policyArn)} from ${entity.name}?`,
  consequence: (
    <>
      The permissions that <strong>{policyName(policyArn)}</strong> grants are taken away from {who(entity)}. The
      managed policy itself stays, and can be attached again.
    </>
  ),
  submitLabel: 'Remove policy',
  steps: [detachPolicyStep(entity, policyArn)],
});

/** Deleting an inline policy, which exists nowhere else. */
export const inlineRemoval = (entity: EntityRef, name: string): Removal => ({
  title: `Delete inline policy ${name}?`,
  consequence: (
    <>
      The permissions that <strong>{name}</strong> grants are taken away from {who(entity)}. An inline policy exists
      only in its identity: once deleted, it cannot be restored.
    </>
  ),
  submitLabel: 'Delete policy',
  steps: [deleteInlinePolicyStep(entity, name)],
});

/** Removing the permissions boundary of a user or role. */
export const boundaryRemoval = (entity: EntityRef & { kind: 'User' | 'Role' }, policyArn: string): Removal => ({
  title: `Remove the permissions boundary of ${entity.name}?`,
  consequence: (
    <>
      <strong>{policyName(policyArn)}</strong> no longer limits {who(entity)}: every permission that its identity-based
      policies grant takes effect.
    </>
  ),
  submitLabel: 'Remove boundary',
  steps: [boundaryStep(entity, null)],
});

/** Removing one or more users from a group. */
export const membershipRemoval = (groupName: string, userNames: readonly string[], onDone?: () => void): Removal => ({
  title:
    userNames.length === 1
      ? `Remove ${userNames[0]} from ${groupName}?`
      : `Remove ${userNames.length} users from ${groupName}?`,
  consequence: (
    <>
      <strong>{userNames.join(', ')}</strong> {userNames.length === 1 ? 'loses' : 'lose'} the permissions that the group{' '}
      <strong>{groupName}</strong> grants. The users themselves are not deleted.
    </>
  ),
  submitLabel: userNames.length === 1 ? 'Remove user' : 'Remove users',
  steps: membershipSteps(
    'iam:RemoveUserFromGroup',
    userNames.map((UserName) => ({ UserName, GroupName: groupName })),
  ),
  onDone,
});

/** Removing an audience (client ID) from an OpenID Connect provider. */
export const audienceRemoval = (providerArn: string, id: string): Removal => ({
  title: `Remove audience ${id}?`,
  consequence: `Applications that sign in with the audience ${id} can no longer assume roles through this provider.`,
  submitLabel: 'Remove audience',
  steps: [removeAudienceStep(providerArn, id)],
});
