// Switching the acting identity, as the console's identity switcher and "Switch role" do.

import type { Scenario } from './scenario';
import type { Identity } from './types';

/** The scenario acting as `identity`; role sessions are remembered in the recent-roles list (at most five). */
export function actAs(s: Scenario, identity: Identity, display?: { displayName: string; color: string }): Scenario {
  let recentRoles = s.session.recentRoles;
  if (identity.type === 'assumedRole') {
    const entry = {
      accountId: identity.accountId,
      roleName: identity.roleName,
      displayName: display?.displayName ?? `${identity.roleName} @ ${identity.accountId}`,
      color: display?.color ?? 'blue',
    };
    recentRoles = [
      entry,
      ...recentRoles.filter((r) => r.accountId !== entry.accountId || r.roleName !== entry.roleName),
    ].slice(0, 5);
  }
  return { ...s, session: { identity, recentRoles } };
}

/** The identity before the current role session ("Back to <user>"), or the current one if it is not a session. */
export const previousIdentity = (s: Scenario): Identity =>
  s.session.identity.type === 'assumedRole' ? s.session.identity.assumedBy : s.session.identity;

/** True if every user and role the identity (and whoever assumed it) names still exists. */
function identityExists(s: Scenario, identity: Identity): boolean {
  const account = s.accounts.find((a) => a.id === identity.accountId);
  if (!account) return false;
  if (identity.type === 'user') return account.users.some((u) => u.name === identity.userName);
  if (identity.type === 'assumedRole')
    return account.roles.some((r) => r.name === identity.roleName) && identityExists(s, identity.assumedBy);
  return true;
}

/**
 * The scenario with an acting identity that still exists: after the acting user or role is deleted, the
 * session falls back to that account's root user, and recent roles that no longer exist are dropped.
 */
export function reconcileSession(s: Scenario): Scenario {
  const identity = identityExists(s, s.session.identity)
    ? s.session.identity
    : { type: 'root' as const, accountId: s.session.identity.accountId };
  const recentRoles = s.session.recentRoles.filter((r) =>
    s.accounts.some((a) => a.id === r.accountId && a.roles.some((x) => x.name === r.roleName)),
  );
  return identity === s.session.identity && recentRoles.length === s.session.recentRoles.length
    ? s
    : { ...s, session: { identity, recentRoles } };
}
