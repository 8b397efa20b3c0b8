// Saving the Tags tab's edits: UntagX for the keys that went away, then TagX for new keys and new values.
import type { OperationName } from '../../api';
import type { Tag } from '../../model';
import type { ApiStep } from './apiSteps';
import { tagsParam } from './apiSteps';

/**
 * What can be tagged from a detail page: a user or role (by name), or by ARN a customer managed policy or
 * an identity provider (the kind is the API's name for it: TagOpenIDConnectProvider, TagSAMLProvider).
 */
export type TagTarget =
  { kind: 'User' | 'Role'; name: string } | { kind: 'Policy' | 'OpenIDConnectProvider' | 'SAMLProvider'; arn: string };

// IAM names the parameter after the kind: UserName, RoleName, PolicyArn, OpenIDConnectProviderArn, SAMLProviderArn.
const targetParam = (t: TagTarget) => ('arn' in t ? { [`${t.kind}Arn`]: t.arn } : { [`${t.kind}Name`]: t.name });
// The operation is picked by kind (TagUser, TagPolicy, TagSAMLProvider, ...); the unit tests run each against the API.
const targetStep = (operation: string, target: TagTarget, params: object): ApiStep =>
  ({ operation: operation as OperationName, params: { ...targetParam(target), ...params } }) as ApiStep;

/** The calls that turn the tags `before` into `after` (rows with an empty key are ignored); none when nothing changed. */
export function tagChangeSteps(target: TagTarget, before: readonly Tag[], after: readonly Tag[]): ApiStep[] {
  const wanted = tagsParam(after.map((t) => ({ Key: t.Key.trim(), Value: t.Value }))).Tags ?? [];
  const removed = before.filter((t) => !wanted.some((w) => w.Key === t.Key)).map((t) => t.Key);
  const changed = wanted.filter((w) => !before.some((t) => t.Key === w.Key && t.Value === w.Value));
  return [
    ...(removed.length ? [targetStep(`iam:Untag${target.kind}`, target, { TagKeys: removed })] : []),
    ...(changed.length ? [targetStep(`iam:Tag${target.kind}`, target, { Tags: changed })] : []),
  ];
}
