// AccessDenied wording for every policy type, explicit and implicit, as AWS's error messages read.
import { describe, expect, it } from 'vitest';
import { accessDeniedMessage } from '../../src/api';
import type { PolicySlot } from '../../src/engine/contract';

const request = {
  principal: 'arn:aws:iam::123456789012:user/bob',
  action: 's3:GetObject',
  resource: 'arn:aws:s3:::b/k',
};
const head =
  'User: arn:aws:iam::123456789012:user/bob is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::b/k';

const cases: [PolicySlot, string, string][] = [
  [
    'identity',
    'with an explicit deny in an identity-based policy',
    'because no identity-based policy allows the s3:GetObject action',
  ],
  [
    'resource',
    'with an explicit deny in a resource-based policy',
    'because no resource-based policy allows the s3:GetObject action',
  ],
  [
    'boundary',
    'with an explicit deny in a permissions boundary',
    'because no permissions boundary allows the s3:GetObject action',
  ],
  ['session', 'with an explicit deny in a session policy', 'because no session policy allows the s3:GetObject action'],
  [
    'scp',
    'with an explicit deny in a service control policy',
    'because no service control policy allows the s3:GetObject action',
  ],
  [
    'rcp',
    'with an explicit deny in a resource control policy',
    'because no resource control policy allows the s3:GetObject action',
  ],
  [
    'endpoint',
    'with an explicit deny in a VPC endpoint policy',
    'because no VPC endpoint policy allows the s3:GetObject action',
  ],
];

describe('AccessDenied messages', () => {
  it.each(cases)('%s policies: "%s" / "%s"', (slot, explicit, implicit) => {
    expect(
      accessDeniedMessage(request, {
        decision: 'ExplicitDeny',
        decisive: [{ slot, level: 0, policy: 0, statement: 0 }],
        missingAllow: null,
      }),
    ).toBe(`${head} ${explicit}`);
    expect(accessDeniedMessage(request, { decision: 'ImplicitDeny', decisive: [], missingAllow: slot })).toBe(
      `${head} ${implicit}`,
    );
  });
});
