// The registry of every implemented operation, by its AWS name.

import { iamCredentialOperations } from './iamCredentials';
import { attachedPolicyOperations, inlinePolicyOperations } from './iamPrincipalPolicies';
import { iamManagedPolicyOperations } from './iamManagedPolicies';
import { iamRoleOperations } from './iamRoles';
import { tagAndBoundaryOperations } from './iamTagsAndBoundaries';
import { iamUserOperations } from './iamUsers';
import { stsOperations } from './sts';

/** Every operation, keyed by its AWS API name (e.g. `CreateUser`, `AssumeRole`, `CreateOrganizationalUnit`). */
export const OPERATIONS = {
  ...iamUserOperations,
  ...iamRoleOperations,
  ...iamManagedPolicyOperations,
  ...inlinePolicyOperations('User'),
  ...inlinePolicyOperations('Group'),
  ...inlinePolicyOperations('Role'),
  ...attachedPolicyOperations('User'),
  ...attachedPolicyOperations('Group'),
  ...attachedPolicyOperations('Role'),
  ...tagAndBoundaryOperations('User'),
  ...tagAndBoundaryOperations('Role'),
  ...iamCredentialOperations,
  ...stsOperations,
};
