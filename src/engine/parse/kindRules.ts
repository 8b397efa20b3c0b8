// Which elements each policy kind must, may or must not have, as the AWS documentation states it
// (IAM JSON policy elements reference, the Organizations SCP/RCP syntax pages, VPC endpoint policies).

import type { PolicyKind } from '../policy';

/** How one policy kind treats an element: required, optional or not allowed. */
export type ElementRule = 'required' | 'optional' | 'forbidden';

/** The element rules for one policy kind. */
export interface KindRules {
  /** Human name used in messages, e.g. "an identity-based policy". */
  name: string;
  principal: ElementRule;
  notPrincipal: ElementRule;
  resource: ElementRule;
  /** Sid characters: IAM itself accepts only ASCII letters and digits; other services are laxer. */
  sidCheck: 'error' | 'warning' | 'none';
}

const IDENTITY_LIKE = { principal: 'forbidden', notPrincipal: 'forbidden', resource: 'required' } as const;

/** The rules for every policy kind. */
export const KIND_RULES: Record<PolicyKind, KindRules> = {
  identity: { name: 'an identity-based policy', ...IDENTITY_LIKE, sidCheck: 'error' },
  boundary: { name: 'a permissions boundary', ...IDENTITY_LIKE, sidCheck: 'error' },
  session: { name: 'a session policy', ...IDENTITY_LIKE, sidCheck: 'error' },
  scp: { name: 'a service control policy', ...IDENTITY_LIKE, sidCheck: 'warning' },
  // Trust policies name who may assume the role; the role itself is the resource, so Resource is prohibited.
  trust: {
    name: 'a role trust policy',
    principal: 'required',
    notPrincipal: 'forbidden',
    resource: 'forbidden',
    sidCheck: 'error',
  },
  resource: {
    name: 'a resource-based policy',
    principal: 'required',
    notPrincipal: 'optional',
    resource: 'required',
    sidCheck: 'none',
  },
  // RCPs accept only Principal "*" (checked separately) and no NotPrincipal.
  rcp: {
    name: 'a resource control policy',
    principal: 'required',
    notPrincipal: 'forbidden',
    resource: 'required',
    sidCheck: 'warning',
  },
  endpoint: {
    name: 'a VPC endpoint policy',
    principal: 'required',
    notPrincipal: 'optional',
    resource: 'required',
    sidCheck: 'none',
  },
};
