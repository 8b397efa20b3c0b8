// The create-role wizard's choices, and the API calls that carry them out.
import type { Tag } from '../../model';
import type { ApiStep } from '../actions/apiSteps';
import { step, tagsParam } from '../actions/apiSteps';
import type { TrustedEntity } from './trustPolicies';
import { trustPolicyFor } from './trustPolicies';

/** Everything the create-role wizard asks. */
export interface NewRoleForm {
  entity: TrustedEntity;
  policyArns: string[];
  boundaryArn: string;
  roleName: string;
  description: string;
  /** Hours, 1–12 (the console's choices; the API takes seconds). */
  maxSessionHours: number;
  tags: Tag[];
}

/** The console's default maximum session duration: one hour. */
export const DEFAULT_MAX_SESSION_HOURS = 1;

/** The calls that create the role with its trust policy, boundary and permissions. */
export function createRoleSteps(form: NewRoleForm): ApiStep[] {
  const RoleName = form.roleName.trim();
  return [
    step('iam:CreateRole', {
      RoleName,
      AssumeRolePolicyDocument: trustPolicyFor(form.entity),
      ...(form.description ? { Description: form.description } : {}),
      MaxSessionDuration: form.maxSessionHours * 3600,
      ...(form.boundaryArn ? { PermissionsBoundary: form.boundaryArn } : {}),
      ...tagsParam(form.tags),
    }),
    ...form.policyArns.map((PolicyArn) => step('iam:AttachRolePolicy', { RoleName, PolicyArn })),
  ];
}

/** What stops the name step from going on, or null. */
export function roleDetailsProblem(form: NewRoleForm): string | null {
  if (!/^[\w+=,.@-]{1,64}$/.test(form.roleName.trim()))
    return 'Role names are 1–64 letters, digits and + = , . @ _ - characters.';
  if (form.description.length > 1000) return 'The description is at most 1,000 characters.';
  if (!Number.isInteger(form.maxSessionHours) || form.maxSessionHours < 1 || form.maxSessionHours > 12)
    return 'The maximum session duration is 1 to 12 hours.';
  return null;
}
