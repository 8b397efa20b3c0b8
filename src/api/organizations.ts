// AWS Organizations: the organization, its root and OUs, member accounts (create and move), and SCPs and
// RCPs (create, update, delete, attach, detach, enable), with Organizations' exception names.

import type { Organization, OrgPolicy, OrgPolicyType } from '../model';
import {
  awsManagedPolicyArn,
  DEFAULT_ORG_POLICY,
  emptyAccount,
  newAccountId,
  newOrganization,
  newOrgPolicyId,
  newOuId,
  newRole,
} from '../model';
import { ApiError } from './errors';
import type { Call } from './operation';
import { operation } from './operation';
import { checkPolicyDocument } from './policyDocuments';

const orgError = (code: string, message: string) => new ApiError(code, message);

/** The organization, or AWSOrganizationsNotInUseException. */
function orgOf(call: Call<unknown>): Organization {
  const org = call.scenario.organization;
  if (!org) throw orgError('AWSOrganizationsNotInUseException', 'Your account is not a member of an organization.');
  return org;
}

/** Only the management account may manage the organization. */
function managedOrg(call: Call<unknown>): Organization {
  const org = orgOf(call);
  if (call.identity.accountId !== org.managementAccountId)
    throw orgError('AccessDeniedException', "You don't have permissions to access this resource.");
  return org;
}

/** ARNs of organization resources, as Organizations formats them. */
export function orgArn(org: Organization, id: string): string {
  const base = `arn:aws:organizations::${org.managementAccountId}`;
  if (id === org.rootId) return `${base}:root/${org.id}/${id}`;
  if (id.startsWith('ou-')) return `${base}:ou/${org.id}/${id}`;
  if (/^\d{12}$/.test(id)) return `${base}:account/${org.id}/${id}`;
  const policy = org.policies.find((p) => p.id === id);
  const type = (policy?.type ?? 'SERVICE_CONTROL_POLICY').toLowerCase();
  return policy?.awsManaged
    ? `arn:aws:organizations::aws:policy/${type}/${id}`
    : `${base}:policy/${org.id}/${type}/${id}`;
}

const arnFor = (id: (p: never) => string) => (call: Call<never>) => {
  const org = call.scenario.organization;
  return org ? orgArn(org, id(call.params)) : '*';
};

const isParent = (org: Organization, id: string) => id === org.rootId || org.units.some((u) => u.id === id);
const isTarget = (org: Organization, id: string) => isParent(org, id) || org.accounts.some((a) => a.accountId === id);

/** The depth of an OU below the root (children of the root are at depth 1). */
const depth = (org: Organization, id: string): number =>
  id === org.rootId ? 0 : 1 + depth(org, org.units.find((u) => u.id === id)!.parentId);

/** The PolicySummary structure. */
export interface PolicySummary {
  Id: string;
  Arn: string;
  Name: string;
  Description: string;
  Type: OrgPolicyType;
  AwsManaged: boolean;
}

const summary = (org: Organization, p: OrgPolicy): PolicySummary => ({
  Id: p.id,
  Arn: orgArn(org, p.id),
  Name: p.name,
  Description: p.description,
  Type: p.type,
  AwsManaged: p.awsManaged,
});

function getPolicy(org: Organization, id: string): OrgPolicy {
  const p = org.policies.find((x) => x.id === id);
  if (!p) throw orgError('PolicyNotFoundException', "We can't find a policy with the PolicyId that you specified.");
  return p;
}

/** Attaches the AWS default policy of every enabled type to a new OU or account, as AWS does. */
const attachDefaults = (org: Organization, targetId: string) => {
  for (const type of org.enabledPolicyTypes) org.attachments.push({ policyId: DEFAULT_ORG_POLICY[type].id, targetId });
};

/** Organizations policy content limit in characters. */
export const ORG_POLICY_MAX_SIZE = 5120;
/** At most five SCPs (or RCPs) attached to one root, OU or account. */
export const MAX_POLICIES_PER_TARGET = 5;
/** OUs nest at most five levels below the root. */
export const MAX_OU_DEPTH = 5;

const kindOf = (type: OrgPolicyType) => (type === 'SERVICE_CONTROL_POLICY' ? 'scp' : 'rcp');

/** Organizations operations. */
export const organizationsOperations = {
  CreateOrganization: operation<
    { FeatureSet?: 'ALL' },
    { Organization: { Id: string; Arn: string; FeatureSet: 'ALL'; MasterAccountId: string } }
  >({
    action: 'organizations:CreateOrganization',
    run(call) {
      if (call.scenario.organization)
        throw orgError(
          'AlreadyInOrganizationException',
          'The provided account is already a member of an organization.',
        );
      const org = newOrganization(call.ctx.env, call.account.id);
      call.scenario.organization = org;
      return {
        Organization: {
          Id: org.id,
          Arn: `arn:aws:organizations::${org.managementAccountId}:organization/${org.id}`,
          FeatureSet: 'ALL',
          MasterAccountId: org.managementAccountId,
        },
      };
    },
  }),
  DescribeOrganization: operation<
    Record<string, never>,
    {
      Organization: { Id: string; Arn: string; FeatureSet: 'ALL'; MasterAccountId: string; MasterAccountEmail: string };
    }
  >({
    action: 'organizations:DescribeOrganization',
    run(call) {
      const org = orgOf(call);
      const mgmt = call.scenario.accounts.find((a) => a.id === org.managementAccountId)!;
      return {
        Organization: {
          Id: org.id,
          Arn: `arn:aws:organizations::${org.managementAccountId}:organization/${org.id}`,
          FeatureSet: 'ALL',
          MasterAccountId: mgmt.id,
          MasterAccountEmail: mgmt.root.email,
        },
      };
    },
  }),
  ListRoots: operation<
    Record<string, never>,
    { Roots: { Id: string; Arn: string; Name: 'Root'; PolicyTypes: { Type: OrgPolicyType; Status: 'ENABLED' }[] }[] }
  >({
    action: 'organizations:ListRoots',
    run(call) {
      const org = managedOrg(call);
      return {
        Roots: [
          {
            Id: org.rootId,
            Arn: orgArn(org, org.rootId),
            Name: 'Root',
            PolicyTypes: org.enabledPolicyTypes.map((Type) => ({ Type, Status: 'ENABLED' as const })),
          },
        ],
      };
    },
  }),
  CreateOrganizationalUnit: operation<
    { ParentId: string; Name: string },
    { OrganizationalUnit: { Id: string; Arn: string; Name: string } }
  >({
    action: 'organizations:CreateOrganizationalUnit',
    resource: arnFor((p: { ParentId: string }) => p.ParentId),
    run(call) {
      const org = managedOrg(call);
      const { ParentId, Name } = call.params;
      if (!isParent(org, ParentId))
        throw orgError('ParentNotFoundException', "We can't find a root or OU with the ParentId that you specified.");
      if (!/^.{1,128}$/s.test(Name))
        throw orgError('InvalidInputException', 'The OU name must be 1 to 128 characters long.');
      if (org.units.some((u) => u.parentId === ParentId && u.name === Name))
        throw orgError('DuplicateOrganizationalUnitException', 'An OU with the same name already exists.');
      if (depth(org, ParentId) + 1 > MAX_OU_DEPTH)
        throw orgError(
          'ConstraintViolationException',
          'You attempted to create an OU tree that is too many levels deep (OU_DEPTH_LIMIT_EXCEEDED).',
        );
      const id = newOuId(call.ctx.env, org.rootId);
      org.units.push({ id, name: Name, parentId: ParentId });
      attachDefaults(org, id);
      return { OrganizationalUnit: { Id: id, Arn: orgArn(org, id), Name } };
    },
  }),
  UpdateOrganizationalUnit: operation<
    { OrganizationalUnitId: string; Name: string },
    { OrganizationalUnit: { Id: string; Arn: string; Name: string } }
  >({
    action: 'organizations:UpdateOrganizationalUnit',
    resource: arnFor((p: { OrganizationalUnitId: string }) => p.OrganizationalUnitId),
    run(call) {
      const org = managedOrg(call);
      const unit = org.units.find((u) => u.id === call.params.OrganizationalUnitId);
      if (!unit)
        throw orgError(
          'OrganizationalUnitNotFoundException',
          "We can't find an OU with the OrganizationalUnitId that you specified.",
        );
      unit.name = call.params.Name;
      return { OrganizationalUnit: { Id: unit.id, Arn: orgArn(org, unit.id), Name: unit.name } };
    },
  }),
  DeleteOrganizationalUnit: operation<{ OrganizationalUnitId: string }, object>({
    action: 'organizations:DeleteOrganizationalUnit',
    resource: arnFor((p: { OrganizationalUnitId: string }) => p.OrganizationalUnitId),
    run(call) {
      const org = managedOrg(call);
      const id = call.params.OrganizationalUnitId;
      if (!org.units.some((u) => u.id === id))
        throw orgError(
          'OrganizationalUnitNotFoundException',
          "We can't find an OU with the OrganizationalUnitId that you specified.",
        );
      if (org.units.some((u) => u.parentId === id) || org.accounts.some((a) => a.parentId === id))
        throw orgError(
          'OrganizationalUnitNotEmptyException',
          'The specified OU is not empty. Move all accounts to another root or OU and delete all child OUs, and try the operation again.',
        );
      org.units = org.units.filter((u) => u.id !== id);
      org.attachments = org.attachments.filter((x) => x.targetId !== id);
      return {};
    },
  }),
  ListOrganizationalUnitsForParent: operation<
    { ParentId: string },
    { OrganizationalUnits: { Id: string; Arn: string; Name: string }[] }
  >({
    action: 'organizations:ListOrganizationalUnitsForParent',
    resource: arnFor((p: { ParentId: string }) => p.ParentId),
    run(call) {
      const org = managedOrg(call);
      if (!isParent(org, call.params.ParentId))
        throw orgError('ParentNotFoundException', "We can't find a root or OU with the ParentId that you specified.");
      return {
        OrganizationalUnits: org.units
          .filter((u) => u.parentId === call.params.ParentId)
          .map((u) => ({ Id: u.id, Arn: orgArn(org, u.id), Name: u.name })),
      };
    },
  }),
  ListAccounts: operation<
    Record<string, never>,
    { Accounts: { Id: string; Arn: string; Name: string; Email: string; Status: 'ACTIVE' }[] }
  >({
    action: 'organizations:ListAccounts',
    run(call) {
      const org = managedOrg(call);
      return {
        Accounts: org.accounts.map((m) => {
          const a = call.scenario.accounts.find((x) => x.id === m.accountId)!;
          return { Id: a.id, Arn: orgArn(org, a.id), Name: a.name, Email: a.root.email, Status: 'ACTIVE' as const };
        }),
      };
    },
  }),
  ListAccountsForParent: operation<{ ParentId: string }, { Accounts: { Id: string; Arn: string; Name: string }[] }>({
    action: 'organizations:ListAccountsForParent',
    resource: arnFor((p: { ParentId: string }) => p.ParentId),
    run(call) {
      const org = managedOrg(call);
      if (!isParent(org, call.params.ParentId))
        throw orgError('ParentNotFoundException', "We can't find a root or OU with the ParentId that you specified.");
      return {
        Accounts: org.accounts
          .filter((m) => m.parentId === call.params.ParentId)
          .map((m) => ({
            Id: m.accountId,
            Arn: orgArn(org, m.accountId),
            Name: call.scenario.accounts.find((a) => a.id === m.accountId)!.name,
          })),
      };
    },
  }),
  DescribeAccount: operation<
    { AccountId: string },
    { Account: { Id: string; Arn: string; Name: string; Email: string; Status: 'ACTIVE' } }
  >({
    action: 'organizations:DescribeAccount',
    resource: arnFor((p: { AccountId: string }) => p.AccountId),
    run(call) {
      const org = managedOrg(call);
      const account =
        org.accounts.some((m) => m.accountId === call.params.AccountId) &&
        call.scenario.accounts.find((a) => a.id === call.params.AccountId);
      if (!account)
        throw orgError(
          'AccountNotFoundException',
          "We can't find an AWS account with the AccountId that you specified.",
        );
      return {
        Account: {
          Id: account.id,
          Arn: orgArn(org, account.id),
          Name: account.name,
          Email: account.root.email,
          Status: 'ACTIVE',
        },
      };
    },
  }),
  ListParents: operation<{ ChildId: string }, { Parents: { Id: string; Type: 'ROOT' | 'ORGANIZATIONAL_UNIT' }[] }>({
    action: 'organizations:ListParents',
    run(call) {
      const org = managedOrg(call);
      const parentId =
        org.accounts.find((a) => a.accountId === call.params.ChildId)?.parentId ??
        org.units.find((u) => u.id === call.params.ChildId)?.parentId;
      if (!parentId)
        throw orgError(
          'ChildNotFoundException',
          "We can't find an organizational unit (OU) or AWS account with the ChildId that you specified.",
        );
      return { Parents: [{ Id: parentId, Type: parentId === org.rootId ? 'ROOT' : 'ORGANIZATIONAL_UNIT' }] };
    },
  }),
  RemoveAccountFromOrganization: operation<{ AccountId: string }, object>({
    action: 'organizations:RemoveAccountFromOrganization',
    resource: arnFor((p: { AccountId: string }) => p.AccountId),
    run(call) {
      const org = managedOrg(call);
      const id = call.params.AccountId;
      if (!org.accounts.some((a) => a.accountId === id))
        throw orgError(
          'AccountNotFoundException',
          "We can't find an AWS account with the AccountId that you specified.",
        );
      if (id === org.managementAccountId)
        throw orgError(
          'MasterCannotLeaveOrganizationException',
          "You can't remove a management account from an organization. If you want the management account to become a member account in another organization, you must first delete the current organization of the management account.",
        );
      org.accounts = org.accounts.filter((a) => a.accountId !== id);
      org.attachments = org.attachments.filter((x) => x.targetId !== id);
      return {};
    },
  }),
  DeleteOrganization: operation<Record<string, never>, object>({
    action: 'organizations:DeleteOrganization',
    run(call) {
      const org = managedOrg(call);
      if (org.accounts.length > 1)
        throw orgError(
          'OrganizationNotEmptyException',
          "The organization isn't empty. To delete an organization, you must first remove all accounts except the management account.",
        );
      call.scenario.organization = null;
      return {};
    },
  }),
  CreateAccount: operation<
    { AccountName: string; Email: string; RoleName?: string },
    { CreateAccountStatus: { State: 'SUCCEEDED'; AccountName: string; AccountId: string; CompletedTimestamp: string } }
  >({
    action: 'organizations:CreateAccount',
    run(call) {
      const org = managedOrg(call);
      let id = newAccountId(call.ctx.env);
      while (call.scenario.accounts.some((a) => a.id === id)) id = newAccountId(call.ctx.env);
      const account = emptyAccount(id, call.params.AccountName, call.params.Email);
      // AWS creates a role in the new account that administrators of the management account can assume.
      const trust = JSON.stringify(
        {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { AWS: `arn:aws:iam::${org.managementAccountId}:root` },
              Action: 'sts:AssumeRole',
            },
          ],
        },
        null,
        2,
      );
      const role = newRole(call.ctx.env, id, call.params.RoleName ?? 'OrganizationAccountAccessRole', trust);
      role.createdAt = call.now;
      role.attachedPolicies = [awsManagedPolicyArn('/', 'AdministratorAccess')];
      account.roles.push(role);
      call.scenario.accounts.push(account);
      org.accounts.push({ accountId: id, parentId: org.rootId });
      attachDefaults(org, id);
      return {
        CreateAccountStatus: {
          State: 'SUCCEEDED',
          AccountName: call.params.AccountName,
          AccountId: id,
          CompletedTimestamp: call.now,
        },
      };
    },
  }),
  MoveAccount: operation<{ AccountId: string; SourceParentId: string; DestinationParentId: string }, object>({
    action: 'organizations:MoveAccount',
    resource: arnFor((p: { AccountId: string }) => p.AccountId),
    run(call) {
      const org = managedOrg(call);
      const { AccountId, SourceParentId, DestinationParentId } = call.params;
      const member = org.accounts.find((a) => a.accountId === AccountId);
      if (!member)
        throw orgError(
          'AccountNotFoundException',
          "We can't find an AWS account with the AccountId that you specified.",
        );
      if (!isParent(org, SourceParentId))
        throw orgError(
          'SourceParentNotFoundException',
          "We can't find a source root or OU with the ParentId that you specified.",
        );
      if (!isParent(org, DestinationParentId))
        throw orgError(
          'DestinationParentNotFoundException',
          "We can't find a destination root or OU with the ParentId that you specified.",
        );
      if (member.parentId !== SourceParentId)
        throw orgError('AccountNotFoundException', 'The account is not in the source parent that you specified.');
      if (SourceParentId === DestinationParentId)
        throw orgError('DuplicateAccountException', 'That account is already present in the specified destination.');
      member.parentId = DestinationParentId;
      return {};
    },
  }),
  CreatePolicy: operation<
    { Name: string; Description?: string; Content: string; Type: OrgPolicyType },
    { Policy: { PolicySummary: PolicySummary; Content: string } }
  >({
    action: 'organizations:CreatePolicy',
    run(call) {
      const org = managedOrg(call);
      const { Name, Content, Type } = call.params;
      if (org.policies.some((p) => p.type === Type && p.name === Name))
        throw orgError('DuplicatePolicyException', 'A policy with the same name already exists.');
      if (Content.length > ORG_POLICY_MAX_SIZE)
        throw orgError(
          'ConstraintViolationException',
          'The policy content is larger than the maximum size (POLICY_CONTENT_LIMIT_EXCEEDED).',
        );
      try {
        checkPolicyDocument(call.ctx, Content, kindOf(Type));
      } catch (e) {
        throw orgError('MalformedPolicyDocumentException', (e as Error).message);
      }
      const policy: OrgPolicy = {
        id: newOrgPolicyId(call.ctx.env),
        name: Name,
        type: Type,
        description: call.params.Description ?? '',
        content: Content,
        awsManaged: false,
      };
      org.policies.push(policy);
      return { Policy: { PolicySummary: summary(org, policy), Content } };
    },
  }),
  UpdatePolicy: operation<
    { PolicyId: string; Name?: string; Description?: string; Content?: string },
    { Policy: { PolicySummary: PolicySummary; Content: string } }
  >({
    action: 'organizations:UpdatePolicy',
    resource: arnFor((p: { PolicyId: string }) => p.PolicyId),
    run(call) {
      const org = managedOrg(call);
      const policy = getPolicy(org, call.params.PolicyId);
      if (policy.awsManaged)
        throw orgError('PolicyChangesInProgressException', 'AWS managed policies cannot be changed.');
      if (call.params.Content !== undefined) {
        try {
          checkPolicyDocument(call.ctx, call.params.Content, kindOf(policy.type));
        } catch (e) {
          throw orgError('MalformedPolicyDocumentException', (e as Error).message);
        }
        policy.content = call.params.Content;
      }
      policy.name = call.params.Name ?? policy.name;
      policy.description = call.params.Description ?? policy.description;
      return { Policy: { PolicySummary: summary(org, policy), Content: policy.content } };
    },
  }),
  DeletePolicy: operation<{ PolicyId: string }, object>({
    action: 'organizations:DeletePolicy',
    resource: arnFor((p: { PolicyId: string }) => p.PolicyId),
    run(call) {
      const org = managedOrg(call);
      const policy = getPolicy(org, call.params.PolicyId);
      if (policy.awsManaged) throw orgError('AccessDeniedException', 'AWS managed policies cannot be deleted.');
      if (org.attachments.some((x) => x.policyId === policy.id))
        throw orgError(
          'PolicyInUseException',
          'The policy is attached to one or more entities. You must detach it from all roots, OUs, and accounts before performing this operation.',
        );
      org.policies = org.policies.filter((p) => p !== policy);
      return {};
    },
  }),
  DescribePolicy: operation<{ PolicyId: string }, { Policy: { PolicySummary: PolicySummary; Content: string } }>({
    action: 'organizations:DescribePolicy',
    resource: arnFor((p: { PolicyId: string }) => p.PolicyId),
    run(call) {
      const org = managedOrg(call);
      const policy = getPolicy(org, call.params.PolicyId);
      return { Policy: { PolicySummary: summary(org, policy), Content: policy.content } };
    },
  }),
  ListPolicies: operation<{ Filter: OrgPolicyType }, { Policies: PolicySummary[] }>({
    action: 'organizations:ListPolicies',
    run(call) {
      const org = managedOrg(call);
      return { Policies: org.policies.filter((p) => p.type === call.params.Filter).map((p) => summary(org, p)) };
    },
  }),
  ListPoliciesForTarget: operation<{ TargetId: string; Filter: OrgPolicyType }, { Policies: PolicySummary[] }>({
    action: 'organizations:ListPoliciesForTarget',
    resource: arnFor((p: { TargetId: string }) => p.TargetId),
    run(call) {
      const org = managedOrg(call);
      if (!isTarget(org, call.params.TargetId))
        throw orgError(
          'TargetNotFoundException',
          "We can't find a root, OU, account, or policy with the TargetId that you specified.",
        );
      const ids = org.attachments.filter((x) => x.targetId === call.params.TargetId).map((x) => x.policyId);
      return {
        Policies: org.policies
          .filter((p) => ids.includes(p.id) && p.type === call.params.Filter)
          .map((p) => summary(org, p)),
      };
    },
  }),
  ListTargetsForPolicy: operation<
    { PolicyId: string },
    { Targets: { TargetId: string; Arn: string; Type: 'ROOT' | 'ORGANIZATIONAL_UNIT' | 'ACCOUNT' }[] }
  >({
    action: 'organizations:ListTargetsForPolicy',
    resource: arnFor((p: { PolicyId: string }) => p.PolicyId),
    run(call) {
      const org = managedOrg(call);
      getPolicy(org, call.params.PolicyId);
      const typeOf = (id: string) =>
        (id === org.rootId ? 'ROOT' : id.startsWith('ou-') ? 'ORGANIZATIONAL_UNIT' : 'ACCOUNT') as
          'ROOT' | 'ORGANIZATIONAL_UNIT' | 'ACCOUNT';
      return {
        Targets: org.attachments
          .filter((x) => x.policyId === call.params.PolicyId)
          .map((x) => ({ TargetId: x.targetId, Arn: orgArn(org, x.targetId), Type: typeOf(x.targetId) })),
      };
    },
  }),
  AttachPolicy: operation<{ PolicyId: string; TargetId: string }, object>({
    action: 'organizations:AttachPolicy',
    resource: arnFor((p: { PolicyId: string }) => p.PolicyId),
    run(call) {
      const org = managedOrg(call);
      const policy = getPolicy(org, call.params.PolicyId);
      const target = call.params.TargetId;
      if (!isTarget(org, target))
        throw orgError(
          'TargetNotFoundException',
          "We can't find a root, OU, account, or policy with the TargetId that you specified.",
        );
      if (!org.enabledPolicyTypes.includes(policy.type))
        throw orgError(
          'PolicyTypeNotEnabledException',
          'This operation can be performed only for enabled policy types.',
        );
      if (org.attachments.some((x) => x.policyId === policy.id && x.targetId === target))
        throw orgError(
          'DuplicatePolicyAttachmentException',
          'The selected policy is already attached to the specified target.',
        );
      const sameType = org.attachments.filter(
        (x) => x.targetId === target && org.policies.find((p) => p.id === x.policyId)?.type === policy.type,
      );
      if (sameType.length >= MAX_POLICIES_PER_TARGET)
        throw orgError(
          'ConstraintViolationException',
          'You have attached the maximum number of policies of this type to the entity (POLICY_NUMBER_LIMIT_EXCEEDED).',
        );
      org.attachments.push({ policyId: policy.id, targetId: target });
      return {};
    },
  }),
  DetachPolicy: operation<{ PolicyId: string; TargetId: string }, object>({
    action: 'organizations:DetachPolicy',
    resource: arnFor((p: { PolicyId: string }) => p.PolicyId),
    run(call) {
      const org = managedOrg(call);
      const policy = getPolicy(org, call.params.PolicyId);
      const target = call.params.TargetId;
      if (!org.attachments.some((x) => x.policyId === policy.id && x.targetId === target))
        throw orgError(
          'PolicyNotAttachedException',
          "The policy isn't attached to the specified target in the specified root.",
        );
      if (policy.awsManaged && policy.type === 'RESOURCE_CONTROL_POLICY')
        throw orgError('ConstraintViolationException', 'The RCPFullAWSAccess policy cannot be detached.');
      const remaining = org.attachments.filter(
        (x) =>
          x.targetId === target &&
          x.policyId !== policy.id &&
          org.policies.find((p) => p.id === x.policyId)?.type === policy.type,
      );
      if (policy.type === 'SERVICE_CONTROL_POLICY' && remaining.length === 0)
        throw orgError(
          'ConstraintViolationException',
          'Every root, OU and account must have at least one SCP attached (MIN_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED).',
        );
      org.attachments = org.attachments.filter((x) => !(x.policyId === policy.id && x.targetId === target));
      return {};
    },
  }),
  EnablePolicyType: operation<{ RootId: string; PolicyType: OrgPolicyType }, object>({
    action: 'organizations:EnablePolicyType',
    resource: arnFor((p: { RootId: string }) => p.RootId),
    run(call) {
      const org = managedOrg(call);
      if (call.params.RootId !== org.rootId)
        throw orgError('RootNotFoundException', "We can't find a root with the RootId that you specified.");
      if (org.enabledPolicyTypes.includes(call.params.PolicyType))
        throw orgError('PolicyTypeAlreadyEnabledException', 'The specified policy type is already enabled.');
      org.enabledPolicyTypes.push(call.params.PolicyType);
      const policy = DEFAULT_ORG_POLICY[call.params.PolicyType];
      if (!org.policies.some((p) => p.id === policy.id)) org.policies.push(policy);
      for (const target of [org.rootId, ...org.units.map((u) => u.id), ...org.accounts.map((a) => a.accountId)])
        org.attachments.push({ policyId: policy.id, targetId: target });
      return {};
    },
  }),
  DisablePolicyType: operation<{ RootId: string; PolicyType: OrgPolicyType }, object>({
    action: 'organizations:DisablePolicyType',
    resource: arnFor((p: { RootId: string }) => p.RootId),
    run(call) {
      const org = managedOrg(call);
      if (!org.enabledPolicyTypes.includes(call.params.PolicyType))
        throw orgError(
          'PolicyTypeNotEnabledException',
          'This operation can be performed only for enabled policy types.',
        );
      org.enabledPolicyTypes = org.enabledPolicyTypes.filter((t) => t !== call.params.PolicyType);
      const ofType = new Set(org.policies.filter((p) => p.type === call.params.PolicyType).map((p) => p.id));
      org.attachments = org.attachments.filter((x) => !ofType.has(x.policyId));
      return {};
    },
  }),
};
