// IAM users and group membership: CreateUser, GetUser, UpdateUser, DeleteUser, ListUsers,
// AddUserToGroup, RemoveUserFromGroup, ListGroupsForUser, GetGroup, CreateGroup, DeleteGroup, ListGroups.

import type { Tag } from '../model';
import { GROUP_OR_POLICY_NAME, newGroup, newUser, USER_OR_ROLE_NAME, pathArn } from '../model';
import { requestTagContext } from './context';
import { deleteConflict, limitExceeded } from './errors';
import { getGroup, getUser, managedPolicyExists } from './lookup';
import type { Call } from './operation';
import { iamArn, operation } from './operation';
import { QUOTAS } from './quotas';
import type { GroupShape, UserShape } from './shapes';
import { groupShape, userShape } from './shapes';
import { checkPath, checkPattern, checkUniqueName, mergeTags } from './validate';
import { ApiError } from './errors';

const userArn = (call: Call<{ UserName: string }>) =>
  call.account.users.find((u) => u.name === call.params.UserName)?.arn ?? iamArn(call, `user/${call.params.UserName}`);
const groupArn = (call: Call<{ GroupName: string }>) =>
  call.account.groups.find((g) => g.name === call.params.GroupName)?.arn ??
  iamArn(call, `group/${call.params.GroupName}`);
const byPathPrefix = (prefix: string | undefined) => (e: { path: string }) => e.path.startsWith(prefix ?? '/');

/** Operations on IAM users and groups. */
export const iamUserOperations = {
  CreateUser: operation<
    { UserName: string; Path?: string; PermissionsBoundary?: string; Tags?: Tag[] },
    { User: UserShape }
  >({
    action: 'iam:CreateUser',
    resource: (call) => pathArn(call.account.id, 'user', call.params.Path ?? '/', call.params.UserName),
    context: (call) => ({
      ...requestTagContext(call.params.Tags),
      ...(call.params.PermissionsBoundary ? { 'iam:PermissionsBoundary': call.params.PermissionsBoundary } : {}),
    }),
    validate: ({ params: p }) => {
      checkPattern(p.UserName, 'userName', USER_OR_ROLE_NAME);
      checkPath(p.Path);
    },
    run(call) {
      const { account, params } = call;
      checkUniqueName(
        account.users.map((u) => u.name),
        params.UserName,
        'User',
      );
      if (account.users.length >= QUOTAS.Users) throw limitExceeded('Users', QUOTAS.Users);
      if (params.PermissionsBoundary && !managedPolicyExists(account, params.PermissionsBoundary))
        throw new ApiError('NoSuchEntity', `Policy ${params.PermissionsBoundary} does not exist or is not attachable.`);
      const user = newUser(
        call.ctx.env,
        account.id,
        params.UserName,
        checkPath(params.Path),
        mergeTags([], params.Tags),
      );
      user.createdAt = call.now;
      user.permissionsBoundary = params.PermissionsBoundary ?? null;
      account.users.push(user);
      return { User: userShape(user) };
    },
  }),
  GetUser: operation<{ UserName?: string }, { User: UserShape }>({
    action: 'iam:GetUser',
    resource: (call) => (call.params.UserName ? userArn(call as Call<{ UserName: string }>) : callerUserArn(call)),
    run(call) {
      const name = call.params.UserName ?? (call.identity.type === 'user' ? call.identity.userName : null);
      if (!name) throw new ApiError('ValidationError', 'Must specify userName when calling with non-User credentials');
      return { User: userShape(getUser(call.account, name)) };
    },
  }),
  UpdateUser: operation<{ UserName: string; NewUserName?: string; NewPath?: string }, object>({
    action: 'iam:UpdateUser',
    resource: userArn,
    validate: ({ params: p }) => {
      if (p.NewUserName !== undefined) checkPattern(p.NewUserName, 'newUserName', USER_OR_ROLE_NAME);
      if (p.NewPath !== undefined) checkPath(p.NewPath, 'newPath');
    },
    run(call) {
      const user = getUser(call.account, call.params.UserName);
      const newName = call.params.NewUserName ?? user.name;
      if (newName.toLowerCase() !== user.name.toLowerCase())
        checkUniqueName(
          call.account.users.map((u) => u.name),
          newName,
          'User',
        );
      for (const d of call.account.mfaDevices) if (d.assignedTo === user.name) d.assignedTo = newName;
      const acting = call.scenario.session.identity;
      if (acting.type === 'user' && acting.accountId === call.account.id && acting.userName === user.name)
        call.scenario.session.identity = { ...acting, userName: newName };
      user.name = newName;
      user.path = call.params.NewPath ?? user.path;
      user.arn = pathArn(call.account.id, 'user', user.path, user.name);
      return {};
    },
  }),
  DeleteUser: operation<{ UserName: string }, object>({
    action: 'iam:DeleteUser',
    resource: userArn,
    run(call) {
      const user = getUser(call.account, call.params.UserName);
      if (user.loginProfile) throw deleteConflict('delete login profile');
      if (user.accessKeys.length) throw deleteConflict('delete access keys');
      if (call.account.mfaDevices.some((d) => d.assignedTo === user.name)) throw deleteConflict('delete MFA devices');
      if (user.inlinePolicies.length) throw deleteConflict('delete policies');
      if (user.attachedPolicies.length) throw deleteConflict('detach all policies');
      if (user.groups.length) throw deleteConflict('remove user from all groups');
      call.account.users = call.account.users.filter((u) => u !== user);
      return {};
    },
  }),
  ListUsers: operation<{ PathPrefix?: string }, { Users: UserShape[]; IsTruncated: false }>({
    action: 'iam:ListUsers',
    resource: (call) => iamArn(call, `user${call.params.PathPrefix ?? '/'}`),
    run: (call) => ({
      Users: call.account.users.filter(byPathPrefix(call.params.PathPrefix)).map(userShape),
      IsTruncated: false,
    }),
  }),
  CreateGroup: operation<{ GroupName: string; Path?: string }, { Group: GroupShape }>({
    action: 'iam:CreateGroup',
    resource: (call) => pathArn(call.account.id, 'group', call.params.Path ?? '/', call.params.GroupName),
    validate: ({ params: p }) => {
      checkPattern(p.GroupName, 'groupName', GROUP_OR_POLICY_NAME);
      checkPath(p.Path);
    },
    run(call) {
      checkUniqueName(
        call.account.groups.map((g) => g.name),
        call.params.GroupName,
        'Group',
      );
      if (call.account.groups.length >= QUOTAS.Groups) throw limitExceeded('Groups', QUOTAS.Groups);
      const group = {
        ...newGroup(call.ctx.env, call.account.id, call.params.GroupName, checkPath(call.params.Path)),
        createdAt: call.now,
      };
      call.account.groups.push(group);
      return { Group: groupShape(group) };
    },
  }),
  UpdateGroup: operation<{ GroupName: string; NewGroupName?: string; NewPath?: string }, object>({
    action: 'iam:UpdateGroup',
    resource: groupArn,
    // Renaming needs permission on the group under its new name too.
    alsoAuthorize: (call) => {
      const current = call.account.groups.find((g) => g.name === call.params.GroupName);
      const next = pathArn(
        call.account.id,
        'group',
        call.params.NewPath ?? current?.path ?? '/',
        call.params.NewGroupName ?? call.params.GroupName,
      );
      return next === current?.arn ? [] : [{ action: 'iam:UpdateGroup', resource: next }];
    },
    validate: ({ params: p }) => {
      if (p.NewGroupName !== undefined) checkPattern(p.NewGroupName, 'newGroupName', GROUP_OR_POLICY_NAME);
      if (p.NewPath !== undefined) checkPath(p.NewPath, 'newPath');
    },
    run(call) {
      const group = getGroup(call.account, call.params.GroupName);
      const newName = call.params.NewGroupName ?? group.name;
      if (newName.toLowerCase() !== group.name.toLowerCase())
        checkUniqueName(
          call.account.groups.map((g) => g.name),
          newName,
          'Group',
        );
      for (const u of call.account.users) u.groups = u.groups.map((g) => (g === group.name ? newName : g)).sort();
      group.name = newName;
      group.path = call.params.NewPath ?? group.path;
      group.arn = pathArn(call.account.id, 'group', group.path, group.name);
      return {};
    },
  }),
  GetGroup: operation<{ GroupName: string }, { Group: GroupShape; Users: UserShape[]; IsTruncated: false }>({
    action: 'iam:GetGroup',
    resource: groupArn,
    run(call) {
      const group = getGroup(call.account, call.params.GroupName);
      return {
        Group: groupShape(group),
        Users: call.account.users.filter((u) => u.groups.includes(group.name)).map(userShape),
        IsTruncated: false,
      };
    },
  }),
  DeleteGroup: operation<{ GroupName: string }, object>({
    action: 'iam:DeleteGroup',
    resource: groupArn,
    run(call) {
      const group = getGroup(call.account, call.params.GroupName);
      if (call.account.users.some((u) => u.groups.includes(group.name)))
        throw deleteConflict('remove users from group');
      if (group.inlinePolicies.length) throw deleteConflict('delete policies');
      if (group.attachedPolicies.length) throw deleteConflict('detach all policies');
      call.account.groups = call.account.groups.filter((g) => g !== group);
      return {};
    },
  }),
  ListGroups: operation<{ PathPrefix?: string }, { Groups: GroupShape[]; IsTruncated: false }>({
    action: 'iam:ListGroups',
    resource: (call) => iamArn(call, `group${call.params.PathPrefix ?? '/'}`),
    run: (call) => ({
      Groups: call.account.groups.filter(byPathPrefix(call.params.PathPrefix)).map(groupShape),
      IsTruncated: false,
    }),
  }),
  AddUserToGroup: operation<{ GroupName: string; UserName: string }, object>({
    action: 'iam:AddUserToGroup',
    resource: groupArn,
    run(call) {
      const group = getGroup(call.account, call.params.GroupName);
      const user = getUser(call.account, call.params.UserName);
      if (user.groups.includes(group.name)) return {};
      if (user.groups.length >= QUOTAS.GroupsPerUser) throw limitExceeded('GroupsPerUser', QUOTAS.GroupsPerUser);
      user.groups = [...user.groups, group.name].sort();
      return {};
    },
  }),
  RemoveUserFromGroup: operation<{ GroupName: string; UserName: string }, object>({
    action: 'iam:RemoveUserFromGroup',
    resource: groupArn,
    run(call) {
      const group = getGroup(call.account, call.params.GroupName);
      const user = getUser(call.account, call.params.UserName);
      if (!user.groups.includes(group.name))
        throw new ApiError('NoSuchEntity', `The user with name ${user.name} cannot be found in group ${group.name}.`);
      user.groups = user.groups.filter((g) => g !== group.name);
      return {};
    },
  }),
  ListGroupsForUser: operation<{ UserName: string }, { Groups: GroupShape[]; IsTruncated: false }>({
    action: 'iam:ListGroupsForUser',
    resource: userArn,
    run(call) {
      const user = getUser(call.account, call.params.UserName);
      return {
        Groups: call.account.groups.filter((g) => user.groups.includes(g.name)).map(groupShape),
        IsTruncated: false,
      };
    },
  }),
};

/** GetUser without a name acts on the calling user. */
function callerUserArn(call: Call<unknown>): string {
  const identity = call.identity;
  return identity.type === 'user' ? getUser(call.account, identity.userName).arn : iamArn(call, 'user/');
}
