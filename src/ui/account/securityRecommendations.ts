// Security recommendations from the IAM User Guide's best practices, computed from one account:
// root MFA, no root access keys, a password policy, MFA for console users, no unused credentials,
// and no policies that allow every action on every resource.
import type { Account, InlinePolicy } from '../../model';
import { parsePolicy } from '../../engine/parse/parsePolicy';

/** One recommendation: whether the account follows it, and what to look at if not. */
export interface Recommendation {
  id: 'root-mfa' | 'root-access-keys' | 'password-policy' | 'user-mfa' | 'unused-credentials' | 'wildcard-admin';
  ok: boolean;
  title: string;
  detail: string;
}

/** AWS's credential report and IAM console treat credentials unused for 90 days as unused. */
export const UNUSED_DAYS = 90;
const DAY_MS = 86_400_000;

/** Whether a policy document has an Allow statement for every action on every resource. */
export function allowsEverything(document: string): boolean {
  const { policy } = parsePolicy(document, 'identity');
  return !!policy?.statements.some(
    (s) =>
      s.effect === 'Allow' &&
      !s.action.negated &&
      s.action.values.includes('*') &&
      !!s.resource &&
      !s.resource.negated &&
      s.resource.values.includes('*'),
  );
}

function lastUse(dates: (string | null | undefined)[], fallback: string): number {
  const used = dates.filter((d): d is string => !!d).map((d) => Date.parse(d));
  return used.length ? Math.max(...used) : Date.parse(fallback);
}

const names = (list: string[]) =>
  list.length > 3 ? `${list.slice(0, 3).join(', ')} and ${list.length - 3} more` : list.join(', ');

/** The recommendations for `account` as of `now`. */
export function securityRecommendations(account: Account, now: Date): Recommendation[] {
  const rootMfa = account.mfaDevices.some((d) => d.assignedTo === 'root');
  const rootKeys = account.root.accessKeys.length;
  const withMfa = new Set(account.mfaDevices.map((d) => d.assignedTo));
  const consoleWithoutMfa = account.users.filter((u) => u.loginProfile && !withMfa.has(u.name)).map((u) => u.name);
  const cutoff = now.getTime() - UNUSED_DAYS * DAY_MS;
  const unused = account.users
    .filter((u) => {
      const password = u.loginProfile ? lastUse([u.passwordLastUsed], u.loginProfile.createdAt) < cutoff : false;
      const keys = u.accessKeys.some((k) => k.status === 'Active' && lastUse([k.lastUsed?.date], k.createdAt) < cutoff);
      return password || keys;
    })
    .map((u) => u.name);
  const inline = (owner: string, policies: InlinePolicy[]) =>
    policies.filter((p) => allowsEverything(p.document)).map((p) => `${owner}/${p.name}`);
  const wildcard = [
    ...account.policies
      .filter((p) => allowsEverything(p.versions.find((v) => v.versionId === p.defaultVersionId)?.document ?? ''))
      .map((p) => p.name),
    ...[...account.users, ...account.groups, ...account.roles].flatMap((e) => inline(e.name, e.inlinePolicies)),
  ];
  return [
    {
      id: 'root-mfa',
      ok: rootMfa,
      title: 'Add MFA for the root user',
      detail: rootMfa ? 'The root user has an MFA device.' : 'The root user signs in with a password alone.',
    },
    {
      id: 'root-access-keys',
      ok: rootKeys === 0,
      title: 'Remove root user access keys',
      detail:
        rootKeys === 0
          ? 'The root user has no access keys.'
          : `The root user has ${rootKeys} access key${rootKeys === 1 ? '' : 's'}.`,
    },
    {
      id: 'password-policy',
      ok: account.passwordPolicy !== null,
      title: 'Set a password policy',
      detail: account.passwordPolicy
        ? `Minimum length ${account.passwordPolicy.MinimumPasswordLength}.`
        : 'The account uses the AWS default password policy.',
    },
    {
      id: 'user-mfa',
      ok: consoleWithoutMfa.length === 0,
      title: 'Require MFA for users with console access',
      detail: consoleWithoutMfa.length ? `Without MFA: ${names(consoleWithoutMfa)}.` : 'Every console user has MFA.',
    },
    {
      id: 'unused-credentials',
      ok: unused.length === 0,
      title: `Remove credentials unused for ${UNUSED_DAYS} days`,
      detail: unused.length ? `Unused credentials: ${names(unused)}.` : 'No unused passwords or active access keys.',
    },
    {
      id: 'wildcard-admin',
      ok: wildcard.length === 0,
      title: 'Grant least privilege instead of "*" on "*"',
      detail: wildcard.length
        ? `Allow every action on every resource: ${names(wildcard)}.`
        : 'No customer managed or inline policy allows "*" on "*".',
    },
  ];
}
