import { describe, expect, it } from 'vitest';
import { emptyAccount } from '../../../src/model';
import type { Account } from '../../../src/model';
import { allowsEverything, securityRecommendations } from '../../../src/ui/account/securityRecommendations';

const NOW = new Date('2026-06-01T00:00:00Z');
const status = (account: Account) => Object.fromEntries(securityRecommendations(account, NOW).map((r) => [r.id, r.ok]));

function accountWithUser(): Account {
  const account = emptyAccount('123456789012', 'Test', 'root@example.com');
  account.users.push({
    name: 'alice',
    path: '/',
    id: 'AIDAEXAMPLE',
    arn: 'arn:aws:iam::123456789012:user/alice',
    createdAt: '2026-01-01T00:00:00Z',
    inlinePolicies: [
      {
        name: 'everything',
        document: JSON.stringify({ Version: '2012-10-17', Statement: { Effect: 'Allow', Action: '*', Resource: '*' } }),
      },
    ],
    attachedPolicies: [],
    tags: [],
    groups: [],
    permissionsBoundary: null,
    loginProfile: {
      createdAt: '2026-01-01T00:00:00Z',
      passwordSha256: '',
      passwordResetRequired: false,
      passwordLastChanged: '2026-01-01T00:00:00Z',
      previousPasswordsSha256: [],
    },
    accessKeys: [{ id: 'AKIAEXAMPLE', status: 'Active', createdAt: '2026-01-01T00:00:00Z', lastUsed: null }],
    passwordLastUsed: '2026-05-30T00:00:00Z',
  });
  return account;
}

describe('security recommendations from the IAM best practices', () => {
  it('the root user needs an MFA device and no access keys', () => {
    const account = emptyAccount('123456789012', 'Test', 'root@example.com');
    expect(status(account)['root-mfa']).toBe(false);
    account.mfaDevices.push({
      serialNumber: 'arn:aws:iam::123456789012:mfa/root',
      type: 'virtual',
      seed: null,
      assignedTo: 'root',
      enabledAt: null,
      tags: [],
    });
    account.root.accessKeys.push({
      id: 'AKIAROOT',
      status: 'Active',
      createdAt: '2026-01-01T00:00:00Z',
      lastUsed: null,
    });
    expect(status(account)).toMatchObject({ 'root-mfa': true, 'root-access-keys': false });
  });

  it('a console user without MFA is flagged', () => {
    expect(status(accountWithUser())['user-mfa']).toBe(false);
  });

  it('an active access key unused for more than 90 days is an unused credential', () => {
    const result = securityRecommendations(accountWithUser(), NOW).find((r) => r.id === 'unused-credentials');
    expect(result).toMatchObject({ ok: false, detail: expect.stringContaining('alice') });
  });

  it('an inline policy allowing "*" on "*" is flagged as wildcard admin', () => {
    const result = securityRecommendations(accountWithUser(), NOW).find((r) => r.id === 'wildcard-admin');
    expect(result).toMatchObject({ ok: false, detail: expect.stringContaining('alice/everything') });
  });

  it('"*" on "*" means an Allow with Action "*" and Resource "*"; a Deny or NotAction does not count', () => {
    const doc = (s: object) => JSON.stringify({ Version: '2012-10-17', Statement: s });
    expect(allowsEverything(doc({ Effect: 'Allow', Action: ['*'], Resource: ['*'] }))).toBe(true);
    expect(allowsEverything(doc({ Effect: 'Deny', Action: '*', Resource: '*' }))).toBe(false);
    expect(allowsEverything(doc({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }))).toBe(false);
    expect(allowsEverything(doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' }))).toBe(false);
  });
});
