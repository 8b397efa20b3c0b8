// Which requests a role's trust policy governs. The trust policy is the role's resource-based policy
// for the STS actions that act on the role itself: sts:AssumeRole* (AssumeRole, AssumeRoleWithSAML,
// AssumeRoleWithWebIdentity), sts:TagSession ("Passing session tags in AWS STS": passing tags needs
// it in the trust policy) and sts:SetSourceIdentity ("Monitor and control actions taken with assumed
// roles": setting a source identity needs it in the trust policy). Shared by both engines and the
// bundle loader so they can never disagree on it.

const ROLE_ARN = /^arn:[^:]+:iam::\d{12}:role\//;
const SESSION_ACTIONS = new Set(['sts:tagsession', 'sts:setsourceidentity']);

/** True for an action (any case) that a role's trust policy must allow when it targets a role. */
export function isTrustPolicyAction(action: string): boolean {
  const lower = action.toLowerCase();
  return lower.startsWith('sts:assumerole') || SESSION_ACTIONS.has(lower);
}

/** True when the request's resource policy is the role's trust policy (a trust action on a role ARN). */
export function governedByTrustPolicy(action: string, resource: string): boolean {
  return isTrustPolicyAction(action) && ROLE_ARN.test(resource);
}
