// User credentials: console passwords (login profiles, ChangePassword, the password policy), access keys
// (the secret is returned once), and virtual MFA devices with RFC 6238 codes.

import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { AccessKey, Account, LoginProfile, PasswordPolicy, User } from '../model';
import {
  MAX_PASSWORD_REUSE_PREVENTION,
  base32Decode,
  base32Encode,
  isoSeconds,
  mfaArn,
  newAccessKeyId,
  newSecretAccessKey,
  otpauthUri,
  rootArn,
  totpAt,
} from '../model';
import { ApiError, limitExceeded } from './errors';
import { getUser } from './lookup';
import type { Call } from './operation';
import { iamArn, operation } from './operation';
import { QUOTAS } from './quotas';
import { checkLength, checkPath, checkPattern } from './validate';

/** SHA-256 hex digest of a password, the only form in which the model keeps it. */
export const passwordDigest = (password: string): string => bytesToHex(sha256(new TextEncoder().encode(password)));

const SYMBOL = /[!@#$%^&*()_+\-=[\]{}|']/;

/**
 * IAM's default password policy, for an account without one: at least 8 characters, at least three of the
 * four character types, and not the account name or the root user's email address.
 */
function defaultPolicyViolations(account: Pick<Account, 'name' | 'root'>, password: string): string[] {
  const out: string[] = [];
  if (password.length < 8) out.push('Password should have at least 8 characters');
  const types = [/[A-Z]/, /[a-z]/, /[0-9]/, SYMBOL].filter((r) => r.test(password)).length;
  if (types < 3)
    out.push(
      'Password should have at least three of these character types: uppercase letters, lowercase letters, numbers and symbols',
    );
  const lower = password.toLowerCase();
  if (lower === account.name.toLowerCase() || lower === account.root.email.toLowerCase())
    out.push('Password should not be the AWS account name or email address');
  return out;
}

/** When a password last changed at `changedAt` expires under the account's MaxPasswordAge (epoch ms), or null if never. */
export function passwordExpiresAt(policy: PasswordPolicy | null, changedAt: string): number | null {
  return policy && policy.MaxPasswordAge > 0 ? Date.parse(changedAt) + policy.MaxPasswordAge * 86_400_000 : null;
}

/** The rules of the account's password policy (or IAM's default one) that a password breaks. */
export function passwordPolicyViolations(
  account: Pick<Account, 'passwordPolicy' | 'name' | 'root'>,
  password: string,
): string[] {
  const p = account.passwordPolicy;
  if (!p) return defaultPolicyViolations(account, password);
  const out: string[] = [];
  if (password.length < p.MinimumPasswordLength)
    out.push(`Password should have at least ${p.MinimumPasswordLength} characters`);
  if (p.RequireUppercaseCharacters && !/[A-Z]/.test(password))
    out.push('Password should have at least one uppercase letter');
  if (p.RequireLowercaseCharacters && !/[a-z]/.test(password))
    out.push('Password should have at least one lowercase letter');
  if (p.RequireNumbers && !/[0-9]/.test(password)) out.push('Password should have at least one number');
  if (p.RequireSymbols && !SYMBOL.test(password)) out.push('Password should have at least one symbol');
  return out;
}

function checkPassword(account: Account, password: string): void {
  checkLength(password, 'password', 1, 128);
  const problems = passwordPolicyViolations(account, password);
  if (problems.length) throw new ApiError('PasswordPolicyViolation', `${problems.join('; ')}.`);
}

/** Sets a new password, keeping the old one's digest for reuse prevention. */
function replacePassword(profile: LoginProfile, password: string, now: string): void {
  profile.previousPasswordsSha256 = [profile.passwordSha256, ...profile.previousPasswordsSha256].slice(
    0,
    MAX_PASSWORD_REUSE_PREVENTION,
  );
  profile.passwordSha256 = passwordDigest(password);
  profile.passwordLastChanged = now;
}

/**
 * The password policy's "prevent password reuse": a user choosing a new password cannot pick the current
 * one or any of the N before it (administrators setting a password with UpdateLoginProfile are not held to it).
 */
function checkNotReused(account: Account, profile: LoginProfile, password: string): void {
  const remembered = account.passwordPolicy?.PasswordReusePrevention ?? 0;
  if (remembered === 0) return;
  const digest = passwordDigest(password);
  if ([profile.passwordSha256, ...profile.previousPasswordsSha256].slice(0, remembered).includes(digest)) {
    throw new ApiError(
      'PasswordPolicyViolation',
      `Password should not be one of your previous ${remembered} passwords.`,
    );
  }
}

const userArn = (call: Call<{ UserName: string }>) => getUserArn(call.account, call.params.UserName, call);
const getUserArn = (a: Account, name: string, call: Call<unknown>) =>
  a.users.find((u) => u.name === name)?.arn ?? iamArn(call, `user/${name}`);

/** Access key calls without UserName act on the calling user, or on the root user when root calls. */
function keyOwner(call: Call<{ UserName?: string }>): {
  name: string | null;
  accessKeys: AccessKey[];
  set(keys: AccessKey[]): void;
} {
  if (!call.params.UserName && call.identity.type === 'root') {
    const root = call.account.root;
    return { name: null, accessKeys: root.accessKeys, set: (keys) => (root.accessKeys = keys) };
  }
  const user = mfaOwner(call);
  return { name: user.name, accessKeys: user.accessKeys, set: (keys) => (user.accessKeys = keys) };
}

/** MFA calls without UserName act on the calling IAM user. */
function mfaOwner(call: Call<{ UserName?: string }>): User {
  const name = call.params.UserName ?? (call.identity.type === 'user' ? call.identity.userName : undefined);
  if (!name) throw new ApiError('ValidationError', 'Must specify userName when calling with non-User credentials');
  return getUser(call.account, name);
}
const keyOwnerArn = (call: Call<{ UserName?: string }>) =>
  call.params.UserName
    ? getUserArn(call.account, call.params.UserName, call)
    : call.identity.type === 'user'
      ? getUserArn(call.account, call.identity.userName, call)
      : call.identity.type === 'root'
        ? rootArn(call.account.id)
        : iamArn(call, 'user/');

/** The AccessKeyMetadata structure (no UserName for the root user's keys). */
export interface AccessKeyMetadata {
  UserName?: string;
  AccessKeyId: string;
  Status: 'Active' | 'Inactive';
  CreateDate: string;
}

const metadata = (userName: string | null, k: AccessKey): AccessKeyMetadata => ({
  ...(userName ? { UserName: userName } : {}),
  AccessKeyId: k.id,
  Status: k.status,
  CreateDate: k.createdAt,
});

/** Two consecutive codes enable a device: some step n has code1 at n and code2 at n + 1, near now. */
function consecutiveCodesMatch(seed: string, code1: string, code2: string, nowMs: number): boolean {
  const key = base32Decode(seed);
  return [-2, -1, 0].some(
    (k) => totpAt(key, nowMs + k * 30_000) === code1 && totpAt(key, nowMs + (k + 1) * 30_000) === code2,
  );
}

/** Operations on passwords, access keys and MFA devices. */
export const iamCredentialOperations = {
  CreateLoginProfile: operation<
    { UserName: string; Password: string; PasswordResetRequired?: boolean },
    { LoginProfile: { UserName: string; CreateDate: string; PasswordResetRequired: boolean } }
  >({
    action: 'iam:CreateLoginProfile',
    resource: userArn,
    run(call) {
      const user = getUser(call.account, call.params.UserName);
      if (user.loginProfile)
        throw new ApiError('EntityAlreadyExists', `Login Profile for user ${user.name} already exists.`);
      checkPassword(call.account, call.params.Password);
      const reset = call.params.PasswordResetRequired ?? false;
      user.loginProfile = {
        createdAt: call.now,
        passwordSha256: passwordDigest(call.params.Password),
        passwordResetRequired: reset,
        passwordLastChanged: call.now,
        previousPasswordsSha256: [],
      };
      return { LoginProfile: { UserName: user.name, CreateDate: call.now, PasswordResetRequired: reset } };
    },
  }),
  GetLoginProfile: operation<
    { UserName: string },
    { LoginProfile: { UserName: string; CreateDate: string; PasswordResetRequired: boolean } }
  >({
    action: 'iam:GetLoginProfile',
    resource: userArn,
    run(call) {
      const user = getUser(call.account, call.params.UserName);
      if (!user.loginProfile)
        throw new ApiError('NoSuchEntity', `Login Profile for User ${user.name} cannot be found.`);
      return {
        LoginProfile: {
          UserName: user.name,
          CreateDate: user.loginProfile.createdAt,
          PasswordResetRequired: user.loginProfile.passwordResetRequired,
        },
      };
    },
  }),
  UpdateLoginProfile: operation<{ UserName: string; Password?: string; PasswordResetRequired?: boolean }, object>({
    action: 'iam:UpdateLoginProfile',
    resource: userArn,
    run(call) {
      const user = getUser(call.account, call.params.UserName);
      const profile = user.loginProfile;
      if (!profile) throw new ApiError('NoSuchEntity', `Login Profile for User ${user.name} cannot be found.`);
      if (call.params.Password !== undefined) {
        checkPassword(call.account, call.params.Password);
        replacePassword(profile, call.params.Password, call.now);
      }
      profile.passwordResetRequired = call.params.PasswordResetRequired ?? profile.passwordResetRequired;
      return {};
    },
  }),
  DeleteLoginProfile: operation<{ UserName: string }, object>({
    action: 'iam:DeleteLoginProfile',
    resource: userArn,
    run(call) {
      const user = getUser(call.account, call.params.UserName);
      if (!user.loginProfile)
        throw new ApiError('NoSuchEntity', `Login Profile for User ${user.name} cannot be found.`);
      user.loginProfile = null;
      return {};
    },
  }),
  ChangePassword: operation<{ OldPassword: string; NewPassword: string }, object>({
    action: 'iam:ChangePassword',
    resource: (call) =>
      call.identity.type === 'user' ? getUserArn(call.account, call.identity.userName, call) : iamArn(call, 'user/'),
    run(call) {
      if (call.identity.type !== 'user')
        throw new ApiError('InvalidUserType', 'Only IAM users can change their own password.');
      const user = getUser(call.account, call.identity.userName);
      const profile = user.loginProfile;
      if (!profile) throw new ApiError('NoSuchEntity', `Login Profile for User ${user.name} cannot be found.`);
      if (profile.passwordSha256 !== passwordDigest(call.params.OldPassword))
        throw new ApiError('InvalidUserType', 'The old password was incorrect.');
      checkPassword(call.account, call.params.NewPassword);
      checkNotReused(call.account, profile, call.params.NewPassword);
      replacePassword(profile, call.params.NewPassword, call.now);
      profile.passwordResetRequired = false;
      return {};
    },
  }),
  CreateAccessKey: operation<{ UserName?: string }, { AccessKey: AccessKeyMetadata & { SecretAccessKey: string } }>({
    action: 'iam:CreateAccessKey',
    resource: keyOwnerArn,
    run(call) {
      const owner = keyOwner(call);
      if (owner.accessKeys.length >= QUOTAS.AccessKeysPerUser)
        throw limitExceeded('AccessKeysPerUser', QUOTAS.AccessKeysPerUser);
      const key: AccessKey = {
        id: newAccessKeyId(call.ctx.env),
        status: 'Active',
        createdAt: call.now,
        lastUsed: null,
      };
      owner.set([...owner.accessKeys, key]);
      // The secret exists only in this response, as in AWS: it is not stored in the scenario.
      return { AccessKey: { ...metadata(owner.name, key), SecretAccessKey: newSecretAccessKey(call.ctx.env) } };
    },
  }),
  ListAccessKeys: operation<{ UserName?: string }, { AccessKeyMetadata: AccessKeyMetadata[]; IsTruncated: false }>({
    action: 'iam:ListAccessKeys',
    resource: keyOwnerArn,
    run(call) {
      const owner = keyOwner(call);
      return { AccessKeyMetadata: owner.accessKeys.map((k) => metadata(owner.name, k)), IsTruncated: false };
    },
  }),
  UpdateAccessKey: operation<{ UserName?: string; AccessKeyId: string; Status: 'Active' | 'Inactive' }, object>({
    action: 'iam:UpdateAccessKey',
    resource: keyOwnerArn,
    run(call) {
      const owner = keyOwner(call);
      if (!owner.accessKeys.some((k) => k.id === call.params.AccessKeyId))
        throw new ApiError('NoSuchEntity', `The Access Key with id ${call.params.AccessKeyId} cannot be found.`);
      owner.set(
        owner.accessKeys.map((k) => (k.id === call.params.AccessKeyId ? { ...k, status: call.params.Status } : k)),
      );
      return {};
    },
  }),
  DeleteAccessKey: operation<{ UserName?: string; AccessKeyId: string }, object>({
    action: 'iam:DeleteAccessKey',
    resource: keyOwnerArn,
    run(call) {
      const owner = keyOwner(call);
      if (!owner.accessKeys.some((k) => k.id === call.params.AccessKeyId))
        throw new ApiError('NoSuchEntity', `The Access Key with id ${call.params.AccessKeyId} cannot be found.`);
      owner.set(owner.accessKeys.filter((k) => k.id !== call.params.AccessKeyId));
      return {};
    },
  }),
  GetAccessKeyLastUsed: operation<
    { AccessKeyId: string },
    { UserName: string; AccessKeyLastUsed: { LastUsedDate?: string; ServiceName: string; Region: string } }
  >({
    action: 'iam:GetAccessKeyLastUsed',
    resource: (call) =>
      call.account.users.find((u) => u.accessKeys.some((k) => k.id === call.params.AccessKeyId))?.arn ??
      iamArn(call, 'user/'),
    run(call) {
      const user = call.account.users.find((u) => u.accessKeys.some((k) => k.id === call.params.AccessKeyId));
      const key = user?.accessKeys.find((k) => k.id === call.params.AccessKeyId);
      if (!user || !key)
        throw new ApiError('AccessDenied', `The Access Key with id ${call.params.AccessKeyId} cannot be found.`);
      const used = key.lastUsed;
      return {
        UserName: user.name,
        AccessKeyLastUsed: used
          ? { LastUsedDate: used.date, ServiceName: used.service, Region: used.region }
          : { ServiceName: 'N/A', Region: 'N/A' },
      };
    },
  }),
  CreateVirtualMFADevice: operation<
    { VirtualMFADeviceName: string; Path?: string },
    { VirtualMFADevice: { SerialNumber: string; Base32StringSeed: string; OtpauthUri: string } }
  >({
    action: 'iam:CreateVirtualMFADevice',
    resource: (call) => mfaArn(call.account.id, call.params.Path ?? '/', call.params.VirtualMFADeviceName),
    validate: ({ params: p }) => {
      checkPattern(p.VirtualMFADeviceName, 'virtualMFADeviceName', /^[\w+=,.@-]{1,226}$/);
      checkPath(p.Path);
    },
    run(call) {
      const serial = mfaArn(call.account.id, call.params.Path ?? '/', call.params.VirtualMFADeviceName);
      if (call.account.mfaDevices.some((d) => d.serialNumber === serial))
        throw new ApiError('EntityAlreadyExists', 'MFADevice entity at the same path and name already exists.');
      const seed = base32Encode(call.ctx.env.randomBytes(20));
      call.account.mfaDevices.push({
        serialNumber: serial,
        type: 'virtual',
        seed,
        assignedTo: null,
        enabledAt: null,
        tags: [],
      });
      return {
        VirtualMFADevice: {
          SerialNumber: serial,
          Base32StringSeed: seed,
          OtpauthUri: otpauthUri(seed, `${call.params.VirtualMFADeviceName}@${call.account.alias ?? call.account.id}`),
        },
      };
    },
  }),
  EnableMFADevice: operation<
    { UserName: string; SerialNumber: string; AuthenticationCode1: string; AuthenticationCode2: string },
    object
  >({
    action: 'iam:EnableMFADevice',
    resource: userArn,
    run(call) {
      const user = getUser(call.account, call.params.UserName);
      const device = call.account.mfaDevices.find((d) => d.serialNumber === call.params.SerialNumber);
      if (!device)
        throw new ApiError(
          'NoSuchEntity',
          `VirtualMFADevice with serial number ${call.params.SerialNumber} doesn't exist.`,
        );
      if (device.assignedTo) throw new ApiError('EntityAlreadyExists', 'MFA Device is already in use.');
      if (call.account.mfaDevices.filter((d) => d.assignedTo === user.name).length >= QUOTAS.MFADevicesPerUser)
        throw limitExceeded('MFADevicesPerUser', QUOTAS.MFADevicesPerUser);
      if (
        !device.seed ||
        !consecutiveCodesMatch(
          device.seed,
          call.params.AuthenticationCode1,
          call.params.AuthenticationCode2,
          call.deviceClockMs,
        )
      )
        throw new ApiError('InvalidAuthenticationCode', 'Authentication code for device is not valid.');
      device.assignedTo = user.name;
      device.enabledAt = call.now;
      return {};
    },
  }),
  DeactivateMFADevice: operation<{ UserName: string; SerialNumber: string }, object>({
    action: 'iam:DeactivateMFADevice',
    resource: userArn,
    run(call) {
      const device = call.account.mfaDevices.find(
        (d) => d.serialNumber === call.params.SerialNumber && d.assignedTo === call.params.UserName,
      );
      if (!device)
        throw new ApiError('NoSuchEntity', `MFA Device with serial number ${call.params.SerialNumber} does not exist.`);
      device.assignedTo = null;
      device.enabledAt = null;
      return {};
    },
  }),
  DeleteVirtualMFADevice: operation<{ SerialNumber: string }, object>({
    action: 'iam:DeleteVirtualMFADevice',
    resource: (call) => call.params.SerialNumber,
    run(call) {
      const device = call.account.mfaDevices.find((d) => d.serialNumber === call.params.SerialNumber);
      if (!device)
        throw new ApiError(
          'NoSuchEntity',
          `VirtualMFADevice with serial number ${call.params.SerialNumber} doesn't exist.`,
        );
      if (device.assignedTo) throw new ApiError('DeleteConflict', 'MFA Device is still in use.');
      call.account.mfaDevices = call.account.mfaDevices.filter((d) => d !== device);
      return {};
    },
  }),
  ListMFADevices: operation<
    { UserName?: string },
    { MFADevices: { UserName: string; SerialNumber: string; EnableDate: string }[]; IsTruncated: false }
  >({
    action: 'iam:ListMFADevices',
    resource: keyOwnerArn,
    run(call) {
      const user = mfaOwner(call);
      const MFADevices = call.account.mfaDevices
        .filter((d) => d.assignedTo === user.name)
        .map((d) => ({
          UserName: user.name,
          SerialNumber: d.serialNumber,
          EnableDate: d.enabledAt ?? isoSeconds(call.nowMs),
        }));
      return { MFADevices, IsTruncated: false };
    },
  }),
  ListVirtualMFADevices: operation<
    { AssignmentStatus?: 'Assigned' | 'Unassigned' | 'Any' },
    {
      VirtualMFADevices: { SerialNumber: string; User?: { UserName: string }; EnableDate?: string }[];
      IsTruncated: false;
    }
  >({
    action: 'iam:ListVirtualMFADevices',
    resource: (call) => iamArn(call, 'mfa/'),
    run(call) {
      const status = call.params.AssignmentStatus ?? 'Any';
      const devices = call.account.mfaDevices
        .filter((d) => d.type === 'virtual')
        .filter((d) => status === 'Any' || (status === 'Assigned') === (d.assignedTo !== null));
      return {
        VirtualMFADevices: devices.map((d) => ({
          SerialNumber: d.serialNumber,
          ...(d.assignedTo && d.assignedTo !== 'root' ? { User: { UserName: d.assignedTo } } : {}),
          ...(d.enabledAt ? { EnableDate: d.enabledAt } : {}),
        })),
        IsTruncated: false,
      };
    },
  }),
};
