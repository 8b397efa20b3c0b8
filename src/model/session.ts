// Switching the acting identity, as the console's identity switcher and "Switch role" do.

import type { Scenario } from './scenario';
import type { Identity } from './types';

/** The scenario acting as `identity`; role sessions are remembered in the recent-roles list (at most five). */
export function actAs(s: Scenario, identity: Identity, display?: { displayName: string; color: string }): Scenario {
  let recentRoles = s.session.recentRoles;
  if (identity.type === 'assumedRole') {
    const entry = { accountId: identity.accountId, roleName: identity.roleName, displayName: display?.displayName ?? `${identity.roleName} @ ${identity.accountId}`, color: display?.color ?? 'blue' };
    recentRoles = [entry, ...recentRoles.filter((r) => r.accountId !== entry.accountId || r.roleName !== entry.roleName)].slice(0, 5);
  }
  return { ...s, session: { identity, recentRoles } };
}

/** The identity before the current role session ("Back to <user>"), or the current one if it is not a session. */
export const previousIdentity = (s: Scenario): Identity =>
  s.session.identity.type === 'assumedRole' ? s.session.identity.assumedBy : s.session.identity;
