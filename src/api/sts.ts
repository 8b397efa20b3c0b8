// AWS STS: AssumeRole (trust and identity policies evaluated by the engine, external id, MFA, session tags,
// source identity, session policies, durations, the one-hour role-chaining limit), GetCallerIdentity and
// GetSessionToken. Responses carry AWS's fields plus `PlaygroundIdentity`, the identity to act as next.

import type { ContextValue } from '../engine/contract';
import type { AssumedRoleIdentity, Identity, Tag } from '../model';
import {
  assumedRoleArn,
  EXTERNAL_ID,
  isoSeconds,
  newAccessKeyId,
  newSecretAccessKey,
  parseArn,
  randomString,
  SESSION_NAME,
  splitIamResource,
  verifyTotp,
} from '../model';
import { ApiError, validationError } from './errors';
import { callerArn, getAccount, identityEntity } from './lookup';
import type { Call } from './operation';
import { operation } from './operation';
import { checkPolicyDocument } from './policyDocuments';
import { SESSION } from './quotas';
import { checkPattern, mergeTags } from './validate';

/** Temporary credentials as STS returns them. */
export interface Credentials {
  AccessKeyId: string;
  SecretAccessKey: string;
  SessionToken: string;
  Expiration: string;
}

/** AssumeRole's request parameters. */
export interface AssumeRoleParams {
  RoleArn: string;
  RoleSessionName: string;
  DurationSeconds?: number;
  ExternalId?: string;
  Policy?: string;
  PolicyArns?: { arn: string }[];
  Tags?: Tag[];
  TransitiveTagKeys?: string[];
  SourceIdentity?: string;
  SerialNumber?: string;
  TokenCode?: string;
}

/** AssumeRole's response. */
export interface AssumeRoleResponse {
  Credentials: Credentials;
  AssumedRoleUser: { AssumedRoleId: string; Arn: string };
  /** Present when session policies or tags were passed: how full the packed session is, in percent. */
  PackedPolicySize?: number;
  SourceIdentity?: string;
  PlaygroundIdentity: AssumedRoleIdentity;
}

function credentials(call: Call<unknown>, expiresMs: number): Credentials & { accessKeyId: string } {
  const AccessKeyId = newAccessKeyId(call.ctx.env, true);
  return {
    accessKeyId: AccessKeyId,
    AccessKeyId,
    SecretAccessKey: newSecretAccessKey(call.ctx.env),
    SessionToken: `FwoGZXIvYXdzE${randomString(call.ctx.env, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 120)}`,
    Expiration: isoSeconds(expiresMs),
  };
}

/** The time the caller authenticated with MFA: from a valid token code now, or carried by its session. */
function mfaTime(call: Call<{ SerialNumber?: string; TokenCode?: string }>): string | null {
  const { SerialNumber, TokenCode } = call.params;
  if (SerialNumber && TokenCode) {
    const owner =
      call.identity.type === 'user' ? call.identity.userName : call.identity.type === 'root' ? 'root' : null;
    const device = getAccount(call.scenario, call.identity.accountId).mfaDevices.find(
      (d) => d.serialNumber === SerialNumber && d.assignedTo === owner && d.enabledAt,
    );
    if (!device?.seed || !verifyTotp(device.seed, TokenCode, call.nowMs))
      throw new ApiError('AccessDenied', 'MultiFactorAuthentication failed with invalid MFA one time pass code.');
    return call.now;
  }
  return call.identity.type === 'root' ? null : call.identity.mfaAuthenticatedAt;
}

/** The request context of AssumeRole: sts:* keys, request tags and MFA from a token code. */
function assumeRoleContext(call: Call<AssumeRoleParams>): Record<string, ContextValue> {
  const p = call.params;
  const keys: Record<string, ContextValue> = { 'sts:RoleSessionName': p.RoleSessionName };
  if (p.ExternalId !== undefined) keys['sts:ExternalId'] = p.ExternalId;
  if (p.SourceIdentity !== undefined) keys['sts:SourceIdentity'] = p.SourceIdentity;
  if (p.Tags?.length) {
    for (const t of p.Tags) keys[`aws:RequestTag/${t.Key}`] = t.Value;
    keys['aws:TagKeys'] = p.Tags.map((t) => t.Key);
  }
  if (p.TransitiveTagKeys?.length) keys['sts:TransitiveTagKeys'] = p.TransitiveTagKeys;
  if (p.SerialNumber && p.TokenCode) {
    keys['aws:MultiFactorAuthPresent'] = 'true';
    keys['aws:MultiFactorAuthAge'] = '0';
  }
  return keys;
}

/** Checks the parameters that do not depend on the scenario. */
function validateAssumeRole(p: AssumeRoleParams): void {
  checkPattern(p.RoleSessionName, 'roleSessionName', SESSION_NAME);
  if (p.ExternalId !== undefined) checkPattern(p.ExternalId, 'externalId', EXTERNAL_ID);
  if (p.SourceIdentity !== undefined) {
    checkPattern(p.SourceIdentity, 'sourceIdentity', SESSION_NAME);
    if (p.SourceIdentity.toLowerCase().startsWith('aws:'))
      throw validationError(p.SourceIdentity, 'sourceIdentity', 'Member must not begin with aws:');
  }
  if ((p.Tags?.length ?? 0) > SESSION.maxSessionTags)
    throw validationError(
      String(p.Tags?.length),
      'tags',
      `Member must have length less than or equal to ${SESSION.maxSessionTags}`,
    );
  if ((p.PolicyArns?.length ?? 0) > SESSION.maxSessionPolicyArns)
    throw validationError(
      String(p.PolicyArns?.length),
      'policyArns',
      'Member must have length less than or equal to 10',
    );
  for (const key of p.TransitiveTagKeys ?? [])
    if (!p.Tags?.some((t) => t.Key.toLowerCase() === key.toLowerCase()))
      throw new ApiError('InvalidParameterValue', `Transitive tag key ${key} is not one of the session tags.`);
  if (p.Policy !== undefined && p.Policy.length > 2048)
    throw new ApiError('PackedPolicyTooLarge', 'Serialized token too large for session');
}

/** The session duration: within 900 s and the role's maximum, and one hour when a role session assumes a role. */
function sessionDuration(call: Call<AssumeRoleParams>, roleMax: number): number {
  const requested = call.params.DurationSeconds ?? SESSION.defaultDuration;
  const chained = call.identity.type === 'assumedRole';
  if (requested < SESSION.minDuration)
    throw validationError(String(requested), 'durationSeconds', 'Member must have value greater than or equal to 900');
  if (chained && requested > SESSION.chainedMax)
    throw new ApiError(
      'ValidationError',
      'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.',
    );
  if (requested > roleMax)
    throw new ApiError(
      'ValidationError',
      'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
    );
  return requested;
}

/** Transitive tags of the calling session carry into a chained session and cannot be replaced. */
function sessionTags(call: Call<AssumeRoleParams>): { tags: Tag[]; transitive: string[] } {
  const caller = call.identity;
  const inherited =
    caller.type === 'assumedRole' ? caller.sessionTags.filter((t) => caller.transitiveTagKeys.includes(t.Key)) : [];
  for (const t of call.params.Tags ?? [])
    if (inherited.some((i) => i.Key.toLowerCase() === t.Key.toLowerCase()))
      throw new ApiError(
        'InvalidParameterValue',
        `The session tag ${t.Key} is transitive from the calling session and cannot be set again.`,
      );
  return {
    tags: mergeTags(inherited, call.params.Tags),
    transitive: [...inherited.map((t) => t.Key), ...(call.params.TransitiveTagKeys ?? [])],
  };
}

/** The source identity persists through role chaining and cannot be changed once set. */
function sourceIdentity(call: Call<AssumeRoleParams>): string | null {
  const carried = call.identity.type === 'assumedRole' ? call.identity.sourceIdentity : null;
  const requested = call.params.SourceIdentity ?? null;
  if (carried && requested && carried !== requested)
    throw new ApiError(
      'InvalidParameterValue',
      'The source identity cannot be changed once it is set for a role session.',
    );
  return carried ?? requested;
}

/** STS operations. */
export const stsOperations = {
  AssumeRole: operation<AssumeRoleParams, AssumeRoleResponse>({
    action: 'sts:AssumeRole',
    resource: (call) => call.params.RoleArn,
    context: assumeRoleContext,
    // Passing session tags needs sts:TagSession, and setting a source identity sts:SetSourceIdentity,
    // each allowed by the caller's policies and by the role's trust policy.
    alsoAuthorize: (call) =>
      [
        ...(call.params.Tags?.length || call.params.TransitiveTagKeys?.length ? ['sts:TagSession'] : []),
        ...(call.params.SourceIdentity ? ['sts:SetSourceIdentity'] : []),
      ].map((action) => ({ action, resource: call.params.RoleArn, requestContext: assumeRoleContext(call) })),
    validate: (call) => {
      validateAssumeRole(call.params);
      // A wrong MFA code fails before the policies are evaluated.
      mfaTime(call);
    },
    run(call) {
      const p = call.params;
      if (call.identity.type === 'root')
        throw new ApiError('AccessDenied', 'Roles may not be assumed by root accounts.');
      const arn = parseArn(p.RoleArn);
      const { type, name } = splitIamResource(arn?.resource ?? '');
      const account = arn && call.scenario.accounts.find((a) => a.id === arn.account);
      const role = type === 'role' ? account?.roles.find((r) => r.name === name) : undefined;
      if (!arn || !account || !role)
        throw new ApiError(
          'AccessDenied',
          `User: ${callerArn(call.scenario, call.identity)} is not authorized to perform: sts:AssumeRole on resource: ${p.RoleArn}`,
        );
      if (p.Policy !== undefined) checkPolicyDocument(call.ctx, p.Policy, 'session');
      const duration = sessionDuration(call, role.maxSessionDuration);
      const { tags, transitive } = sessionTags(call);
      const expires = call.nowMs + duration * 1000;
      const creds = credentials(call, expires);
      const identity: AssumedRoleIdentity = {
        type: 'assumedRole',
        accountId: account.id,
        roleName: role.name,
        sessionName: p.RoleSessionName,
        accessKeyId: creds.accessKeyId,
        issuedAt: call.now,
        expiresAt: isoSeconds(expires),
        sessionTags: tags,
        transitiveTagKeys: transitive,
        sourceIdentity: sourceIdentity(call),
        sessionPolicy: p.Policy ?? null,
        sessionPolicyArns: (p.PolicyArns ?? []).map((x) => x.arn),
        mfaAuthenticatedAt: mfaTime(call),
        chained: call.identity.type === 'assumedRole',
        assumedBy: call.identity,
      };
      role.lastUsed = { date: call.now, region: call.scenario.settings.region };
      const { accessKeyId: _unused, ...Credentials } = creds;
      return {
        Credentials,
        AssumedRoleUser: {
          AssumedRoleId: `${role.id}:${p.RoleSessionName}`,
          Arn: assumedRoleArn(account.id, role.name, p.RoleSessionName),
        },
        // AWS's packing is internal; this approximates it as the share of the 2,048-character plaintext limit.
        ...(p.Policy || p.PolicyArns?.length || tags.length
          ? {
              PackedPolicySize: Math.min(
                100,
                Math.ceil((((p.Policy?.length ?? 0) + JSON.stringify(tags).length) * 100) / 2048),
              ),
            }
          : {}),
        ...(identity.sourceIdentity ? { SourceIdentity: identity.sourceIdentity } : {}),
        PlaygroundIdentity: identity,
      };
    },
  }),
  GetCallerIdentity: operation<Record<string, never>, { UserId: string; Account: string; Arn: string }>({
    // No permission is needed: AWS answers even when a policy denies sts:GetCallerIdentity.
    action: null,
    run(call) {
      const entity = identityEntity(call.scenario, call.identity);
      const identity = call.identity;
      const UserId = entity?.user
        ? entity.user.id
        : entity?.role && identity.type === 'assumedRole'
          ? `${entity.role.id}:${identity.sessionName}`
          : identity.accountId;
      return { UserId, Account: identity.accountId, Arn: callerArn(call.scenario, identity) };
    },
  }),
  GetSessionToken: operation<
    { DurationSeconds?: number; SerialNumber?: string; TokenCode?: string },
    { Credentials: Credentials; PlaygroundIdentity: Identity }
  >({
    // Callers need no permission for GetSessionToken; it is refused only to role sessions.
    action: null,
    run(call) {
      const identity = call.identity;
      if (identity.type === 'assumedRole')
        throw new ApiError('AccessDenied', 'Cannot call GetSessionToken with session credentials');
      const max = identity.type === 'root' ? SESSION.rootGetSessionTokenMax : SESSION.getSessionTokenMax;
      const duration = call.params.DurationSeconds ?? Math.min(SESSION.getSessionTokenDefault, max);
      if (duration < SESSION.minDuration || duration > max)
        throw validationError(
          String(duration),
          'durationSeconds',
          `Member must have value between ${SESSION.minDuration} and ${max}`,
        );
      const mfaAt = mfaTime(call);
      const { accessKeyId: _unused, ...Credentials } = credentials(call, call.nowMs + duration * 1000);
      const next: Identity = identity.type === 'user' ? { ...identity, mfaAuthenticatedAt: mfaAt } : identity;
      return { Credentials, PlaygroundIdentity: next };
    },
  }),
};
