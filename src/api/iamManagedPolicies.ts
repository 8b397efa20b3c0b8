// Customer managed policies and their versions, and listing AWS managed ones: CreatePolicy, GetPolicy,
// DeletePolicy, ListPolicies, Create/Get/Delete/ListPolicyVersion(s), SetDefaultPolicyVersion,
// ListEntitiesForPolicy, TagPolicy, UntagPolicy, ListPolicyTags.

import type { Account, ManagedPolicy, Tag } from '../model';
import { AWS_MANAGED_POLICIES, findAwsManagedPolicy, GROUP_OR_POLICY_NAME, newManagedPolicy, pathArn } from '../model';
import { requestTagContext } from './context';
import { ApiError, deleteConflict, limitExceeded } from './errors';
import { awsPolicyDocument, getCustomerPolicy } from './lookup';
import type { Call } from './operation';
import { iamArn, operation } from './operation';
import { checkPolicyDocument, checkPolicySize } from './policyDocuments';
import { QUOTAS } from './quotas';
import type { PolicyShape } from './shapes';
import { policyShape } from './shapes';
import { sortedTags, tagOperations } from './tagging';
import { checkLength, checkPath, checkPattern, checkUniqueName, mergeTags } from './validate';

/** The PolicyVersion structure (document URL-encoded, as IAM returns it). */
export interface PolicyVersionShape {
  VersionId: string;
  IsDefaultVersion: boolean;
  CreateDate: string;
  Document?: string;
}

const usage = (a: Account, arn: string) => ({
  attachments: [...a.users, ...a.groups, ...a.roles].filter((e) => e.attachedPolicies.includes(arn)).length,
  boundaries: [...a.users, ...a.roles].filter((e) => e.permissionsBoundary === arn).length,
});

const shapeOf = (a: Account, p: ManagedPolicy): PolicyShape => {
  const u = usage(a, p.arn);
  return policyShape(p, u.attachments, u.boundaries);
};

/** An AWS managed policy as a Policy structure, with this account's attachment counts. */
function awsPolicyShape(a: Account, arn: string): PolicyShape {
  const p = findAwsManagedPolicy(arn)!;
  const u = usage(a, arn);
  return {
    PolicyName: p.name,
    // AWS's own ids of its managed policies are not in the generated data; this stable stand-in keeps the format.
    PolicyId: `ANPA${p.name
      .toUpperCase()
      .replace(/[^A-Z0-9]/g, '')
      .padEnd(17, 'X')
      .slice(0, 17)}`,
    Arn: p.arn,
    Path: p.path,
    DefaultVersionId: p.versionId,
    AttachmentCount: u.attachments,
    PermissionsBoundaryUsageCount: u.boundaries,
    IsAttachable: true,
    CreateDate: p.createdAt,
    UpdateDate: p.updatedAt,
  };
}

const policyArn = (call: Call<{ PolicyArn: string }>) => call.params.PolicyArn;

/** A customer policy this call may change (AWS managed policies are read-only). */
function ownPolicy(call: Call<{ PolicyArn: string }>): ManagedPolicy {
  if (findAwsManagedPolicy(call.params.PolicyArn))
    throw new ApiError(
      'InvalidInput',
      `Policy ${call.params.PolicyArn} is an AWS managed policy and cannot be changed.`,
    );
  return getCustomerPolicy(call.account, call.params.PolicyArn);
}

const policyTags = tagOperations('Policy', { resource: policyArn, find: ownPolicy });

const versionShape = (p: ManagedPolicy, versionId: string, withDocument: boolean): PolicyVersionShape => {
  const v = p.versions.find((x) => x.versionId === versionId)!;
  return {
    VersionId: v.versionId,
    IsDefaultVersion: v.versionId === p.defaultVersionId,
    CreateDate: v.createdAt,
    ...(withDocument ? { Document: encodeURIComponent(v.document) } : {}),
  };
};

/** Operations on managed policies. */
export const iamManagedPolicyOperations = {
  CreatePolicy: operation<
    { PolicyName: string; PolicyDocument: string; Path?: string; Description?: string; Tags?: Tag[] },
    { Policy: PolicyShape }
  >({
    action: 'iam:CreatePolicy',
    resource: (call) => pathArn(call.account.id, 'policy', call.params.Path ?? '/', call.params.PolicyName),
    context: (call) => requestTagContext(call.params.Tags),
    validate: ({ params: p }) => {
      checkPattern(p.PolicyName, 'policyName', GROUP_OR_POLICY_NAME);
      checkPath(p.Path);
      if (p.Description !== undefined) checkLength(p.Description, 'description', 0, 1000);
    },
    run(call) {
      const { account, params } = call;
      checkUniqueName(
        account.policies.map((p) => p.name),
        params.PolicyName,
        'A policy',
      );
      if (account.policies.length >= QUOTAS.Policies) throw limitExceeded('Policies', QUOTAS.Policies);
      checkPolicyDocument(call.ctx, params.PolicyDocument, 'identity');
      checkPolicySize(params.PolicyDocument, 'PolicySize', QUOTAS.PolicySize);
      const policy = newManagedPolicy(call.ctx.env, account.id, params.PolicyName, params.PolicyDocument, {
        path: checkPath(params.Path),
        description: params.Description,
        tags: mergeTags([], params.Tags),
      });
      policy.createdAt = policy.updatedAt = policy.versions[0].createdAt = call.now;
      account.policies.push(policy);
      return { Policy: shapeOf(account, policy) };
    },
  }),
  GetPolicy: operation<{ PolicyArn: string }, { Policy: PolicyShape }>({
    action: 'iam:GetPolicy',
    resource: policyArn,
    run: (call) =>
      findAwsManagedPolicy(call.params.PolicyArn)
        ? { Policy: awsPolicyShape(call.account, call.params.PolicyArn) }
        : { Policy: shapeOf(call.account, getCustomerPolicy(call.account, call.params.PolicyArn)) },
  }),
  DeletePolicy: operation<{ PolicyArn: string }, object>({
    action: 'iam:DeletePolicy',
    resource: policyArn,
    run(call) {
      const policy = ownPolicy(call);
      const u = usage(call.account, policy.arn);
      if (u.attachments || u.boundaries) throw deleteConflict('detach all policies');
      if (policy.versions.length > 1)
        throw new ApiError(
          'DeleteConflict',
          "This policy has more than one version. Before you delete a policy, you must delete the policy's versions. The default version is deleted with the policy.",
        );
      call.account.policies = call.account.policies.filter((p) => p !== policy);
      return {};
    },
  }),
  ListPolicies: operation<
    {
      Scope?: 'All' | 'AWS' | 'Local';
      OnlyAttached?: boolean;
      PathPrefix?: string;
      PolicyUsageFilter?: 'PermissionsPolicy' | 'PermissionsBoundary';
    },
    { Policies: PolicyShape[]; IsTruncated: false }
  >({
    action: 'iam:ListPolicies',
    resource: (call) => iamArn(call, 'policy/'),
    run(call) {
      const scope = call.params.Scope ?? 'All';
      const all = [
        ...(scope === 'Local' ? [] : AWS_MANAGED_POLICIES.map((p) => awsPolicyShape(call.account, p.arn))),
        ...(scope === 'AWS' ? [] : call.account.policies.map((p) => shapeOf(call.account, p))),
      ];
      const filter = call.params.PolicyUsageFilter;
      const Policies = all
        .filter((p) => p.Path.startsWith(call.params.PathPrefix ?? '/'))
        .filter((p) => !call.params.OnlyAttached || p.AttachmentCount + p.PermissionsBoundaryUsageCount > 0)
        .filter(
          (p) =>
            !filter || (filter === 'PermissionsPolicy' ? p.AttachmentCount > 0 : p.PermissionsBoundaryUsageCount > 0),
        );
      return { Policies, IsTruncated: false };
    },
  }),
  CreatePolicyVersion: operation<
    { PolicyArn: string; PolicyDocument: string; SetAsDefault?: boolean },
    { PolicyVersion: PolicyVersionShape }
  >({
    action: 'iam:CreatePolicyVersion',
    resource: policyArn,
    run(call) {
      const policy = ownPolicy(call);
      if (policy.versions.length >= QUOTAS.VersionsPerPolicy)
        throw new ApiError(
          'LimitExceeded',
          `A managed policy can have up to ${QUOTAS.VersionsPerPolicy} versions. Before you create a new version, you must delete an existing version.`,
        );
      checkPolicyDocument(call.ctx, call.params.PolicyDocument, 'identity');
      checkPolicySize(call.params.PolicyDocument, 'PolicySize', QUOTAS.PolicySize);
      const versionId = `v${policy.nextVersion}`;
      policy.nextVersion += 1;
      policy.versions.push({ versionId, document: call.params.PolicyDocument, createdAt: call.now });
      if (call.params.SetAsDefault) policy.defaultVersionId = versionId;
      policy.updatedAt = call.now;
      return { PolicyVersion: versionShape(policy, versionId, false) };
    },
  }),
  GetPolicyVersion: operation<{ PolicyArn: string; VersionId: string }, { PolicyVersion: PolicyVersionShape }>({
    action: 'iam:GetPolicyVersion',
    resource: policyArn,
    run(call) {
      const aws = findAwsManagedPolicy(call.params.PolicyArn);
      if (aws) {
        if (aws.versionId !== call.params.VersionId)
          throw new ApiError(
            'NoSuchEntity',
            `Policy ${aws.arn} version ${call.params.VersionId} does not exist or is not attachable.`,
          );
        return {
          PolicyVersion: {
            VersionId: aws.versionId,
            IsDefaultVersion: true,
            CreateDate: aws.updatedAt,
            Document: encodeURIComponent(awsPolicyDocument(aws.arn)),
          },
        };
      }
      const policy = getCustomerPolicy(call.account, call.params.PolicyArn);
      if (!policy.versions.some((v) => v.versionId === call.params.VersionId))
        throw new ApiError(
          'NoSuchEntity',
          `Policy ${policy.arn} version ${call.params.VersionId} does not exist or is not attachable.`,
        );
      return { PolicyVersion: versionShape(policy, call.params.VersionId, true) };
    },
  }),
  DeletePolicyVersion: operation<{ PolicyArn: string; VersionId: string }, object>({
    action: 'iam:DeletePolicyVersion',
    resource: policyArn,
    run(call) {
      const policy = ownPolicy(call);
      if (!policy.versions.some((v) => v.versionId === call.params.VersionId))
        throw new ApiError(
          'NoSuchEntity',
          `Policy ${policy.arn} version ${call.params.VersionId} does not exist or is not deletable.`,
        );
      if (policy.defaultVersionId === call.params.VersionId)
        throw new ApiError('DeleteConflict', 'Cannot delete the default version of a policy.');
      policy.versions = policy.versions.filter((v) => v.versionId !== call.params.VersionId);
      return {};
    },
  }),
  ListPolicyVersions: operation<{ PolicyArn: string }, { Versions: PolicyVersionShape[]; IsTruncated: false }>({
    action: 'iam:ListPolicyVersions',
    resource: policyArn,
    run(call) {
      const policy = getCustomerPolicy(call.account, call.params.PolicyArn);
      return {
        Versions: [...policy.versions].reverse().map((v) => versionShape(policy, v.versionId, false)),
        IsTruncated: false,
      };
    },
  }),
  SetDefaultPolicyVersion: operation<{ PolicyArn: string; VersionId: string }, object>({
    action: 'iam:SetDefaultPolicyVersion',
    resource: policyArn,
    run(call) {
      const policy = ownPolicy(call);
      if (!policy.versions.some((v) => v.versionId === call.params.VersionId))
        throw new ApiError('NoSuchEntity', `Policy ${policy.arn} version ${call.params.VersionId} does not exist.`);
      policy.defaultVersionId = call.params.VersionId;
      policy.updatedAt = call.now;
      return {};
    },
  }),
  ListEntitiesForPolicy: operation<
    { PolicyArn: string },
    {
      PolicyGroups: { GroupName: string; GroupId: string }[];
      PolicyUsers: { UserName: string; UserId: string }[];
      PolicyRoles: { RoleName: string; RoleId: string }[];
      IsTruncated: false;
    }
  >({
    action: 'iam:ListEntitiesForPolicy',
    resource: policyArn,
    run(call) {
      const arn = call.params.PolicyArn;
      if (!findAwsManagedPolicy(arn)) getCustomerPolicy(call.account, arn);
      const a = call.account;
      return {
        PolicyGroups: a.groups
          .filter((g) => g.attachedPolicies.includes(arn))
          .map((g) => ({ GroupName: g.name, GroupId: g.id })),
        PolicyUsers: a.users
          .filter((u) => u.attachedPolicies.includes(arn))
          .map((u) => ({ UserName: u.name, UserId: u.id })),
        PolicyRoles: a.roles
          .filter((r) => r.attachedPolicies.includes(arn))
          .map((r) => ({ RoleName: r.name, RoleId: r.id })),
        IsTruncated: false,
      };
    },
  }),
  TagPolicy: policyTags.tag,
  UntagPolicy: policyTags.untag,
  // The console's Tags tab of a customer managed policy reads them with this call.
  ListPolicyTags: operation<{ PolicyArn: string }, { Tags: Tag[]; IsTruncated: false }>({
    action: 'iam:ListPolicyTags',
    resource: policyArn,
    run: (call) => ({
      Tags: sortedTags(getCustomerPolicy(call.account, call.params.PolicyArn).tags),
      IsTruncated: false,
    }),
  }),
};
