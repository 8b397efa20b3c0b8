// Console sign-in as an IAM user with the account alias, password and MFA.
import { describe, expect, it } from 'vitest';
import { signIn, signInUrl, signInWithNewPassword } from '../../src/api';
import type { Scenario } from '../../src/model';
import { base32Decode, exampleCorpScenario, totpAt } from '../../src/model';
import { makeCtx, session } from './harness';

const PASSWORD = 'Example-Corp-2026!';

describe('console sign-in', () => {
  it('the sign-in URL uses the account alias when there is one', () => {
    expect(signInUrl({ id: '123456789012', alias: 'example-corp' })).toBe(
      'https://example-corp.signin.aws.amazon.com/console',
    );
    expect(signInUrl({ id: '123456789012', alias: null })).toBe('https://123456789012.signin.aws.amazon.com/console');
  });

  it('a user signs in with the alias, user name and password, and becomes the acting identity', () => {
    const out = signIn(makeCtx(), exampleCorpScenario(), {
      account: 'example-corp',
      userName: 'Mary',
      password: PASSWORD,
    });
    expect(out.result).toMatchObject({
      type: 'success',
      value: {
        identity: { type: 'user', userName: 'Mary', mfaAuthenticatedAt: null },
        passwordResetRequired: false,
        passwordExpired: false,
      },
    });
    expect(out.scenario.session.identity).toMatchObject({ userName: 'Mary' });
    expect(out.scenario.accounts[1].users.find((u) => u.name === 'Mary')!.passwordLastUsed).not.toBeNull();
  });

  it('a wrong password and an unknown user get the same message', () => {
    const ctx = makeCtx();
    const wrong = signIn(ctx, exampleCorpScenario(), {
      account: '123456789012',
      userName: 'Mary',
      password: 'nope',
    }).result;
    const unknown = signIn(ctx, exampleCorpScenario(), {
      account: '123456789012',
      userName: 'Nobody',
      password: PASSWORD,
    }).result;
    expect(wrong).toEqual(unknown);
    expect(wrong.type === 'failure' && wrong.errors[0].message).toBe(
      'Your authentication information is incorrect. Please try again.',
    );
  });

  it('a user without console access cannot sign in', () => {
    expect(
      signIn(makeCtx(), exampleCorpScenario(), { account: '123456789012', userName: 'Shirley', password: PASSWORD })
        .result.type,
    ).toBe('failure');
  });

  it('a user with an MFA device must enter its current code', () => {
    const s = session(exampleCorpScenario());
    const nikki = { type: 'user' as const, accountId: '123456789012', userName: 'Nikki', mfaAuthenticatedAt: null };
    const device = s.ok('iam:CreateVirtualMFADevice', { VirtualMFADeviceName: 'Mary' }, nikki).VirtualMFADevice;
    const key = base32Decode(device.Base32StringSeed);
    // Authenticator codes follow the real clock (the env's), even though Example Corp fixes the request time.
    const at = (offset: number) => totpAt(key, s.ctx.env.now() + offset);
    s.ok(
      'iam:EnableMFADevice',
      {
        UserName: 'Mary',
        SerialNumber: device.SerialNumber,
        AuthenticationCode1: at(-30_000),
        AuthenticationCode2: at(0),
      },
      nikki,
    );
    expect(
      signIn(s.ctx, s.scenario, { account: 'example-corp', userName: 'Mary', password: PASSWORD }).result,
    ).toMatchObject({ type: 'failure', errors: [{ code: 'MfaRequired' }] });
    const ok = signIn(s.ctx, s.scenario, {
      account: 'example-corp',
      userName: 'Mary',
      password: PASSWORD,
      mfaCode: at(0),
    });
    expect(ok.result).toMatchObject({
      type: 'success',
      value: { identity: { mfaAuthenticatedAt: '2026-01-07T09:00:00Z' } },
    });
  });

  // Example Corp's password policy expires passwords after 90 days; its request time is 2026-01-07.
  const withMaryPasswordChangedOn = (date: string, hardExpiry: boolean): Scenario => {
    const s = exampleCorpScenario();
    const account = s.accounts[1];
    account.passwordPolicy = { ...account.passwordPolicy!, HardExpiry: hardExpiry };
    const mary = account.users.find((u) => u.name === 'Mary')!;
    mary.loginProfile = { ...mary.loginProfile!, passwordLastChanged: date };
    return s;
  };

  it('a password older than MaxPasswordAge signs in, flagged as expired so the user must choose a new one', () => {
    const out = signIn(makeCtx(), withMaryPasswordChangedOn('2025-10-01T00:00:00Z', false), {
      account: 'example-corp',
      userName: 'Mary',
      password: PASSWORD,
    });
    expect(out.result).toMatchObject({
      type: 'success',
      value: { passwordExpired: true, passwordResetRequired: false },
    });
    const fresh = signIn(makeCtx(), withMaryPasswordChangedOn('2025-12-01T00:00:00Z', false), {
      account: 'example-corp',
      userName: 'Mary',
      password: PASSWORD,
    });
    expect(fresh.result).toMatchObject({ type: 'success', value: { passwordExpired: false } });
  });

  it('with HardExpiry an expired password cannot sign in: an administrator must reset it', () => {
    const before = withMaryPasswordChangedOn('2025-10-01T00:00:00Z', true);
    const out = signIn(makeCtx(), before, { account: 'example-corp', userName: 'Mary', password: PASSWORD });
    expect(out.result).toMatchObject({ type: 'failure', errors: [{ code: 'PasswordExpired' }] });
    expect(out.scenario).toBe(before);
  });

  describe('a password that must be changed at sign-in', () => {
    const resetRequired = (allowUsersToChange: boolean): Scenario => {
      const s = exampleCorpScenario();
      const account = s.accounts[1];
      account.passwordPolicy = { ...account.passwordPolicy!, AllowUsersToChangePassword: allowUsersToChange };
      const mary = account.users.find((u) => u.name === 'Mary')!;
      mary.loginProfile = { ...mary.loginProfile!, passwordResetRequired: true };
      return s;
    };
    const NEW = 'Brand-new-2026-pass!';
    const signInMary = (ctx: ReturnType<typeof makeCtx>, s: Scenario, password = PASSWORD) =>
      signIn(ctx, s, { account: 'example-corp', userName: 'Mary', password });

    it('does not complete the sign-in until a new password is chosen', () => {
      const before = resetRequired(true);
      const out = signInMary(makeCtx(), before);
      expect(out.result).toMatchObject({ type: 'success', value: { passwordResetRequired: true } });
      expect(out.scenario).toBe(before);
    });

    it('choosing a new password changes it, clears the reset flag and completes the sign-in', () => {
      const ctx = makeCtx();
      const before = resetRequired(true);
      const first = signInMary(ctx, before);
      if (first.result.type !== 'success') throw new Error('sign-in failed');
      const out = signInWithNewPassword(ctx, before, first.result.value.identity, {
        OldPassword: PASSWORD,
        NewPassword: NEW,
      });
      expect(out.result.type).toBe('success');
      expect(out.scenario.session.identity).toMatchObject({ type: 'user', userName: 'Mary' });
      const mary = out.scenario.accounts[1].users.find((u) => u.name === 'Mary')!;
      expect(mary.loginProfile?.passwordResetRequired).toBe(false);
      expect(mary.passwordLastUsed).not.toBeNull();
      expect(signInMary(ctx, out.scenario, NEW).result).toMatchObject({
        type: 'success',
        value: { passwordResetRequired: false },
      });
      expect(signInMary(ctx, out.scenario).result.type).toBe('failure');
    });

    it('the new password must satisfy the account password policy', () => {
      const ctx = makeCtx();
      const before = resetRequired(true);
      const first = signInMary(ctx, before);
      if (first.result.type !== 'success') throw new Error('sign-in failed');
      const out = signInWithNewPassword(ctx, before, first.result.value.identity, {
        OldPassword: PASSWORD,
        NewPassword: 'short',
      });
      expect(out.result).toMatchObject({ type: 'failure', errors: [{ code: 'PasswordPolicyViolation' }] });
      expect(out.scenario.session.identity).toEqual(before.session.identity);
    });

    it("without the password policy's permission or a policy such as IAMUserChangePassword the change is denied", () => {
      const ctx = makeCtx();
      const before = resetRequired(false);
      const first = signInMary(ctx, before);
      if (first.result.type !== 'success') throw new Error('sign-in failed');
      const out = signInWithNewPassword(ctx, before, first.result.value.identity, {
        OldPassword: PASSWORD,
        NewPassword: NEW,
      });
      expect(out.result).toMatchObject({ type: 'failure', errors: [{ code: 'AccessDenied' }] });
      expect(out.result.type === 'failure' && out.result.errors[0].message).toMatch(/iam:ChangePassword/);
    });

    it('the new password cannot be the current one or one of the previous ones the password policy remembers', () => {
      const ctx = makeCtx();
      const s = resetRequired(true);
      s.accounts[1].passwordPolicy!.PasswordReusePrevention = 2;
      const mary = (
        signIn(ctx, s, { account: 'example-corp', userName: 'Mary', password: PASSWORD }).result as {
          value: { identity: Parameters<typeof signInWithNewPassword>[2] };
        }
      ).value.identity;
      const change = (scenario: Scenario, OldPassword: string, NewPassword: string) =>
        signInWithNewPassword(ctx, scenario, mary, { OldPassword, NewPassword });
      expect(change(s, PASSWORD, PASSWORD).result).toMatchObject({
        type: 'failure',
        errors: [
          { code: 'PasswordPolicyViolation', message: 'Password should not be one of your previous 2 passwords.' },
        ],
      });
      const second = change(s, PASSWORD, NEW).scenario;
      expect(change(second, NEW, PASSWORD).result.type).toBe('failure');
      // Once two newer passwords have been used, the first one may be chosen again.
      const third = change(second, NEW, 'Third-password-2026!').scenario;
      expect(change(third, 'Third-password-2026!', PASSWORD).result.type).toBe('success');
    });
  });
});
