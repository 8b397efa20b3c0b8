// Identifiers in AWS's formats: unique ids (AIDA…, AROA…), access keys (AKIA…/ASIA…), secrets, org ids.

import type { ModelEnv } from './env';

/** The prefixes AWS uses for IAM unique ids, by entity type. */
export const UNIQUE_ID_PREFIX = {
  user: 'AIDA',
  group: 'AGPA',
  role: 'AROA',
  policy: 'ANPA',
  instanceProfile: 'AIPA',
  accessKey: 'AKIA',
  temporaryAccessKey: 'ASIA',
} as const;

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const LOWER36 = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** `length` characters drawn from `alphabet` using the env's random bytes. */
export function randomString(env: ModelEnv, alphabet: string, length: number): string {
  const bytes = env.randomBytes(length);
  let out = '';
  for (const b of bytes) out += alphabet[b % alphabet.length];
  return out;
}

/** A 21-character unique id such as `AIDAJQABLZS4A3QDU576Q`. */
export const newUniqueId = (env: ModelEnv, kind: 'user' | 'group' | 'role' | 'policy' | 'instanceProfile'): string =>
  UNIQUE_ID_PREFIX[kind] + randomString(env, BASE32, 17);

/** A 20-character access key id: AKIA… for long-term keys, ASIA… for temporary credentials. */
export const newAccessKeyId = (env: ModelEnv, temporary = false): string =>
  (temporary ? UNIQUE_ID_PREFIX.temporaryAccessKey : UNIQUE_ID_PREFIX.accessKey) + randomString(env, BASE32, 16);

/** A 40-character secret access key. */
export const newSecretAccessKey = (env: ModelEnv): string => randomString(env, BASE62 + '+/', 40);

/** An organization id: `o-` and 10 lowercase letters or digits. */
export const newOrganizationId = (env: ModelEnv): string => 'o-' + randomString(env, LOWER36, 10);
/** An organization root id: `r-` and 4 characters. */
export const newRootId = (env: ModelEnv): string => 'r-' + randomString(env, LOWER36, 4);
/** An OU id: `ou-`, the root id's characters, `-`, and 8 characters. */
export const newOuId = (env: ModelEnv, rootId: string): string =>
  `ou-${rootId.slice(2)}-${randomString(env, LOWER36, 8)}`;
/** An Organizations policy id: `p-` and 8 characters. */
export const newOrgPolicyId = (env: ModelEnv): string => 'p-' + randomString(env, LOWER36, 8);

/** A 12-digit account id that does not start with 0. */
export const newAccountId = (env: ModelEnv): string =>
  String(1 + (env.randomBytes(1)[0] % 9)) + randomString(env, '0123456789', 11);
