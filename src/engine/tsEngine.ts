// The TypeScript reference engine: compiles parsed policies once into handles, then evaluates any
// number of requests against them. The semantics live in ./evaluate (flow.ts is the specification
// the Wasm engine mirrors); this class only owns the handle table.

import { DECISION_CODE, type CompiledBundle, type Engine, type EvaluationResult, type PolicyHandle, type PolicySlots } from './contract';
import type { Explanation } from './explain';
import type { Policy } from './policy';
import { compilePolicy, type CompiledPolicy } from './evaluate/compilePolicy';
import type { Interner } from './evaluate/conditions';
import { explainRequest } from './evaluate/explanation';
import { evaluateRequest } from './evaluate/flow';
import { prepareRequest } from './evaluate/statements';

/** The reference implementation of the engine contract, plus explanations. */
export class TsEngine implements Engine {
  readonly kind = 'ts' as const;
  private policies: CompiledPolicy[] = [];
  /** Compiled values shared by every policy of this engine (same text, same compiled form). */
  private interner: Interner = new Map();

  compile(policy: Policy): PolicyHandle {
    this.policies.push(compilePolicy(policy, this.interner));
    return this.policies.length - 1;
  }

  evaluate(bundle: CompiledBundle): EvaluationResult {
    const slots = this.resolve(bundle);
    return evaluateRequest(slots, prepareRequest(bundle.request, slots.permissionsBoundary !== undefined));
  }

  evaluateBatch(bundles: readonly CompiledBundle[]): Uint8Array {
    const out = new Uint8Array(bundles.length);
    for (let i = 0; i < bundles.length; i++) out[i] = DECISION_CODE[this.evaluate(bundles[i]).decision];
    return out;
  }

  /** Evaluates the request and explains the decision statement by statement. */
  explain(bundle: CompiledBundle): Explanation {
    const slots = this.resolve(bundle);
    const req = prepareRequest(bundle.request, slots.permissionsBoundary !== undefined);
    return explainRequest(slots, req, evaluateRequest(slots, req));
  }

  reset(): void {
    this.policies = [];
    this.interner = new Map();
  }

  private policy(handle: PolicyHandle): CompiledPolicy {
    const p = this.policies[handle];
    if (p === undefined) throw new Error(`unknown policy handle ${handle}`);
    return p;
  }

  private resolve(bundle: CompiledBundle): PolicySlots<CompiledPolicy> {
    const one = (h: PolicyHandle | undefined) => (h === undefined ? undefined : this.policy(h));
    const many = (hs: PolicyHandle[] | undefined) => hs?.map((h) => this.policy(h));
    return {
      identityPolicies: many(bundle.identityPolicies),
      resourcePolicy: one(bundle.resourcePolicy),
      permissionsBoundary: one(bundle.permissionsBoundary),
      sessionPolicy: one(bundle.sessionPolicy),
      serviceControlPolicies: bundle.serviceControlPolicies?.map((level) => level.map((h) => this.policy(h))),
      resourceControlPolicies: bundle.resourceControlPolicies?.map((level) => level.map((h) => this.policy(h))),
      endpointPolicy: one(bundle.endpointPolicy),
    };
  }
}
