// Security recommendations for an account, after the IAM User Guide's best practices: protect the root
// user (MFA, no access keys), require MFA and a password policy for people, remove unused credentials,
// rotate old access keys, and avoid policies that allow every action on every resource.

import type { Account } from './types';

/** One finding for the dashboard. */
export interface Recommendation {
  id: 'root-mfa' | 'root-access-keys' | 'password-policy' | 'user-mfa' | 'unused-credentials' | 'rotate-access-keys' | 'full-admin-policy';
  severity: 'high' | 'medium' | 'low';
  /** What the finding is about: the root user, an IAM user, or a policy (by name). */
  subject: { type: 'root' } | { type: 'user'; name: string } | { type: 'policy'; name: string; owner: string };
  message: string;
}

/** Credentials unused (or access keys unrotated) for longer than this are flagged. */
export const CREDENTIAL_AGE_DAYS = 90;
const DAY_MS = 86_400_000;

const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

/** True if a policy document has an Allow statement for Action "*" on Resource "*" with no condition. */
export function allowsEverything(documentText: string): boolean {
  let doc: unknown;
  try {
    doc = JSON.parse(documentText);
  } catch {
    return false;
  }
  return asList((doc as { Statement?: unknown }).Statement).some((raw) => {
    const st = raw as Record<string, unknown>;
    return st.Effect === 'Allow' && !st.Condition && asList(st.Action).includes('*') && asList(st.Resource).includes('*');
  });
}

/** The account's findings, most severe first; `nowMs` decides what counts as old or unused. */
export function securityRecommendations(a: Account, nowMs: number): Recommendation[] {
  const out: Recommendation[] = [];
  const olderThan = (iso: string | null | undefined) => !!iso && nowMs - Date.parse(iso) > CREDENTIAL_AGE_DAYS * DAY_MS;
  const hasMfa = (owner: string) => a.mfaDevices.some((d) => d.assignedTo === owner && d.enabledAt);
  if (!hasMfa('root')) out.push({ id: 'root-mfa', severity: 'high', subject: { type: 'root' }, message: 'Add MFA for the root user.' });
  if (a.root.accessKeys.length)
    out.push({ id: 'root-access-keys', severity: 'high', subject: { type: 'root' }, message: 'Delete the root user access keys; use roles or IAM users for programmatic access.' });
  if (!a.passwordPolicy)
    out.push({ id: 'password-policy', severity: 'medium', subject: { type: 'root' }, message: 'Set an account password policy (length and character types) for IAM users.' });
  for (const u of a.users) {
    if (u.loginProfile && !hasMfa(u.name))
      out.push({ id: 'user-mfa', severity: 'medium', subject: { type: 'user', name: u.name }, message: `${u.name} can sign in to the console without MFA.` });
    const unusedPassword = u.loginProfile && olderThan(u.passwordLastUsed ?? u.loginProfile.createdAt);
    const unusedKeys = u.accessKeys.filter((k) => k.status === 'Active' && olderThan(k.lastUsed?.date ?? k.createdAt));
    if (unusedPassword || unusedKeys.length)
      out.push({ id: 'unused-credentials', severity: 'low', subject: { type: 'user', name: u.name }, message: `${u.name} has credentials unused for more than ${CREDENTIAL_AGE_DAYS} days.` });
    if (u.accessKeys.some((k) => k.status === 'Active' && olderThan(k.createdAt)))
      out.push({ id: 'rotate-access-keys', severity: 'low', subject: { type: 'user', name: u.name }, message: `${u.name} has an access key older than ${CREDENTIAL_AGE_DAYS} days; rotate it.` });
  }
  for (const p of a.policies) {
    const current = p.versions.find((v) => v.versionId === p.defaultVersionId);
    if (current && allowsEverything(current.document))
      out.push({ id: 'full-admin-policy', severity: 'medium', subject: { type: 'policy', name: p.name, owner: p.arn }, message: `Customer managed policy ${p.name} allows every action on every resource.` });
  }
  for (const e of [...a.users, ...a.groups, ...a.roles])
    for (const p of e.inlinePolicies)
      if (allowsEverything(p.document))
        out.push({ id: 'full-admin-policy', severity: 'medium', subject: { type: 'policy', name: p.name, owner: e.arn }, message: `Inline policy ${p.name} of ${e.name} allows every action on every resource.` });
  const rank = { high: 0, medium: 1, low: 2 };
  return out.sort((x, y) => rank[x.severity] - rank[y.severity]);
}
