// The engine contract: the one API that the TS reference engine and the Wasm engine both implement.
// Policies are compiled once into handles; requests name handles, so a batch never re-sends policies.

import type { Policy } from './policy';

export type Decision = 'Allow' | 'ExplicitDeny' | 'ImplicitDeny';

/** Decision codes used where decisions travel as bytes (Wasm results, worker transfers). */
export const DECISION_CODE = { ImplicitDeny: 0, Allow: 1, ExplicitDeny: 2 } as const;
export const DECISIONS: readonly Decision[] = ['ImplicitDeny', 'Allow', 'ExplicitDeny'];

/** A context value as the batch format allows it; numbers and booleans compare as their text. */
export type ContextValue = string | number | boolean | (string | number | boolean)[];

export interface AuthzRequest {
  /** An ARN, a service principal such as `ec2.amazonaws.com`, or `anonymous`. */
  principal: string;
  action: string;
  /** An ARN or `*`. */
  resource: string;
  /** The 12-digit owner of the resource; defaults to the ARN's account, else the principal's. */
  resourceAccount?: string;
  context?: Record<string, ContextValue>;
}

/** The policy slots of a request, generic over what fills them (raw JSON, parsed policies or handles). */
export interface PolicySlots<P> {
  identityPolicies?: P[];
  resourcePolicy?: P;
  permissionsBoundary?: P;
  sessionPolicy?: P;
  /** One list per level of the organization path, root first. */
  serviceControlPolicies?: P[][];
  /** Same shape as SCPs; RCPFullAWSAccess is implicit at every level. */
  resourceControlPolicies?: P[][];
  endpointPolicy?: P;
}

/** The policy a statement reference (or an explanation's policy entry) points at in a set of slots. */
export function policyInSlots<P>(
  slots: PolicySlots<P>,
  ref: { slot: PolicySlot; level: number; policy: number },
): P | undefined {
  switch (ref.slot) {
    case 'identity':
      return slots.identityPolicies?.[ref.policy];
    case 'resource':
      return slots.resourcePolicy;
    case 'boundary':
      return slots.permissionsBoundary;
    case 'session':
      return slots.sessionPolicy;
    case 'scp':
      return slots.serviceControlPolicies?.[ref.level]?.[ref.policy];
    case 'rcp':
      return slots.resourceControlPolicies?.[ref.level]?.[ref.policy];
    case 'endpoint':
      return slots.endpointPolicy;
  }
}

/** Opaque id of a policy compiled by one engine instance. */
export type PolicyHandle = number;

/** A request ready for evaluation: every policy already compiled by the engine that evaluates it. */
export interface CompiledBundle extends PolicySlots<PolicyHandle> {
  request: AuthzRequest;
}

/** Names a policy slot in explanations and decisive-statement references. */
export type PolicySlot = 'identity' | 'resource' | 'boundary' | 'session' | 'scp' | 'rcp' | 'endpoint';

/** Points at one statement of one policy in a bundle. */
export interface StatementRef {
  slot: PolicySlot;
  /** The organization level for scp/rcp (0 = root); 0 otherwise. */
  level: number;
  /** Index within the slot's list (identity policies, or the policies of one SCP/RCP level); 0 for single slots. */
  policy: number;
  statement: number;
}

/**
 * What both engines return for one request, and must agree on exactly.
 * - ExplicitDeny: `decisive` lists every Deny statement that applies, in canonical order.
 * - Allow: `decisive` lists every Allow statement that applies in the slots that granted access.
 * - ImplicitDeny: `decisive` is empty and `missingAllow` names the first slot, in AWS's evaluation
 *   order, that had no applicable Allow.
 * Canonical order: slot order scp, rcp, endpoint, resource, identity, boundary, session; then level,
 * policy, statement.
 */
export interface EvaluationResult {
  decision: Decision;
  decisive: StatementRef[];
  missingAllow: PolicySlot | null;
}

/** One call/answer contract per operation: success carries a value, failure carries errors. */
export type Result<T> =
  { type: 'success'; value: T } | { type: 'failure'; errors: { code: string; message: string }[] };

/** The one engine API. Both implementations are synchronous; the worker makes Wasm asynchronous. */
export interface Engine {
  readonly kind: 'ts' | 'wasm';
  /** Compiles a parsed policy once; the handle stays valid until `reset`. */
  compile(policy: Policy): PolicyHandle;
  evaluate(bundle: CompiledBundle): EvaluationResult;
  /** Decisions only, as DECISION_CODE bytes: the hot path for large batches. */
  evaluateBatch(bundles: readonly CompiledBundle[]): Uint8Array;
  /** Forgets every compiled policy. */
  reset(): void;
}
