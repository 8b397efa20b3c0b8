// Inline and attached managed policies of users, groups and roles: one implementation, three entity kinds
// (PutUserPolicy/PutGroupPolicy/PutRolePolicy, AttachUserPolicy/…, ListAttachedRolePolicies/…).

import type { Account, Principal, Role } from '../model';
import { GROUP_OR_POLICY_NAME, INLINE_POLICY_NAME, USER_OR_ROLE_NAME } from '../model';
import { ApiError, limitExceeded, unmodifiable } from './errors';
import { getGroup, getRole, getUser, managedPolicyExists } from './lookup';
import type { Call, Operation } from './operation';
import { operation } from './operation';
import { checkPolicyDocument, policySize } from './policyDocuments';
import { QUOTAS } from './quotas';
import { checkPattern } from './validate';

/** The three kinds of IAM principals that hold policies. */
export type PrincipalKind = 'User' | 'Group' | 'Role';

interface KindSpec {
  get(a: Account, name: string): Principal;
  namePattern: RegExp;
  inlineQuota: keyof typeof QUOTAS;
  attachedQuota: keyof typeof QUOTAS;
}

const KINDS: Record<PrincipalKind, KindSpec> = {
  User: {
    get: getUser,
    namePattern: USER_OR_ROLE_NAME,
    inlineQuota: 'UserPolicySize',
    attachedQuota: 'AttachedPoliciesPerUser',
  },
  Group: {
    get: getGroup,
    namePattern: GROUP_OR_POLICY_NAME,
    inlineQuota: 'GroupPolicySize',
    attachedQuota: 'AttachedPoliciesPerGroup',
  },
  Role: {
    get: getRole,
    namePattern: USER_OR_ROLE_NAME,
    inlineQuota: 'RolePolicySize',
    attachedQuota: 'AttachedPoliciesPerRole',
  },
};

type NameParam<K extends PrincipalKind> = { [F in `${K}Name`]: string };

const nameOf = <K extends PrincipalKind>(kind: K, params: NameParam<K>): string =>
  (params as Record<string, string>)[`${kind}Name`];

/** The entity a call names, refusing changes to service-linked roles. */
function target<K extends PrincipalKind>(kind: K, call: Call<NameParam<K>>, modifying: boolean): Principal {
  const entity = KINDS[kind].get(call.account, nameOf(kind, call.params));
  if (modifying && kind === 'Role' && (entity as Role).serviceLinked) throw unmodifiable(entity.name);
  return entity;
}

/** The ARN of the named entity (or the ARN it would have at path `/`), for authorization. */
const resourceOf =
  <K extends PrincipalKind>(kind: K) =>
  (call: Call<NameParam<K>>): string => {
    const name = nameOf(kind, call.params);
    const list: Principal[] =
      kind === 'User' ? call.account.users : kind === 'Group' ? call.account.groups : call.account.roles;
    return list.find((e) => e.name === name)?.arn ?? `arn:aws:iam::${call.account.id}:${kind.toLowerCase()}/${name}`;
  };

type Named<K extends PrincipalKind> = NameParam<K> & { PolicyName: string };
type Attach<K extends PrincipalKind> = NameParam<K> & { PolicyArn: string };

/** The inline policy operations of one kind, typed by name. */
export type InlinePolicyOperations<K extends PrincipalKind> = {
  [N in `Put${K}Policy`]: Operation<Named<K> & { PolicyDocument: string }, object>;
} & { [N in `Get${K}Policy`]: Operation<Named<K>, { PolicyName: string; PolicyDocument: string } & NameParam<K>> } & {
  [N in `Delete${K}Policy`]: Operation<Named<K>, object>;
} & { [N in `List${K}Policies`]: Operation<NameParam<K>, { PolicyNames: string[]; IsTruncated: false }> };

/** The managed policy attachment operations of one kind, typed by name. */
export type AttachedPolicyOperations<K extends PrincipalKind> = {
  [N in `Attach${K}Policy` | `Detach${K}Policy`]: Operation<Attach<K>, object>;
} & {
  [N in `ListAttached${K}Policies`]: Operation<
    NameParam<K>,
    { AttachedPolicies: { PolicyName: string; PolicyArn: string }[]; IsTruncated: false }
  >;
};

/** Put/Get/Delete/List inline policy operations for one principal kind. */
export function inlinePolicyOperations<K extends PrincipalKind>(kind: K) {
  const spec = KINDS[kind];
  const resource = resourceOf(kind);
  return {
    [`Put${kind}Policy`]: operation<Named<K> & { PolicyDocument: string }, object>({
      action: `iam:Put${kind}Policy`,
      resource,
      validate: ({ params: p }) => {
        checkPattern(nameOf(kind, p), `${kind.toLowerCase()}Name`, spec.namePattern);
        checkPattern(p.PolicyName, 'policyName', INLINE_POLICY_NAME);
      },
      run(call) {
        const entity = target(kind, call, true);
        checkPolicyDocument(call.ctx, call.params.PolicyDocument, 'identity');
        const others = entity.inlinePolicies.filter((x) => x.name !== call.params.PolicyName);
        const total = [...others.map((x) => x.document), call.params.PolicyDocument].reduce(
          (n, d) => n + policySize(d),
          0,
        );
        if (total > QUOTAS[spec.inlineQuota]) throw limitExceeded(spec.inlineQuota, QUOTAS[spec.inlineQuota]);
        entity.inlinePolicies = [...others, { name: call.params.PolicyName, document: call.params.PolicyDocument }];
        return {};
      },
    }),
    [`Get${kind}Policy`]: operation<Named<K>, Record<string, string>>({
      action: `iam:Get${kind}Policy`,
      resource,
      run(call) {
        const entity = target(kind, call, false);
        const policy = entity.inlinePolicies.find((x) => x.name === call.params.PolicyName);
        if (!policy)
          throw new ApiError(
            'NoSuchEntity',
            `The ${kind.toLowerCase()} policy with name ${call.params.PolicyName} cannot be found.`,
          );
        return {
          [`${kind}Name`]: entity.name,
          PolicyName: policy.name,
          PolicyDocument: encodeURIComponent(policy.document),
        };
      },
    }),
    [`Delete${kind}Policy`]: operation<Named<K>, object>({
      action: `iam:Delete${kind}Policy`,
      resource,
      run(call) {
        const entity = target(kind, call, true);
        if (!entity.inlinePolicies.some((x) => x.name === call.params.PolicyName))
          throw new ApiError(
            'NoSuchEntity',
            `The ${kind.toLowerCase()} policy with name ${call.params.PolicyName} cannot be found.`,
          );
        entity.inlinePolicies = entity.inlinePolicies.filter((x) => x.name !== call.params.PolicyName);
        return {};
      },
    }),
    [`List${kind}Policies`]: operation<NameParam<K>, { PolicyNames: string[]; IsTruncated: false }>({
      action: `iam:List${kind}Policies`,
      resource,
      run: (call) => ({
        PolicyNames: target(kind, call, false)
          .inlinePolicies.map((x) => x.name)
          .sort(),
        IsTruncated: false,
      }),
    }),
  } as unknown as InlinePolicyOperations<K>;
}

/** Attach/Detach/ListAttached managed policy operations for one principal kind. */
export function attachedPolicyOperations<K extends PrincipalKind>(kind: K) {
  const spec = KINDS[kind];
  const resource = resourceOf(kind);
  return {
    [`Attach${kind}Policy`]: operation<Attach<K>, object>({
      action: `iam:Attach${kind}Policy`,
      resource,
      context: (call) => ({ 'iam:PolicyARN': call.params.PolicyArn }),
      run(call) {
        const entity = target(kind, call, true);
        const arn = call.params.PolicyArn;
        if (!managedPolicyExists(call.account, arn))
          throw new ApiError('NoSuchEntity', `Policy ${arn} does not exist or is not attachable.`);
        if (entity.attachedPolicies.includes(arn)) return {};
        if (entity.attachedPolicies.length >= QUOTAS[spec.attachedQuota])
          throw limitExceeded(spec.attachedQuota, QUOTAS[spec.attachedQuota]);
        entity.attachedPolicies = [...entity.attachedPolicies, arn].sort();
        return {};
      },
    }),
    [`Detach${kind}Policy`]: operation<Attach<K>, object>({
      action: `iam:Detach${kind}Policy`,
      resource,
      context: (call) => ({ 'iam:PolicyARN': call.params.PolicyArn }),
      run(call) {
        const entity = target(kind, call, true);
        if (!entity.attachedPolicies.includes(call.params.PolicyArn))
          throw new ApiError('NoSuchEntity', `Policy ${call.params.PolicyArn} was not found.`);
        entity.attachedPolicies = entity.attachedPolicies.filter((a) => a !== call.params.PolicyArn);
        return {};
      },
    }),
    [`ListAttached${kind}Policies`]: operation<
      NameParam<K>,
      { AttachedPolicies: { PolicyName: string; PolicyArn: string }[]; IsTruncated: false }
    >({
      action: `iam:ListAttached${kind}Policies`,
      resource,
      run: (call) => ({
        AttachedPolicies: target(kind, call, false).attachedPolicies.map((arn) => ({
          PolicyName: arn.slice(arn.lastIndexOf('/') + 1),
          PolicyArn: arn,
        })),
        IsTruncated: false,
      }),
    }),
  } as unknown as AttachedPolicyOperations<K>;
}
