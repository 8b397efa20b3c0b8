// Tags and permissions boundaries of users and roles: one implementation for both kinds
// (TagUser/TagRole, UntagUser/UntagRole, ListUserTags/ListRoleTags, Put/Delete…PermissionsBoundary).

import type { Role, Tag, User } from '../model';
import { ApiError, unmodifiable } from './errors';
import { getRole, getUser, managedPolicyExists } from './lookup';
import type { Call, Operation } from './operation';
import { operation } from './operation';
import { sortedTags, tagOperations } from './tagging';

type Kind = 'User' | 'Role';
type NameParam<K extends Kind> = { [F in `${K}Name`]: string };

const entityOf = <K extends Kind>(kind: K, call: Call<NameParam<K>>, modifying: boolean): User | Role => {
  const name = (call.params as Record<string, string>)[`${kind}Name`];
  const entity = kind === 'User' ? getUser(call.account, name) : getRole(call.account, name);
  if (modifying && 'serviceLinked' in entity && entity.serviceLinked) throw unmodifiable(entity.name);
  return entity;
};
const resourceOf =
  <K extends Kind>(kind: K) =>
  (call: Call<NameParam<K>>): string => {
    const name = (call.params as Record<string, string>)[`${kind}Name`];
    const list: (User | Role)[] = kind === 'User' ? call.account.users : call.account.roles;
    return list.find((e) => e.name === name)?.arn ?? `arn:aws:iam::${call.account.id}:${kind.toLowerCase()}/${name}`;
  };

/** The tag and boundary operations of users or roles, typed by name. */
export type TagAndBoundaryOperations<K extends Kind> = {
  [N in `Tag${K}`]: Operation<NameParam<K> & { Tags: Tag[] }, object>;
} & { [N in `Untag${K}`]: Operation<NameParam<K> & { TagKeys: string[] }, object> } & {
  [N in `List${K}Tags`]: Operation<NameParam<K>, { Tags: Tag[]; IsTruncated: false }>;
} & { [N in `Put${K}PermissionsBoundary`]: Operation<NameParam<K> & { PermissionsBoundary: string }, object> } & {
  [N in `Delete${K}PermissionsBoundary`]: Operation<NameParam<K>, object>;
};

/** Tag, untag, list tags and set or remove the permissions boundary of a user or role. */
export function tagAndBoundaryOperations<K extends Kind>(kind: K): TagAndBoundaryOperations<K> {
  const resource = resourceOf(kind);
  const { tag, untag } = tagOperations(kind, {
    resource,
    find: (call: Call<NameParam<K>>) => entityOf(kind, call, true),
  });
  return {
    [`Tag${kind}`]: tag,
    [`Untag${kind}`]: untag,
    [`List${kind}Tags`]: operation<NameParam<K>, { Tags: Tag[]; IsTruncated: false }>({
      action: `iam:List${kind}Tags`,
      resource,
      run: (call) => ({ Tags: sortedTags(entityOf(kind, call, false).tags), IsTruncated: false }),
    }),
    [`Put${kind}PermissionsBoundary`]: operation<NameParam<K> & { PermissionsBoundary: string }, object>({
      action: `iam:Put${kind}PermissionsBoundary`,
      resource,
      context: (call) => ({ 'iam:PermissionsBoundary': call.params.PermissionsBoundary }),
      run(call) {
        const entity = entityOf(kind, call, true);
        if (!managedPolicyExists(call.account, call.params.PermissionsBoundary))
          throw new ApiError(
            'NoSuchEntity',
            `Policy ${call.params.PermissionsBoundary} does not exist or is not attachable.`,
          );
        entity.permissionsBoundary = call.params.PermissionsBoundary;
        return {};
      },
    }),
    [`Delete${kind}PermissionsBoundary`]: operation<NameParam<K>, object>({
      action: `iam:Delete${kind}PermissionsBoundary`,
      resource,
      context: (call): Record<string, string> => {
        const list: (User | Role)[] = kind === 'User' ? call.account.users : call.account.roles;
        const boundary = list.find(
          (e) => e.name === (call.params as Record<string, string>)[`${kind}Name`],
        )?.permissionsBoundary;
        return boundary ? { 'iam:PermissionsBoundary': boundary } : {};
      },
      run(call) {
        const entity = entityOf(kind, call, true);
        if (!entity.permissionsBoundary)
          throw new ApiError('NoSuchEntity', `The ${kind.toLowerCase()} ${entity.name} has no permissions boundary.`);
        entity.permissionsBoundary = null;
        return {};
      },
    }),
  } as unknown as TagAndBoundaryOperations<K>;
}
