// Best-practice findings, one rule per test, as the IAM User Guide's security best practices state them.
import { describe, expect, it } from 'vitest';
import type { Account } from '../../src/model';
import { emptyAccount, exampleCorpScenario, fixedEnv, newUser, securityRecommendations } from '../../src/model';

const NOW = Date.UTC(2026, 5, 1);
const env = fixedEnv(Date.UTC(2026, 0, 1));
const fresh = (): Account => emptyAccount('123456789012', 'Test', 'root@example.com');
const ids = (a: Account) => securityRecommendations(a, NOW).map((r) => r.id);

describe('security recommendations', () => {
  it('the root user should have MFA', () => {
    expect(ids(fresh())).toContain('root-mfa');
  });

  it('the root user should have no access keys', () => {
    const a = fresh();
    a.root.accessKeys = [{ id: 'AKIAAAAAAAAAAAAAAAAA', status: 'Active', createdAt: '2026-05-30T00:00:00Z', lastUsed: null }];
    expect(ids(a)).toContain('root-access-keys');
  });

  it('people who sign in to the console should use MFA', () => {
    const a = fresh();
    a.users = [{ ...newUser(env, a.id, 'ana'), loginProfile: { createdAt: '2026-05-30T00:00:00Z', passwordSha256: '0'.repeat(64), passwordResetRequired: false, passwordLastChanged: '2026-05-30T00:00:00Z' } }];
    expect(securityRecommendations(a, NOW).find((r) => r.id === 'user-mfa')?.subject).toEqual({ type: 'user', name: 'ana' });
  });

  it('access keys unused and unrotated for more than 90 days are flagged', () => {
    const a = fresh();
    a.users = [{ ...newUser(env, a.id, 'bo'), accessKeys: [{ id: 'AKIABBBBBBBBBBBBBBBB', status: 'Active', createdAt: '2026-01-01T00:00:00Z', lastUsed: null }] }];
    expect(ids(a)).toEqual(expect.arrayContaining(['unused-credentials', 'rotate-access-keys']));
  });

  it('a policy that allows every action on every resource is flagged', () => {
    const a = fresh();
    a.users = [{ ...newUser(env, a.id, 'cy'), inlinePolicies: [{ name: 'everything', document: '{"Statement":{"Effect":"Allow","Action":"*","Resource":"*"}}' }] }];
    expect(ids(a)).toContain('full-admin-policy');
  });

  it('Example Corp protects its root user and has a password policy, but its console users lack MFA', () => {
    const main = exampleCorpScenario().accounts.find((a) => a.id === '123456789012')!;
    const found = ids(main);
    expect(found).not.toContain('root-mfa');
    expect(found).not.toContain('password-policy');
    expect(found).toContain('user-mfa');
  });

  it('findings are ordered most severe first', () => {
    const a = fresh();
    a.users = [{
      ...newUser(env, a.id, 'bo'),
      accessKeys: [{ id: 'AKIABBBBBBBBBBBBBBBB', status: 'Active', createdAt: '2026-01-01T00:00:00Z', lastUsed: null }],
      inlinePolicies: [{ name: 'everything', document: '{"Statement":{"Effect":"Allow","Action":"*","Resource":"*"}}' }],
    }];
    const severities = securityRecommendations(a, NOW).map((r) => r.severity);
    expect(severities).toContain('low');
    expect(severities).toEqual([...severities].sort((x, y) => ['high', 'medium', 'low'].indexOf(x) - ['high', 'medium', 'low'].indexOf(y)));
  });
});
