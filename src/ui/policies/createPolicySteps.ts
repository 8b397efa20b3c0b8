// The create-policy wizard's choices, and the API call that carries them out.
import type { Tag } from '../../model';
import type { ApiStep } from '../actions/apiSteps';
import { step, tagsParam } from '../actions/apiSteps';

/** Everything the create-policy wizard asks. */
export interface NewPolicyForm {
  document: string;
  policyName: string;
  description: string;
  tags: Tag[];
}

/** The document the JSON editor opens with, as the console's: an empty statement list to fill in. */
export const STARTING_POLICY = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": [],
      "Resource": []
    }
  ]
}`;

/** The CreatePolicy call for the form. */
export const createPolicySteps = (form: NewPolicyForm): ApiStep[] => [
  step('iam:CreatePolicy', {
    PolicyName: form.policyName.trim(),
    PolicyDocument: form.document,
    ...(form.description ? { Description: form.description } : {}),
    ...tagsParam(form.tags),
  }),
];

/** What stops the name step from going on, or null. */
export function policyDetailsProblem(form: NewPolicyForm): string | null {
  if (!/^[\w+=,.@-]{1,128}$/.test(form.policyName.trim()))
    return 'Policy names are 1–128 letters, digits and + = , . @ _ - characters.';
  if (form.description.length > 1000) return 'The description is at most 1,000 characters.';
  return null;
}
