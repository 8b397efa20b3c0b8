// Policy documents at the API boundary: validation as IAM does it (MalformedPolicyDocument, size quotas)
// and compilation into engine handles, cached so each distinct policy crosses into the engine once.

import type { PolicyHandle } from '../engine/contract';
import type { PolicyKind } from '../engine/policy';
import type { ApiContext } from './apiContext';
import { ApiError, limitExceeded } from './errors';

/** IAM counts policy size in characters, not counting white space. */
export const policySize = (text: string): number => text.replace(/\s/g, '').length;

/** Throws MalformedPolicyDocument with the parser's first error (and where it is) if the text is invalid. */
export function checkPolicyDocument(ctx: ApiContext, text: string, kind: PolicyKind): void {
  const { policy, diagnostics } = ctx.parse(text, kind);
  if (policy) return;
  const first = diagnostics.find((d) => d.severity === 'error');
  const where = first ? ` (line ${first.range.startLine}, column ${first.range.startColumn})` : '';
  throw new ApiError('MalformedPolicyDocument', `${first ? first.message : 'Syntax errors in policy.'}${where}`);
}

/** Throws LimitExceeded when a document is larger than the quota, naming the quota as AWS does. */
export function checkPolicySize(text: string, quota: string, max: number): void {
  if (policySize(text) > max) throw limitExceeded(quota, max);
}

const caches = new WeakMap<object, Map<string, PolicyHandle>>();

/** Compiles a policy text of a kind with the context's engine, once per engine, text and kind. */
export function compilePolicyText(ctx: ApiContext, text: string, kind: PolicyKind): PolicyHandle {
  let cache = caches.get(ctx.engine);
  if (!cache) caches.set(ctx.engine, (cache = new Map()));
  const key = `${kind}\n${text}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const { policy, diagnostics } = ctx.parse(text, kind);
  if (!policy) {
    const first = diagnostics.find((d) => d.severity === 'error');
    throw new ApiError(
      'MalformedPolicyDocument',
      `A stored ${kind} policy is invalid: ${first?.message ?? 'syntax error'}`,
    );
  }
  const handle = ctx.engine.compile(policy);
  cache.set(key, handle);
  return handle;
}

/** Forgets cached handles; call after `engine.reset()`. */
export const forgetCompiledPolicies = (ctx: ApiContext): void => {
  caches.delete(ctx.engine);
};
