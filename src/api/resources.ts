// What the model knows about the resource of a request: its owner, tags and resource-based policy.

import type { PolicyKind } from '../engine/policy';
import { isTrustPolicyAction } from '../engine/trustPolicy';
import type { Scenario, Tag } from '../model';
import { parseArn, splitIamResource } from '../model';

/** The resource facts that feed the request context and the bundle's resource policy. */
export interface ResourceFacts {
  accountId: string | null;
  tags: Tag[];
  policy: { text: string; kind: PolicyKind; label: string } | null;
}

/** S3 object ARNs take their bucket's policy: `arn:aws:s3:::bucket/key` → `arn:aws:s3:::bucket`. */
const bucketOf = (arn: string): string | null =>
  arn.startsWith('arn:aws:s3:::') && arn.includes('/') ? arn.slice(0, arn.indexOf('/')) : null;

/** Looks a resource ARN up in the scenario; `action` decides whether a role's trust policy applies. */
export function resourceFacts(s: Scenario, arn: string, action: string): ResourceFacts {
  const parts = parseArn(arn);
  if (!parts) return { accountId: null, tags: [], policy: null };
  if (parts.service === 'iam') {
    // AWS managed policies live in the pseudo-account `aws`: they belong to no account that could deny access.
    if (!/^\d{12}$/.test(parts.account)) return { accountId: null, tags: [], policy: null };
    const account = s.accounts.find((a) => a.id === parts.account);
    const { type, name } = splitIamResource(parts.resource);
    if (type === 'role') {
      const role = account?.roles.find((r) => r.name === name);
      // A role's trust policy is its resource-based policy for the STS actions that act on the role.
      const trust =
        role && isTrustPolicyAction(action)
          ? { text: role.assumeRolePolicyDocument, kind: 'trust' as const, label: `trust policy of role ${role.name}` }
          : null;
      return { accountId: parts.account, tags: role?.tags ?? [], policy: trust };
    }
    if (type === 'user')
      return { accountId: parts.account, tags: account?.users.find((u) => u.name === name)?.tags ?? [], policy: null };
    return { accountId: parts.account, tags: [], policy: null };
  }
  const resource = s.resources.find((r) => r.arn === arn);
  const bucketArn = bucketOf(arn);
  const bucket = bucketArn ? s.resources.find((r) => r.arn === bucketArn) : undefined;
  const owner = resource ?? bucket;
  const policyText = resource?.type === 's3:object' ? bucket?.policy : (resource?.policy ?? bucket?.policy);
  return {
    accountId: owner?.accountId ?? (/^\d{12}$/.test(parts.account) ? parts.account : null),
    tags: resource?.tags ?? [],
    policy: policyText ? { text: policyText, kind: 'resource', label: `resource policy of ${owner!.arn}` } : null,
  };
}
