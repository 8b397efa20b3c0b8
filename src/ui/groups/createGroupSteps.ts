// The Create user group page's choices and the API calls that carry them out, in the console's order:
// iam:CreateGroup, then iam:AddUserToGroup for each chosen user, then iam:AttachGroupPolicy per policy.
import type { ApiStep } from '../actions/apiSteps';
import { step } from '../actions/apiSteps';

/** Everything the Create user group page asks. */
export interface NewGroupForm {
  groupName: string;
  userNames: string[];
  policyArns: string[];
}

/** An empty form, as the page opens. */
export const emptyGroupForm = (): NewGroupForm => ({ groupName: '', userNames: [], policyArns: [] });

/** Why IAM would refuse the group name (1–128 letters, digits and + = , . @ _ -), or null. */
export function groupNameProblem(name: string): string | null {
  const trimmed = name.trim();
  if (!trimmed) return 'Enter a user group name.';
  if (trimmed.length > 128) return 'The user group name can have up to 128 characters.';
  if (!/^[\w+=,.@-]+$/.test(trimmed))
    return 'The user group name can contain only letters, digits and + = , . @ _ - characters.';
  return null;
}

/** The calls that create the group, add its users and attach its policies. */
export function createGroupSteps(form: NewGroupForm): ApiStep[] {
  const GroupName = form.groupName.trim();
  return [
    step('iam:CreateGroup', { GroupName }),
    ...form.userNames.map((UserName) => step('iam:AddUserToGroup', { GroupName, UserName })),
    ...form.policyArns.map((PolicyArn) => step('iam:AttachGroupPolicy', { GroupName, PolicyArn })),
  ];
}
