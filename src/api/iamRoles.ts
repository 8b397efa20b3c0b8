// IAM roles: CreateRole, GetRole, UpdateRole, UpdateRoleDescription, UpdateAssumeRolePolicy, DeleteRole,
// ListRoles and CreateServiceLinkedRole. Service-linked roles are read-only here, as in AWS, but for their
// description, which the User Guide lets you edit for any role ("Update a service-linked role").

import type { Tag } from '../model';
import { newRole, pathArn, SERVICE_LINKED_PATH_PREFIX, USER_OR_ROLE_NAME } from '../model';
import { requestTagContext } from './context';
import { ApiError, deleteConflict, invalidInput, limitExceeded, unmodifiable, validationError } from './errors';
import { getRole, managedPolicyExists } from './lookup';
import type { Call } from './operation';
import { iamArn, operation } from './operation';
import { checkPolicyDocument, checkPolicySize } from './policyDocuments';
import { QUOTAS } from './quotas';
import type { RoleShape } from './shapes';
import { roleShape } from './shapes';
import { checkLength, checkPath, checkPattern, checkUniqueName, mergeTags } from './validate';

const roleArn = (call: Call<{ RoleName: string }>) =>
  call.account.roles.find((r) => r.name === call.params.RoleName)?.arn ?? iamArn(call, `role/${call.params.RoleName}`);

/** MaxSessionDuration must be between one and twelve hours. */
function checkMaxSession(seconds: number | undefined): void {
  if (seconds !== undefined && (!Number.isInteger(seconds) || seconds < 3600 || seconds > 43200))
    throw validationError(String(seconds), 'maxSessionDuration', 'Member must have value between 3600 and 43200');
}

const editableRole = (call: Call<{ RoleName: string }>) => {
  const role = getRole(call.account, call.params.RoleName);
  if (role.serviceLinked) throw unmodifiable(role.name);
  return role;
};

/** Checks a trust policy as IAM does: a valid trust document within the 2048-character quota. */
function checkTrustPolicy(call: Call<unknown>, document: string): void {
  checkPolicyDocument(call.ctx, document, 'trust');
  checkPolicySize(document, 'ACLSizePerRole', QUOTAS.AssumeRolePolicySize);
}

/** Operations on IAM roles. */
export const iamRoleOperations = {
  CreateRole: operation<
    {
      RoleName: string;
      AssumeRolePolicyDocument: string;
      Path?: string;
      Description?: string;
      MaxSessionDuration?: number;
      PermissionsBoundary?: string;
      Tags?: Tag[];
    },
    { Role: RoleShape }
  >({
    action: 'iam:CreateRole',
    resource: (call) => pathArn(call.account.id, 'role', call.params.Path ?? '/', call.params.RoleName),
    context: (call) => ({
      ...requestTagContext(call.params.Tags),
      ...(call.params.PermissionsBoundary ? { 'iam:PermissionsBoundary': call.params.PermissionsBoundary } : {}),
    }),
    validate: ({ params: p }) => {
      checkPattern(p.RoleName, 'roleName', USER_OR_ROLE_NAME);
      const path = checkPath(p.Path);
      if (path.startsWith(SERVICE_LINKED_PATH_PREFIX))
        throw invalidInput('The path prefix /aws-service-role/ is reserved for service-linked roles.');
      if (p.Description !== undefined) checkLength(p.Description, 'description', 0, 1000);
      checkMaxSession(p.MaxSessionDuration);
    },
    run(call) {
      const { account, params } = call;
      checkUniqueName(
        account.roles.map((r) => r.name),
        params.RoleName,
        'Role',
      );
      if (account.roles.length >= QUOTAS.Roles) throw limitExceeded('Roles', QUOTAS.Roles);
      checkTrustPolicy(call, params.AssumeRolePolicyDocument);
      if (params.PermissionsBoundary && !managedPolicyExists(account, params.PermissionsBoundary))
        throw new ApiError('NoSuchEntity', `Policy ${params.PermissionsBoundary} does not exist or is not attachable.`);
      const role = newRole(call.ctx.env, account.id, params.RoleName, params.AssumeRolePolicyDocument, {
        path: checkPath(params.Path),
        description: params.Description,
        maxSessionDuration: params.MaxSessionDuration,
        tags: mergeTags([], params.Tags),
      });
      role.createdAt = call.now;
      role.permissionsBoundary = params.PermissionsBoundary ?? null;
      account.roles.push(role);
      return { Role: roleShape(role) };
    },
  }),
  CreateServiceLinkedRole: operation<
    { AWSServiceName: string; Description?: string; CustomSuffix?: string },
    { Role: RoleShape }
  >({
    action: 'iam:CreateServiceLinkedRole',
    resource: (call) => iamArn(call, `role${SERVICE_LINKED_PATH_PREFIX}${call.params.AWSServiceName}/*`),
    context: (call) => ({ 'iam:AWSServiceName': call.params.AWSServiceName }),
    validate: ({ params: p }) => checkPattern(p.AWSServiceName, 'awsServiceName', /^[\w+=,.@-]+\.amazonaws\.com$/),
    run(call) {
      const service = call.params.AWSServiceName;
      const label = service.split('.')[0];
      const name = `AWSServiceRoleFor${label[0].toUpperCase()}${label.slice(1)}${call.params.CustomSuffix ? `_${call.params.CustomSuffix}` : ''}`;
      checkUniqueName(
        call.account.roles.map((r) => r.name),
        name,
        'Role',
      );
      const trust = JSON.stringify(
        {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }],
        },
        null,
        2,
      );
      const role = newRole(call.ctx.env, call.account.id, name, trust, {
        path: `${SERVICE_LINKED_PATH_PREFIX}${service}/`,
        description: call.params.Description,
      });
      role.createdAt = call.now;
      call.account.roles.push(role);
      return { Role: roleShape(role) };
    },
  }),
  GetRole: operation<{ RoleName: string }, { Role: RoleShape }>({
    action: 'iam:GetRole',
    resource: roleArn,
    run: (call) => ({ Role: roleShape(getRole(call.account, call.params.RoleName)) }),
  }),
  UpdateRole: operation<{ RoleName: string; Description?: string; MaxSessionDuration?: number }, object>({
    action: 'iam:UpdateRole',
    resource: roleArn,
    validate: ({ params: p }) => {
      if (p.Description !== undefined) checkLength(p.Description, 'description', 0, 1000);
      checkMaxSession(p.MaxSessionDuration);
    },
    run(call) {
      const role =
        call.params.MaxSessionDuration === undefined ? getRole(call.account, call.params.RoleName) : editableRole(call);
      role.description = call.params.Description ?? role.description;
      role.maxSessionDuration = call.params.MaxSessionDuration ?? role.maxSessionDuration;
      return {};
    },
  }),
  UpdateRoleDescription: operation<{ RoleName: string; Description: string }, { Role: RoleShape }>({
    action: 'iam:UpdateRoleDescription',
    resource: roleArn,
    validate: ({ params: p }) => checkLength(p.Description, 'description', 0, 1000),
    run(call) {
      const role = getRole(call.account, call.params.RoleName);
      role.description = call.params.Description;
      return { Role: roleShape(role) };
    },
  }),
  UpdateAssumeRolePolicy: operation<{ RoleName: string; PolicyDocument: string }, object>({
    action: 'iam:UpdateAssumeRolePolicy',
    resource: roleArn,
    run(call) {
      const role = editableRole(call);
      checkTrustPolicy(call, call.params.PolicyDocument);
      role.assumeRolePolicyDocument = call.params.PolicyDocument;
      return {};
    },
  }),
  DeleteRole: operation<{ RoleName: string }, object>({
    action: 'iam:DeleteRole',
    resource: roleArn,
    run(call) {
      const role = editableRole(call);
      if (call.account.instanceProfiles.some((p) => p.roles.includes(role.name)))
        throw deleteConflict('remove roles from instance profile');
      if (role.inlinePolicies.length) throw deleteConflict('delete policies');
      if (role.attachedPolicies.length) throw deleteConflict('detach all policies');
      call.account.roles = call.account.roles.filter((r) => r !== role);
      return {};
    },
  }),
  ListRoles: operation<{ PathPrefix?: string }, { Roles: RoleShape[]; IsTruncated: false }>({
    action: 'iam:ListRoles',
    resource: (call) => iamArn(call, `role${call.params.PathPrefix ?? '/'}`),
    run: (call) => ({
      Roles: call.account.roles.filter((r) => r.path.startsWith(call.params.PathPrefix ?? '/')).map(roleShape),
      IsTruncated: false,
    }),
  }),
};
