// The identity picker and typed principals: every identity of the scenario can be simulated, and a typed
// ARN that names one of them is simulated as that identity; anything else is an external caller.
import { describe, expect, it } from 'vitest';
import { exampleCorpScenario } from '../../../src/model';
import { identityChoices, resolvePrincipal } from '../../../src/ui/simulator/identities';

const s = exampleCorpScenario();
const NOW = '2026-01-07T09:00:00Z';

describe('identity choices', () => {
  const choices = identityChoices(s, NOW);

  it('offer the root user of every account, every IAM user and every role as a session', () => {
    expect(choices.filter((c) => c.group === 'Root users').map((c) => c.arn)).toEqual(
      s.accounts.map((a) => `arn:aws:iam::${a.id}:root`),
    );
    expect(
      choices.filter((c) => c.group === 'IAM users').map((c) => c.identity.type === 'user' && c.identity.userName),
    ).toEqual(s.accounts.flatMap((a) => a.users.map((u) => u.name)));
    expect(choices.find((c) => c.key === 'role:123456789012:AppServer')?.arn).toBe(
      'arn:aws:sts::123456789012:assumed-role/AppServer/simulator',
    );
  });

  it('have distinct keys, so the picker can name each one', () => {
    expect(new Set(choices.map((c) => c.key)).size).toBe(choices.length);
  });

  it('keep the acting user signed in with MFA as the session says', () => {
    const nikki = choices.find((c) => c.key === 'user:123456789012:Nikki')!.identity;
    expect(nikki.type === 'user' && nikki.mfaAuthenticatedAt).toBe('2026-01-07T08:55:00Z');
  });
});

describe('a typed principal', () => {
  it.each([
    ['arn:aws:iam::123456789012:root', { type: 'root', accountId: '123456789012' }],
    ['arn:aws:iam::123456789012:user/Zhang', { type: 'user', userName: 'Zhang' }],
    [
      'arn:aws:iam::123456789012:role/AppServer',
      { type: 'assumedRole', roleName: 'AppServer', sessionName: 'simulator' },
    ],
    [
      'arn:aws:sts::123456789012:assumed-role/AppServer/nightly-job',
      { type: 'assumedRole', roleName: 'AppServer', sessionName: 'nightly-job' },
    ],
  ])('%s that names a scenario identity is simulated as that identity', (arn, identity) => {
    const resolved = resolvePrincipal(s, arn, NOW);
    expect(resolved.type).toBe('identity');
    expect(resolved.type === 'identity' && resolved.identity).toMatchObject(identity);
  });

  it.each([
    ['arn:aws:iam::444455556666:user/outsider', '444455556666'],
    ['arn:aws:iam::123456789012:user/NoSuchUser', '123456789012'],
    ['ec2.amazonaws.com', null],
    ['anonymous', null],
  ])('%s that the scenario does not hold is an external caller', (principal, accountId) => {
    expect(resolvePrincipal(s, ` ${principal} `, NOW)).toEqual({ type: 'external', principal, accountId });
  });
});
