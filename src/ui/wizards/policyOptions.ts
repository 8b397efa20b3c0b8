// The managed policies a wizard can attach (customer managed first, then AWS managed), filtered by name.
import type { Account } from '../../model';
import { AWS_MANAGED_POLICIES } from '../../model';

/** A policy as the pickers list it. */
export interface PolicyOption {
  arn: string;
  name: string;
  type: 'Customer managed' | 'AWS managed';
}

/** Every attachable managed policy of the account. */
export const policyOptions = (account: Account): PolicyOption[] => [
  ...account.policies.map((p): PolicyOption => ({ arn: p.arn, name: p.name, type: 'Customer managed' })),
  ...AWS_MANAGED_POLICIES.map((p): PolicyOption => ({ arn: p.arn, name: p.name, type: 'AWS managed' })),
];

/** The options whose name contains `filter` (case-insensitive), at most `limit`, with the selected always kept. */
export function filterPolicyOptions(options: readonly PolicyOption[], filter: string, selected: readonly string[], limit = 25): PolicyOption[] {
  const needle = filter.trim().toLowerCase();
  const matches = options.filter((o) => !needle || o.name.toLowerCase().includes(needle));
  const shown = matches.slice(0, limit);
  const missing = options.filter((o) => selected.includes(o.arn) && !shown.includes(o));
  return [...missing, ...shown];
}
