// The identity switcher's rules, as the console and the User Guide describe them: act as the root user
// or an IAM user; "Switch role" with the account id or alias, role name, display name and colour (the
// console authorizes the switch with the signed-in user's own credentials, and the root user cannot
// switch roles); the recent-roles history; and "Back to <user>". Pure functions over the scenario.
import type { ApiContext, Authorization } from '../../api';
import { switchRole } from '../../api';
import type { Identity, Result, Scenario } from '../../model';
import { actAs } from '../../model';
import { formatAccountId, identityLabel } from '../state/ScenarioContext';

/** The colours the console offers for a role's display name, with the tint we paint it in. */
export const ROLE_COLORS = [
  { name: 'red', label: 'Red', css: '#f7c8c5' },
  { name: 'orange', label: 'Orange', css: '#fcd9b6' },
  { name: 'yellow', label: 'Yellow', css: '#fff1a8' },
  { name: 'green', label: 'Green', css: '#c9ecc3' },
  { name: 'blue', label: 'Blue', css: '#c4dcf7' },
] as const;

/** The tint of a colour name; unknown names (from older or imported scenarios) get the default blue. */
export const roleColorCss = (name: string): string => (ROLE_COLORS.find((c) => c.name === name) ?? ROLE_COLORS[4]).css;

/** The signed-in identity behind any chain of role sessions: whose credentials the console switches with. */
export function signedInIdentity(identity: Identity): Identity {
  return identity.type === 'assumedRole' ? signedInIdentity(identity.assumedBy) : identity;
}

/** The account as the console names it: its alias, or the dashed id. */
export function accountName(scenario: Scenario, accountId: string): string {
  const account = scenario.accounts.find((a) => a.id === accountId);
  return account?.alias ?? formatAccountId(accountId);
}

/** What the top bar shows for the acting identity: `Nikki @ example-corp`, or a role's display name and colour. */
export interface ActingDisplay {
  label: string;
  /** The role's colour tint, for a role session. */
  color: string | null;
}

/** The top bar's label for the acting identity. */
export function actingDisplay(scenario: Scenario): ActingDisplay {
  const identity = scenario.session.identity;
  if (identity.type === 'assumedRole') {
    const recent = scenario.session.recentRoles.find(
      (r) => r.accountId === identity.accountId && r.roleName === identity.roleName,
    );
    return recent
      ? { label: recent.displayName, color: roleColorCss(recent.color) }
      : { label: `${identity.roleName} @ ${accountName(scenario, identity.accountId)}`, color: roleColorCss('blue') };
  }
  return { label: `${identityLabel(identity)} @ ${accountName(scenario, identity.accountId)}`, color: null };
}

/**
 * The label of "Back to <user>", or null when the acting identity is not a role session. The User Guide's
 * console names only the user ("Back to RichardRoe"): the account is the top bar's, alias and all.
 */
export function backToLabel(scenario: Scenario): string | null {
  const identity = scenario.session.identity;
  return identity.type === 'assumedRole' ? `Back to ${identityLabel(signedInIdentity(identity))}` : null;
}

/** The scenario acting as the signed-in identity again (the console's "Back to <user>"). */
export const backToSignedIn = (scenario: Scenario): Scenario =>
  actAs(scenario, signedInIdentity(scenario.session.identity));

/** The scenario acting as the root user of an account. */
export const actAsRoot = (scenario: Scenario, accountId: string): Scenario =>
  actAs(scenario, { type: 'root', accountId });

/**
 * The scenario acting as an IAM user, as if signed in to the console; `withMfa` records an MFA sign-in
 * now (aws:MultiFactorAuthPresent, which policies such as "assume only with MFA" test) for a user who
 * has an MFA device: a user without one cannot have signed in with MFA.
 */
export function actAsUser(
  scenario: Scenario,
  accountId: string,
  userName: string,
  withMfa: boolean,
  nowIso: string,
): Scenario {
  const hasDevice = scenario.accounts.some(
    (a) => a.id === accountId && a.mfaDevices.some((d) => d.assignedTo === userName && d.enabledAt),
  );
  return actAs(scenario, {
    type: 'user',
    accountId,
    userName,
    mfaAuthenticatedAt: withMfa && hasDevice ? nowIso : null,
  });
}

/** The account id for what a person typed in "Account": a 12-digit id (dashes allowed) or an alias of the scenario. */
export function resolveAccount(scenario: Scenario, typed: string): string | null {
  const text = typed.trim();
  const digits = text.replace(/-/g, '');
  if (/^\d{12}$/.test(digits)) return digits;
  return scenario.accounts.find((a) => a.alias === text.toLowerCase())?.id ?? null;
}

/** What the Switch role form submits. */
export interface SwitchRoleForm {
  account: string;
  roleName: string;
  displayName: string;
  color: string;
}

/** The outcome of a switch: the scenario to show, and for a denial the authorization to explain. */
export interface SwitchOutcome {
  scenario: Scenario;
  result: Result<null>;
  authorization: Authorization | null;
}

const refused = (scenario: Scenario, code: string, message: string): SwitchOutcome => ({
  scenario,
  result: { type: 'failure', errors: [{ code, message }] },
  authorization: null,
});

/**
 * Switches role from the console: sts:AssumeRole with the signed-in identity's credentials (even from
 * inside another role session, as the console does), then acts as the session and records it in the
 * recent roles. The display name defaults to the console's `role @ account`.
 */
export function switchRoleFromConsole(ctx: ApiContext, scenario: Scenario, form: SwitchRoleForm): SwitchOutcome {
  const base = signedInIdentity(scenario.session.identity);
  if (base.type === 'root')
    return refused(
      scenario,
      'NotSupported',
      'You cannot switch to a role when you sign in as the AWS account root user.',
    );
  const accountId = resolveAccount(scenario, form.account);
  const roleName = form.roleName.trim();
  if (!accountId)
    return refused(
      scenario,
      'ValidationError',
      `Account "${form.account.trim()}" is neither a 12-digit account ID nor an alias of an account in this scenario.`,
    );
  if (!roleName) return refused(scenario, 'ValidationError', 'Enter the name of the role.');
  const displayName = form.displayName.trim() || `${roleName} @ ${accountName(scenario, accountId)}`;
  const out = switchRole(ctx, actAs(scenario, base), { accountId, roleName, displayName, color: form.color });
  return out.result.type === 'success' ? out : { ...out, scenario };
}
