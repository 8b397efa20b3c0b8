// Console sign-in as an IAM user: account id or alias, user name, password, and the MFA code when the user
// has an MFA device. It is not an API operation, so no policy is evaluated; it yields the identity to act as.

import type { Identity, Result, Scenario, User } from '../model';
import { isoSeconds, verifyTotp } from '../model';
import type { ApiContext } from './apiContext';
import type { ApiOutcome } from './callApi';
import { callApi } from './callApi';
import { requestTimeMs } from './context';
import { passwordDigest, passwordExpiresAt } from './iamCredentials';

/** What the sign-in page asks for. */
export interface SignInRequest {
  /** The 12-digit account id or the account alias. */
  account: string;
  userName: string;
  password: string;
  mfaCode?: string;
}

/** The identity of a signed-in IAM user. */
export type UserIdentity = Extract<Identity, { type: 'user' }>;

/** A successful sign-in: the identity, and why (if at all) the user must choose a new password first. */
export interface SignedIn {
  identity: UserIdentity;
  /** An administrator required a new password at next sign-in. */
  passwordResetRequired: boolean;
  /** The password is older than the password policy's MaxPasswordAge (and HardExpiry is off). */
  passwordExpired: boolean;
}

/** AWS shows one message for every wrong detail, so the page reveals nothing about which was wrong. */
const REFUSED = 'Your authentication information is incorrect. Please try again.';

/** The console sign-in URL of an account, with its alias when it has one. */
export const signInUrl = (account: { id: string; alias: string | null }): string =>
  `https://${account.alias ?? account.id}.signin.aws.amazon.com/console`;

/**
 * Signs in; on success the scenario records the password use and acts as the user, unless the password must
 * be changed first: then the scenario is unchanged until `signInWithNewPassword` succeeds.
 */
export function signIn(
  ctx: ApiContext,
  s: Scenario,
  request: SignInRequest,
): { scenario: Scenario; result: Result<SignedIn> } {
  const refused = {
    scenario: s,
    result: { type: 'failure' as const, errors: [{ code: 'AuthenticationFailed', message: REFUSED }] },
  };
  const account = s.accounts.find((a) => a.id === request.account || a.alias === request.account);
  const user = account?.users.find((u) => u.name === request.userName);
  if (!account || !user?.loginProfile || user.loginProfile.passwordSha256 !== passwordDigest(request.password))
    return refused;
  const nowMs = requestTimeMs(s, ctx.env.now());
  const devices = account.mfaDevices.filter((d) => d.assignedTo === user.name && d.enabledAt);
  if (devices.length) {
    const code = request.mfaCode ?? '';
    // The code comes from an authenticator app, which runs on the real clock, not the scenario's time.
    if (!devices.some((d) => d.seed && verifyTotp(d.seed, code, ctx.env.now()))) {
      return {
        scenario: s,
        result: {
          type: 'failure',
          errors: [
            {
              code: request.mfaCode ? 'AuthenticationFailed' : 'MfaRequired',
              message: request.mfaCode ? REFUSED : 'Enter the code from your MFA device.',
            },
          ],
        },
      };
    }
  }
  const expiresAt = passwordExpiresAt(account.passwordPolicy, user.loginProfile.passwordLastChanged);
  const expired = expiresAt !== null && nowMs >= expiresAt;
  // With HardExpiry the console refuses to let the user set a new password: an administrator must reset it.
  if (expired && account.passwordPolicy?.HardExpiry) {
    return {
      scenario: s,
      result: {
        type: 'failure',
        errors: [
          { code: 'PasswordExpired', message: 'Your password has expired. Ask your administrator to reset it.' },
        ],
      },
    };
  }
  const identity: UserIdentity = {
    type: 'user',
    accountId: account.id,
    userName: user.name,
    mfaAuthenticatedAt: devices.length ? isoSeconds(nowMs) : null,
  };
  const value = { identity, passwordResetRequired: user.loginProfile.passwordResetRequired, passwordExpired: expired };
  const mustChange = value.passwordResetRequired || value.passwordExpired;
  return { scenario: mustChange ? s : recordSignIn(s, identity, nowMs), result: { type: 'success', value } };
}

/**
 * The console's "change password" step of a sign-in whose password must be changed: iam:ChangePassword as
 * the signed-in user (authorized like any call, so the user needs the password policy's permission or a
 * policy such as IAMUserChangePassword); on success the sign-in completes.
 */
export function signInWithNewPassword(
  ctx: ApiContext,
  s: Scenario,
  identity: UserIdentity,
  passwords: { OldPassword: string; NewPassword: string },
): ApiOutcome<object> {
  const out = callApi(ctx, s, 'iam:ChangePassword', passwords, identity);
  if (out.result.type === 'failure') return out;
  return { ...out, scenario: recordSignIn(out.scenario, identity, requestTimeMs(s, ctx.env.now())) };
}

/**
 * Completes a sign-in: records the password use and acts as `identity`. Sign-in calls it at once, or after
 * the user has chosen a new password when the old one had to be changed first.
 */
export function recordSignIn(s: Scenario, identity: UserIdentity, nowMs: number): Scenario {
  const now = isoSeconds(nowMs);
  const used = (u: User) => (u.name === identity.userName ? { ...u, passwordLastUsed: now } : u);
  return {
    ...s,
    accounts: s.accounts.map((a) => (a.id !== identity.accountId ? a : { ...a, users: a.users.map(used) })),
    session: { ...s.session, identity },
  };
}
