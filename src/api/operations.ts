// The registry of every implemented operation, keyed `service:OperationName` like the IAM actions
// (`iam:CreateUser`, `sts:AssumeRole`, `organizations:CreatePolicy`), since names repeat across services.

import { iamAccountOperations } from './iamAccount';
import { iamCredentialOperations } from './iamCredentials';
import { iamInstanceProfileAndProviderOperations } from './iamInstanceProfilesAndProviders';
import { attachedPolicyOperations, inlinePolicyOperations } from './iamPrincipalPolicies';
import { providerTagOperations } from './iamProviderTags';
import { iamManagedPolicyOperations } from './iamManagedPolicies';
import { iamRoleOperations } from './iamRoles';
import { tagAndBoundaryOperations } from './iamTagsAndBoundaries';
import { iamUserOperations } from './iamUsers';
import { organizationsOperations } from './organizations';
import { resourceOperations } from './resourceOperations';
import { simulateOperations } from './simulate';
import { stsOperations } from './sts';

type Prefixed<P extends string, T> = { [K in keyof T as `${P}:${K & string}`]: T[K] };

const prefixed = <P extends string, T extends object>(service: P, ops: T): Prefixed<P, T> =>
  Object.fromEntries(Object.entries(ops).map(([name, op]) => [`${service}:${name}`, op])) as Prefixed<P, T>;

/** Every operation, keyed by service prefix and AWS API name. */
export const OPERATIONS = {
  ...prefixed('iam', {
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
    ...iamAccountOperations,
    ...iamInstanceProfileAndProviderOperations,
    ...providerTagOperations('OpenIDConnectProvider'),
    ...providerTagOperations('SAMLProvider'),
    ...simulateOperations,
  }),
  ...prefixed('sts', stsOperations),
  ...prefixed('organizations', organizationsOperations),
  ...resourceOperations,
};
