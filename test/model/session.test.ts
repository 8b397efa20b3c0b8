// The acting identity: switching, going back, and falling back to root when the identity is deleted.
import { describe, expect, it } from 'vitest';
import { actAs, exampleCorpScenario, previousIdentity, reconcileSession } from '../../src/model';
import type { AssumedRoleIdentity, Identity } from '../../src/model';

const s = exampleCorpScenario();
const nikki = s.session.identity;
const session: AssumedRoleIdentity = {
  type: 'assumedRole',
  accountId: '123456789012',
  roleName: 'SecurityAuditor',
  sessionName: 'audit',
  accessKeyId: 'ASIAAAAAAAAAAAAAAAAA',
  issuedAt: '2026-01-07T09:00:00Z',
  expiresAt: '2026-01-07T10:00:00Z',
  sessionTags: [],
  transitiveTagKeys: [],
  sourceIdentity: null,
  sessionPolicy: null,
  sessionPolicyArns: [],
  mfaAuthenticatedAt: null,
  chained: false,
  assumedBy: nikki,
};

describe('acting identity', () => {
  it('"Back to" a role session returns to the identity that assumed it', () => {
    expect(previousIdentity(actAs(s, session))).toEqual(nikki);
  });

  it('the five most recent roles are remembered, newest first, without duplicates', () => {
    let next = s;
    for (const accountId of [
      '100000000001',
      '100000000002',
      '100000000003',
      '100000000004',
      '100000000005',
      '100000000006',
      '100000000002',
    ])
      next = actAs(next, { ...session, accountId });
    expect(next.session.recentRoles.map((r) => r.accountId)).toEqual([
      '100000000002',
      '100000000006',
      '100000000005',
      '100000000004',
      '100000000003',
    ]);
  });

  it('when the acting user no longer exists, the session falls back to the account root user', () => {
    const main = s.accounts.find((a) => a.id === '123456789012')!;
    const without = {
      ...s,
      accounts: s.accounts.map((a) => (a === main ? { ...a, users: a.users.filter((u) => u.name !== 'Nikki') } : a)),
    };
    expect(reconcileSession(without).session.identity).toEqual<Identity>({ type: 'root', accountId: '123456789012' });
    expect(reconcileSession(s)).toBe(s);
  });
});
