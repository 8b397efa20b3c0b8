// The managed policies a wizard can attach (customer managed first, then every AWS managed policy), filtered
// by name: the lists are long, so a picker shows a few matches at a time.
import type { Account } from '../../model';
import { AWS_MANAGED_POLICIES } from '../../model';

/** A policy as the pickers list it. */
export interface PolicyOption {
  arn: string;
  name: string;
  type: 'Customer managed' | 'AWS managed';
}

/** Every AWS managed policy, as an option. */
export const AWS_POLICY_OPTIONS: readonly PolicyOption[] = AWS_MANAGED_POLICIES.map((p) => ({
  arn: p.arn,
  name: p.name,
  type: 'AWS managed',
}));

/** Every attachable managed policy of the account. */
export const policyOptions = (account: Account): PolicyOption[] => [
  ...account.policies.map((p): PolicyOption => ({ arn: p.arn, name: p.name, type: 'Customer managed' })),
  ...AWS_POLICY_OPTIONS,
];

/** The options whose name contains `filter`, case-insensitively: exact names first, then prefixes, then the rest. */
export function matchingPolicyOptions(options: readonly PolicyOption[], filter: string): readonly PolicyOption[] {
  const needle = filter.trim().toLowerCase();
  if (!needle) return options;
  // With every AWS managed policy listed, "ReadOnlyAccess" is inside hundreds of names; the one so named must come first.
  const rank = (name: string) => (name === needle ? 0 : name.startsWith(needle) ? 1 : 2);
  return options
    .filter((o) => o.name.toLowerCase().includes(needle))
    .map((o, i) => ({ o, i, rank: rank(o.name.toLowerCase()) }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map(({ o }) => o);
}

/** How many matches a picker lists at once. */
export const PICKER_LIMIT = 25;

/** The options whose name contains `filter` (case-insensitive), at most `limit`, with the selected always kept. */
export function filterPolicyOptions(
  options: readonly PolicyOption[],
  filter: string,
  selected: readonly string[],
  limit = PICKER_LIMIT,
): PolicyOption[] {
  const shown = matchingPolicyOptions(options, filter).slice(0, limit);
  const missing = options.filter((o) => selected.includes(o.arn) && !shown.includes(o));
  return [...missing, ...shown];
}
