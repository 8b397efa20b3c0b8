// Finding entities in a scenario, throwing AWS's NoSuchEntity when they are missing.

import type {
  Account,
  Group,
  Identity,
  ManagedPolicy,
  OidcProvider,
  Role,
  SamlProvider,
  Scenario,
  User,
} from '../model';
import { assumedRoleArn, awsManagedPolicyDocument, isAwsManagedPolicyArn, rootArn } from '../model';
import { ApiError, noSuchEntity } from './errors';
import { PolicyDocumentPending } from './policyDocumentPending';

/** The account with this id; accounts outside the scenario do not exist. */
export function getAccount(s: Scenario, accountId: string): Account {
  const account = s.accounts.find((a) => a.id === accountId);
  if (!account) throw new ApiError('NoSuchEntity', `The account ${accountId} is not part of this scenario.`);
  return account;
}

/** The user with this name (IAM names are unique case-insensitively but looked up exactly). */
export function getUser(a: Account, name: string): User {
  const user = a.users.find((u) => u.name === name);
  if (!user) throw noSuchEntity('user', name);
  return user;
}

/** The group with this name. */
export function getGroup(a: Account, name: string): Group {
  const group = a.groups.find((g) => g.name === name);
  if (!group) throw noSuchEntity('group', name);
  return group;
}

/** The role with this name. */
export function getRole(a: Account, name: string): Role {
  const role = a.roles.find((r) => r.name === name);
  if (!role) throw noSuchEntity('role', name);
  return role;
}

/** An OpenID Connect provider of the account by ARN. */
export function getOidcProvider(a: Account, arn: string): OidcProvider {
  const p = a.oidcProviders.find((x) => x.arn === arn);
  if (!p) throw new ApiError('NoSuchEntity', `OpenIDConnect Provider not found for arn ${arn}`);
  return p;
}

/** A SAML provider of the account by ARN. */
export function getSamlProvider(a: Account, arn: string): SamlProvider {
  const p = a.samlProviders.find((x) => x.arn === arn);
  if (!p) throw new ApiError('NoSuchEntity', `Manifest not found for arn ${arn}`);
  return p;
}

/** A customer managed policy of the account by ARN. */
export function getCustomerPolicy(a: Account, arn: string): ManagedPolicy {
  const policy = a.policies.find((p) => p.arn === arn);
  if (!policy) throw new ApiError('NoSuchEntity', `Policy ${arn} does not exist or is not attachable.`);
  return policy;
}

/** The document of an AWS managed policy; throws PolicyDocumentPending while it is not loaded. */
export function awsPolicyDocument(arn: string): string {
  const document = awsManagedPolicyDocument(arn);
  if (document === undefined) throw new PolicyDocumentPending(arn);
  return document;
}

/** The default version's document of a customer or AWS managed policy (see awsPolicyDocument). */
export function managedPolicyDocument(s: Scenario, arn: string): string {
  if (isAwsManagedPolicyArn(arn)) return awsPolicyDocument(arn);
  const accountId = arn.split(':')[4];
  const policy = getCustomerPolicy(getAccount(s, accountId), arn);
  return policy.versions.find((v) => v.versionId === policy.defaultVersionId)!.document;
}

/** True if a managed policy ARN names a customer policy in the account or an AWS managed policy. */
export const managedPolicyExists = (a: Account, arn: string): boolean =>
  isAwsManagedPolicyArn(arn) || a.policies.some((p) => p.arn === arn);

/** The ARN a request is made as: the root ARN, the user ARN, or the assumed-role session ARN. */
export function callerArn(s: Scenario, identity: Identity): string {
  switch (identity.type) {
    case 'root':
      return rootArn(identity.accountId);
    case 'user':
      return getUser(getAccount(s, identity.accountId), identity.userName).arn;
    case 'assumedRole':
      return assumedRoleArn(identity.accountId, identity.roleName, identity.sessionName);
  }
}

/** Where an identity's policies live: the user or role behind it (null for root). */
export function identityEntity(
  s: Scenario,
  identity: Identity,
): { user: User; role?: undefined } | { role: Role; user?: undefined } | null {
  const account = getAccount(s, identity.accountId);
  if (identity.type === 'user') return { user: getUser(account, identity.userName) };
  if (identity.type === 'assumedRole') return { role: getRole(account, identity.roleName) };
  return null;
}
