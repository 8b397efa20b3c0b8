// Principal and NotPrincipal matching. Documented rules ("AWS JSON policy elements: Principal"):
// - "*" and {"AWS": "*"} match everyone, anonymous callers included.
// - A 12-digit account ID and arn:<partition>:iam::<account>:root are the same: the account. They
//   match every principal of that account, and the grant is delegated to the account's own
//   identity-based policies (kind 'account').
// - A role ARN matches the role's sessions (assumed-role/<role name>/<session>), whatever the
//   role's path (kind 'role': the role's boundary and session policies still apply).
// - User, assumed-role session and federated-user ARNs match exactly, case-sensitively
//   (kind 'direct'). Service, Federated and CanonicalUser entries match the caller's exact name.
// - NotPrincipal matches every caller not listed. Documented caveat ("Permissions boundaries",
//   "NotPrincipal"): a Deny with NotPrincipal always applies to a principal that has a permissions
//   boundary, whatever NotPrincipal lists.

import type { PrincipalBlock } from '../policy';

/** How a statement's Principal matched the caller; decides which other policies still apply. */
export type GrantKind = 'direct' | 'role' | 'account';

/** The caller, parsed once per request. */
export interface Caller {
  /** The request's principal string. */
  name: string;
  kind: 'anonymous' | 'root' | 'user' | 'role' | 'assumed-role' | 'federated-user' | 'service' | 'other';
  /** 12-digit account of an IAM/STS principal; null for anonymous and service principals. */
  account: string | null;
  partition: string | null;
  /** The role name of an assumed-role session. */
  roleName: string | null;
}

const ACCOUNT_ID = /^\d{12}$/;

/** The account field of an ARN, when it is 12 digits. */
export function arnAccount(arn: string): string | null {
  if (!arn.startsWith('arn:')) return null;
  let start = 4;
  for (let field = 1; field < 4; field++) {
    start = arn.indexOf(':', start) + 1;
    if (start === 0) return null;
  }
  const end = arn.indexOf(':', start);
  const account = end === -1 ? '' : arn.slice(start, end);
  return ACCOUNT_ID.test(account) ? account : null;
}

/** Callers parsed so far (a batch repeats few principals); cleared when it grows large. */
const callers = new Map<string, Caller>();

/** Parses the request's principal (results are immutable and shared). */
export function parseCaller(name: string): Caller {
  let caller = callers.get(name);
  if (caller === undefined) {
    if (callers.size >= 4096) callers.clear();
    caller = Object.freeze(readCaller(name));
    callers.set(name, caller);
  }
  return caller;
}

function readCaller(name: string): Caller {
  const caller: Caller = { name, kind: 'other', account: null, partition: null, roleName: null };
  if (name === 'anonymous') return { ...caller, kind: 'anonymous' };
  const m = /^arn:([^:]+):(iam|sts)::(\d{12}):(.*)$/.exec(name);
  if (m === null) return /^[^:]+\.amazonaws\.com(\.cn)?$/.test(name) ? { ...caller, kind: 'service' } : caller;
  const [, partition, service, account, resource] = m;
  const base = { ...caller, account, partition };
  if (service === 'iam' && resource === 'root') return { ...base, kind: 'root' };
  if (service === 'iam' && resource.startsWith('user/')) return { ...base, kind: 'user' };
  if (service === 'iam' && resource.startsWith('role/')) return { ...base, kind: 'role' };
  if (service === 'sts' && resource.startsWith('assumed-role/')) {
    return { ...base, kind: 'assumed-role', roleName: resource.split('/')[1] ?? null };
  }
  if (service === 'sts' && resource.startsWith('federated-user/')) return { ...base, kind: 'federated-user' };
  return base;
}

/** How one `AWS` principal entry matches the caller, or null. */
function matchAwsEntry(entry: string, caller: Caller): GrantKind | null {
  if (entry === '*') return 'direct';
  if (ACCOUNT_ID.test(entry)) return caller.account === entry ? 'account' : null;
  const m = /^arn:([^:]+):iam::(\d{12}):(root|role\/.*)$/.exec(entry);
  if (m !== null && m[1] === caller.partition && m[2] === caller.account) {
    if (m[3] === 'root') return 'account';
    if (entry === caller.name) return 'role';
    const roleName = m[3].slice(m[3].lastIndexOf('/') + 1);
    return caller.kind === 'assumed-role' && caller.roleName === roleName ? 'role' : null;
  }
  return entry === caller.name ? 'direct' : null;
}

const RANK: Record<GrantKind, number> = { account: 0, role: 1, direct: 2 };

/** The strongest way any entry of the block matches the caller (ignoring negation), or null. */
function matchEntries(block: PrincipalBlock, caller: Caller): GrantKind | null {
  if (block.wildcard) return 'direct';
  let best: GrantKind | null = null;
  for (const group of block.entries) {
    for (const value of group.values) {
      const kind = group.type === 'AWS' ? matchAwsEntry(value, caller) : value === caller.name ? 'direct' : null;
      if (kind !== null && (best === null || RANK[kind] > RANK[best])) best = kind;
    }
  }
  return best;
}

/**
 * How a statement's Principal/NotPrincipal applies to the caller: a GrantKind, or null when it does
 * not. A statement without a principal element (identity-side policies) applies directly.
 */
export function matchPrincipal(
  block: PrincipalBlock | null,
  caller: Caller,
  isDeny: boolean,
  callerHasBoundary: boolean,
): GrantKind | null {
  if (block === null) return 'direct';
  if (!block.negated) return matchEntries(block, caller);
  if (isDeny && callerHasBoundary) return 'direct';
  return matchEntries(block, caller) === null ? 'direct' : null;
}
