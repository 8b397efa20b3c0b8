// Console sign-in as an IAM user: account id or alias, user name, password, and the MFA code when the user
// has an MFA device. It is not an API operation, so no policy is evaluated; it yields the identity to act as.

import type { Identity, Result, Scenario } from '../model';
import { isoSeconds, verifyTotp } from '../model';
import type { ApiContext } from './apiContext';
import { requestTimeMs } from './context';
import { passwordDigest } from './iamCredentials';

/** What the sign-in page asks for. */
export interface SignInRequest {
  /** The 12-digit account id or the account alias. */
  account: string;
  userName: string;
  password: string;
  mfaCode?: string;
}

/** A successful sign-in: the identity, and whether the user must choose a new password first. */
export interface SignedIn {
  identity: Identity;
  passwordResetRequired: boolean;
}

/** AWS shows one message for every wrong detail, so the page reveals nothing about which was wrong. */
const REFUSED = 'Your authentication information is incorrect. Please try again.';

/** The console sign-in URL of an account, with its alias when it has one. */
export const signInUrl = (account: { id: string; alias: string | null }): string =>
  `https://${account.alias ?? account.id}.signin.aws.amazon.com/console`;

/** Signs in; on success the scenario records the password use and acts as the user. */
export function signIn(ctx: ApiContext, s: Scenario, request: SignInRequest): { scenario: Scenario; result: Result<SignedIn> } {
  const refused = { scenario: s, result: { type: 'failure' as const, errors: [{ code: 'AuthenticationFailed', message: REFUSED }] } };
  const account = s.accounts.find((a) => a.id === request.account || a.alias === request.account);
  const user = account?.users.find((u) => u.name === request.userName);
  if (!account || !user?.loginProfile || user.loginProfile.passwordSha256 !== passwordDigest(request.password)) return refused;
  const nowMs = requestTimeMs(s, ctx.env.now());
  const devices = account.mfaDevices.filter((d) => d.assignedTo === user.name && d.enabledAt);
  if (devices.length) {
    const code = request.mfaCode ?? '';
    // The code comes from an authenticator app, which runs on the real clock, not the scenario's time.
    if (!devices.some((d) => d.seed && verifyTotp(d.seed, code, ctx.env.now()))) {
      return { scenario: s, result: { type: 'failure', errors: [{ code: request.mfaCode ? 'AuthenticationFailed' : 'MfaRequired', message: request.mfaCode ? REFUSED : 'Enter the code from your MFA device.' }] } };
    }
  }
  const now = isoSeconds(nowMs);
  const identity: Identity = { type: 'user', accountId: account.id, userName: user.name, mfaAuthenticatedAt: devices.length ? now : null };
  const scenario: Scenario = {
    ...s,
    accounts: s.accounts.map((a) => (a !== account ? a : { ...a, users: a.users.map((u) => (u !== user ? u : { ...u, passwordLastUsed: now })) })),
    session: { ...s.session, identity },
  };
  return { scenario, result: { type: 'success', value: { identity, passwordResetRequired: user.loginProfile.passwordResetRequired } } };
}
