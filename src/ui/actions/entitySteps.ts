// The API calls behind a user's, group's or role's detail page actions: attach and detach managed
// policies, put and delete inline policies, set or remove the permissions boundary, group membership.
import type { OperationName } from '../../api';
import type { ApiStep } from './apiSteps';
import { step } from './apiSteps';

/** The IAM principals that have a detail page with permissions. */
export type PrincipalKind = 'User' | 'Group' | 'Role';

/** The entity a detail page shows: its kind and name. */
export interface EntityRef {
  kind: PrincipalKind;
  name: string;
}

// IAM names its operations and parameters after the kind (AttachUserPolicy + UserName, ...), so the
// operation is picked by name; the unit tests run every kind against the API, which checks the shape.
const kindStep = (operation: string, entity: EntityRef, params: object): ApiStep =>
  ({ operation: operation as OperationName, params: { [`${entity.kind}Name`]: entity.name, ...params } }) as ApiStep;

/** Attaches each managed policy, in order. */
export const attachPolicySteps = (entity: EntityRef, policyArns: readonly string[]): ApiStep[] =>
  policyArns.map((PolicyArn) => kindStep(`iam:Attach${entity.kind}Policy`, entity, { PolicyArn }));

/** Detaches one managed policy. */
export const detachPolicyStep = (entity: EntityRef, PolicyArn: string): ApiStep =>
  kindStep(`iam:Detach${entity.kind}Policy`, entity, { PolicyArn });

/** Creates or replaces an inline policy. */
export const putInlinePolicyStep = (entity: EntityRef, PolicyName: string, PolicyDocument: string): ApiStep =>
  kindStep(`iam:Put${entity.kind}Policy`, entity, { PolicyName, PolicyDocument });

/** Deletes an inline policy. */
export const deleteInlinePolicyStep = (entity: EntityRef, PolicyName: string): ApiStep =>
  kindStep(`iam:Delete${entity.kind}Policy`, entity, { PolicyName });

/** Sets the permissions boundary of a user or role, or removes it when `policyArn` is null. */
export const boundaryStep = (entity: EntityRef & { kind: 'User' | 'Role' }, policyArn: string | null): ApiStep =>
  policyArn
    ? kindStep(`iam:Put${entity.kind}PermissionsBoundary`, entity, { PermissionsBoundary: policyArn })
    : kindStep(`iam:Delete${entity.kind}PermissionsBoundary`, entity, {});

/** Why IAM would refuse an inline policy name (1–128 of letters, digits and + = , . @ _ -), or null. */
export function inlinePolicyNameProblem(name: string): string | null {
  if (!name.trim()) return 'Enter a policy name.';
  if (!/^[\w+=,.@-]{1,128}$/.test(name.trim()))
    return 'Policy names are 1–128 letters, digits and + = , . @ _ - characters.';
  return null;
}

/** A user and a group, as AddUserToGroup and RemoveUserFromGroup take them. */
export interface Membership {
  UserName: string;
  GroupName: string;
}

/** Adds (or removes) each membership, in order. */
export const membershipSteps = (
  operation: 'iam:AddUserToGroup' | 'iam:RemoveUserFromGroup',
  memberships: readonly Membership[],
): ApiStep[] => memberships.map((m) => step(operation, { GroupName: m.GroupName, UserName: m.UserName }));
