// A role's editable settings: description and maximum session duration (UpdateRole), and its trust
// policy (UpdateAssumeRolePolicy).
import type { ApiStep } from '../actions/apiSteps';
import { step } from '../actions/apiSteps';

/** The maximum session durations IAM accepts, in hours: 1 to 12. */
export const MAX_SESSION_HOURS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

/**
 * UpdateRole with the description and the maximum session duration (whole hours, sent in seconds); without
 * the duration (null) for a service-linked role, whose description is all IAM lets you change.
 */
export const updateRoleStep = (RoleName: string, description: string, maxSessionHours: number | null): ApiStep =>
  step('iam:UpdateRole', {
    RoleName,
    Description: description,
    ...(maxSessionHours === null ? {} : { MaxSessionDuration: maxSessionHours * 3600 }),
  });

/** Why the settings cannot be saved (a description over 1,000 characters), or null. */
export const roleSettingsProblem = (description: string): string | null =>
  description.length > 1000 ? 'The description can have up to 1,000 characters.' : null;

/** UpdateAssumeRolePolicy with the new trust policy. */
export const trustPolicyStep = (RoleName: string, PolicyDocument: string): ApiStep =>
  step('iam:UpdateAssumeRolePolicy', { RoleName, PolicyDocument });
