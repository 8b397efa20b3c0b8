// Console sign-in as an IAM user with the account alias, password and MFA.
import { describe, expect, it } from 'vitest';
import { signIn, signInUrl } from '../../src/api';
import { base32Decode, exampleCorpScenario, totpAt } from '../../src/model';
import { makeCtx, session } from './harness';

const PASSWORD = 'Example-Corp-2026!';

describe('console sign-in', () => {
  it('the sign-in URL uses the account alias when there is one', () => {
    expect(signInUrl({ id: '123456789012', alias: 'example-corp' })).toBe('https://example-corp.signin.aws.amazon.com/console');
    expect(signInUrl({ id: '123456789012', alias: null })).toBe('https://123456789012.signin.aws.amazon.com/console');
  });

  it('a user signs in with the alias, user name and password, and becomes the acting identity', () => {
    const out = signIn(makeCtx(), exampleCorpScenario(), { account: 'example-corp', userName: 'Mary', password: PASSWORD });
    expect(out.result).toMatchObject({ type: 'success', value: { identity: { type: 'user', userName: 'Mary', mfaAuthenticatedAt: null }, passwordResetRequired: false } });
    expect(out.scenario.session.identity).toMatchObject({ userName: 'Mary' });
    expect(out.scenario.accounts[1].users.find((u) => u.name === 'Mary')!.passwordLastUsed).not.toBeNull();
  });

  it('a wrong password and an unknown user get the same message', () => {
    const ctx = makeCtx();
    const wrong = signIn(ctx, exampleCorpScenario(), { account: '123456789012', userName: 'Mary', password: 'nope' }).result;
    const unknown = signIn(ctx, exampleCorpScenario(), { account: '123456789012', userName: 'Nobody', password: PASSWORD }).result;
    expect(wrong).toEqual(unknown);
    expect(wrong.type === 'failure' && wrong.errors[0].message).toBe('Your authentication information is incorrect. Please try again.');
  });

  it('a user without console access cannot sign in', () => {
    expect(signIn(makeCtx(), exampleCorpScenario(), { account: '123456789012', userName: 'Shirley', password: PASSWORD }).result.type).toBe('failure');
  });

  it('a user with an MFA device must enter its current code', () => {
    const s = session(exampleCorpScenario());
    const nikki = { type: 'user' as const, accountId: '123456789012', userName: 'Nikki', mfaAuthenticatedAt: null };
    const device = s.ok('iam:CreateVirtualMFADevice', { VirtualMFADeviceName: 'Mary' }, nikki).VirtualMFADevice;
    const key = base32Decode(device.Base32StringSeed);
    // Authenticator codes follow the real clock (the env's), even though Example Corp fixes the request time.
    const at = (offset: number) => totpAt(key, s.ctx.env.now() + offset);
    s.ok('iam:EnableMFADevice', { UserName: 'Mary', SerialNumber: device.SerialNumber, AuthenticationCode1: at(-30_000), AuthenticationCode2: at(0) }, nikki);
    expect(signIn(s.ctx, s.scenario, { account: 'example-corp', userName: 'Mary', password: PASSWORD }).result).toMatchObject({ type: 'failure', errors: [{ code: 'MfaRequired' }] });
    const ok = signIn(s.ctx, s.scenario, { account: 'example-corp', userName: 'Mary', password: PASSWORD, mfaCode: at(0) });
    expect(ok.result).toMatchObject({ type: 'success', value: { identity: { mfaAuthenticatedAt: '2026-01-07T09:00:00Z' } } });
  });
});
