// Editing a customer managed policy creates a new default version; IAM keeps at most five, so at the
// limit the console offers to delete the oldest version that is not the default first.
import type { ManagedPolicy } from '../../model';
import type { ApiStep } from '../actions/apiSteps';
import { step } from '../actions/apiSteps';

/** IAM's quota of versions per managed policy. */
export const MAX_POLICY_VERSIONS = 5;

/** The oldest version that is not the default (the one the console deletes to make room), or null. */
export const oldestNonDefaultVersion = (policy: ManagedPolicy): string | null =>
  [...policy.versions]
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .find((v) => v.versionId !== policy.defaultVersionId)?.versionId ?? null;

/** True when a new version needs room first. */
export const atVersionLimit = (policy: ManagedPolicy): boolean => policy.versions.length >= MAX_POLICY_VERSIONS;

/** CreatePolicyVersion as the new default, after deleting the oldest non-default version when asked to. */
export function newVersionSteps(policy: ManagedPolicy, document: string, deleteOldest: boolean): ApiStep[] {
  const oldest = deleteOldest ? oldestNonDefaultVersion(policy) : null;
  return [
    ...(oldest ? [step('iam:DeletePolicyVersion', { PolicyArn: policy.arn, VersionId: oldest })] : []),
    step('iam:CreatePolicyVersion', { PolicyArn: policy.arn, PolicyDocument: document, SetAsDefault: true }),
  ];
}
