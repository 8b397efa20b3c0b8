// Constructors for new IAM entities with AWS-format ids and ARNs (used by the API and by built-in scenarios).

import { pathArn } from './arn';
import type { ModelEnv } from './env';
import { isoSeconds } from './env';
import { newUniqueId } from './ids';
import type { Group, InstanceProfile, ManagedPolicy, Role, Tag, User } from './types';

/** Role paths that mark a service-linked role, which only the service may change. */
export const SERVICE_LINKED_PATH_PREFIX = '/aws-service-role/';

/** A new IAM user with no permissions or credentials. */
export function newUser(env: ModelEnv, accountId: string, name: string, path = '/', tags: Tag[] = []): User {
  return {
    name,
    path,
    id: newUniqueId(env, 'user'),
    arn: pathArn(accountId, 'user', path, name),
    createdAt: isoSeconds(env.now()),
    inlinePolicies: [],
    attachedPolicies: [],
    tags,
    groups: [],
    permissionsBoundary: null,
    loginProfile: null,
    accessKeys: [],
    passwordLastUsed: null,
  };
}

/** A new IAM group with no members or permissions. */
export function newGroup(env: ModelEnv, accountId: string, name: string, path = '/'): Group {
  return {
    name,
    path,
    id: newUniqueId(env, 'group'),
    arn: pathArn(accountId, 'group', path, name),
    createdAt: isoSeconds(env.now()),
    inlinePolicies: [],
    attachedPolicies: [],
  };
}

/** The fields of a new role besides its name. */
export interface RoleOptions {
  path?: string;
  description?: string;
  maxSessionDuration?: number;
  tags?: Tag[];
}

/** A new IAM role with a trust policy and no permissions. */
export function newRole(
  env: ModelEnv,
  accountId: string,
  name: string,
  trustPolicy: string,
  options: RoleOptions = {},
): Role {
  const path = options.path ?? '/';
  return {
    name,
    path,
    id: newUniqueId(env, 'role'),
    arn: pathArn(accountId, 'role', path, name),
    createdAt: isoSeconds(env.now()),
    inlinePolicies: [],
    attachedPolicies: [],
    tags: options.tags ?? [],
    description: options.description ?? '',
    assumeRolePolicyDocument: trustPolicy,
    maxSessionDuration: options.maxSessionDuration ?? 3600,
    permissionsBoundary: null,
    serviceLinked: path.startsWith(SERVICE_LINKED_PATH_PREFIX),
    lastUsed: null,
  };
}

/** A new customer managed policy whose only version, v1, is the default. */
export function newManagedPolicy(
  env: ModelEnv,
  accountId: string,
  name: string,
  document: string,
  options: { path?: string; description?: string; tags?: Tag[] } = {},
): ManagedPolicy {
  const path = options.path ?? '/';
  const now = isoSeconds(env.now());
  return {
    name,
    path,
    id: newUniqueId(env, 'policy'),
    arn: pathArn(accountId, 'policy', path, name),
    description: options.description ?? '',
    createdAt: now,
    updatedAt: now,
    defaultVersionId: 'v1',
    versions: [{ versionId: 'v1', document, createdAt: now }],
    nextVersion: 2,
    tags: options.tags ?? [],
  };
}

/** A new, empty instance profile. */
export function newInstanceProfile(env: ModelEnv, accountId: string, name: string, path = '/'): InstanceProfile {
  return {
    name,
    path,
    id: newUniqueId(env, 'instanceProfile'),
    arn: pathArn(accountId, 'instance-profile', path, name),
    createdAt: isoSeconds(env.now()),
    roles: [],
    tags: [],
  };
}
