// The request context AWS would build for a request: principal, session, network, time, resource and
// request keys derived from the model, with the user's overrides applied last.

import type { ContextValue } from '../engine/contract';
import type { Identity, Scenario, Tag } from '../model';
import { isoSeconds, orgPathString } from '../model';
import { callerArn, getAccount, getRole, identityEntity } from './lookup';
import { resourceFacts } from './resources';

/** A request as the API or the simulator states it, before context derivation. */
export interface RequestInput {
  action: string;
  resource: string;
  /** Request-specific keys (aws:RequestTag/…, aws:TagKeys, iam:PassedToService, s3:prefix, …). */
  requestContext?: Record<string, ContextValue>;
  /** Overrides for this request only; they win over everything. */
  overrides?: Record<string, ContextValue>;
}

/** Services with one global endpoint in us-east-1, so their requests always name that region. */
const GLOBAL_SERVICES = new Set(['iam', 'organizations']);

const tagKeys = (prefix: string, tags: Tag[]): Record<string, string> =>
  Object.fromEntries(tags.map((t) => [`${prefix}/${t.Key}`, t.Value]));

/** The ARN in aws:PrincipalArn: for a role session it is the role's ARN, not the session's. */
function principalArnKey(s: Scenario, identity: Identity): string {
  if (identity.type === 'assumedRole') return getRole(getAccount(s, identity.accountId), identity.roleName).arn;
  return callerArn(s, identity);
}

function principalKeys(s: Scenario, identity: Identity, nowMs: number): Record<string, ContextValue> {
  const keys: Record<string, ContextValue> = {
    'aws:PrincipalArn': principalArnKey(s, identity),
    'aws:PrincipalAccount': identity.accountId,
    'aws:PrincipalIsAWSService': 'false',
    'aws:ViaAWSService': 'false',
  };
  const entity = identityEntity(s, identity);
  let mfaAt: string | null = null;
  if (identity.type === 'root') {
    keys['aws:PrincipalType'] = 'Account';
    keys['aws:userid'] = identity.accountId;
    const account = getAccount(s, identity.accountId);
    mfaAt = account.mfaDevices.find((d) => d.assignedTo === 'root' && d.enabledAt)?.enabledAt ?? null;
  } else if (identity.type === 'user' && entity?.user) {
    keys['aws:PrincipalType'] = 'User';
    keys['aws:username'] = entity.user.name;
    keys['aws:userid'] = entity.user.id;
    Object.assign(keys, tagKeys('aws:PrincipalTag', entity.user.tags));
    mfaAt = identity.mfaAuthenticatedAt;
  } else if (identity.type === 'assumedRole' && entity?.role) {
    keys['aws:PrincipalType'] = 'AssumedRole';
    keys['aws:userid'] = `${entity.role.id}:${identity.sessionName}`;
    keys['aws:TokenIssueTime'] = identity.issuedAt;
    // Session tags override role tags with the same key.
    Object.assign(
      keys,
      tagKeys('aws:PrincipalTag', entity.role.tags),
      tagKeys('aws:PrincipalTag', identity.sessionTags),
    );
    if (identity.sourceIdentity) keys['aws:SourceIdentity'] = identity.sourceIdentity;
    mfaAt = identity.mfaAuthenticatedAt;
  }
  keys['aws:MultiFactorAuthPresent'] = mfaAt ? 'true' : 'false';
  if (mfaAt) keys['aws:MultiFactorAuthAge'] = String(Math.max(0, Math.floor((nowMs - Date.parse(mfaAt)) / 1000)));
  const org = s.organization;
  const orgPath = org && orgPathString(org, identity.accountId);
  if (org && orgPath) {
    keys['aws:PrincipalOrgID'] = org.id;
    keys['aws:PrincipalOrgPaths'] = [orgPath];
  }
  return keys;
}

/** The request time: the scenario's fixed time if set, else the env's clock. */
export const requestTimeMs = (s: Scenario, envNow: number): number =>
  s.settings.currentTime ? Date.parse(s.settings.currentTime) : envNow;

/** Every context key AWS would send with this request, as the engine's context map. */
export function deriveContext(
  s: Scenario,
  identity: Identity,
  input: RequestInput,
  nowMs: number,
): Record<string, ContextValue> {
  const facts = resourceFacts(s, input.resource, input.action);
  const resourceAccount = facts.accountId ?? identity.accountId;
  const context: Record<string, ContextValue> = {
    ...principalKeys(s, identity, nowMs),
    'aws:CurrentTime': isoSeconds(nowMs),
    'aws:EpochTime': String(Math.floor(nowMs / 1000)),
    'aws:SecureTransport': String(s.settings.secureTransport),
    'aws:SourceIp': s.settings.sourceIp,
    'aws:RequestedRegion': GLOBAL_SERVICES.has(input.action.split(':')[0].toLowerCase())
      ? 'us-east-1'
      : s.settings.region,
    'aws:ResourceAccount': resourceAccount,
    ...tagKeys('aws:ResourceTag', facts.tags),
    // IAM also publishes the tags of its users and roles under its own prefix.
    ...(input.resource.startsWith('arn:aws:iam::') ? tagKeys('iam:ResourceTag', facts.tags) : {}),
  };
  const org = s.organization;
  const resourceOrgPath = org && orgPathString(org, resourceAccount);
  if (org && resourceOrgPath) {
    context['aws:ResourceOrgID'] = org.id;
    context['aws:ResourceOrgPaths'] = [resourceOrgPath];
  }
  return { ...context, ...input.requestContext, ...s.settings.contextOverrides, ...input.overrides };
}

/** aws:RequestTag/… and aws:TagKeys for a request that carries tags. */
export const requestTagContext = (tags: Tag[] | undefined): Record<string, ContextValue> =>
  tags?.length ? { ...tagKeys('aws:RequestTag', tags), 'aws:TagKeys': tags.map((t) => t.Key) } : {};
