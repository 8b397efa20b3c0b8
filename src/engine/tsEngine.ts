// The TypeScript reference engine: compiles parsed policies once into handles, then evaluates any
// number of requests against them. The semantics live in ./evaluate (flow.ts is the specification
// the Wasm engine mirrors); this class only owns the handle table.

import { DECISION_CODE, type CompiledBundle, type Engine, type EvaluationResult, type PolicyHandle } from './contract';
import type { Explanation } from './explain';
import type { Policy } from './policy';
import { compilePolicy, type CompiledPolicy } from './evaluate/compilePolicy';
import { Interner, RequestMemo } from './evaluate/requestMemo';
import { explainRequest } from './evaluate/explanation';
import { evaluateDecision, evaluateRequest, slotTable, type SlotTable } from './evaluate/flow';
import { prepareRequest } from './evaluate/statements';

/** The reference implementation of the engine contract, plus explanations. */
export class TsEngine implements Engine {
  readonly kind = 'ts' as const;
  private policies: CompiledPolicy[] = [];
  /** Compiled values shared by every policy of this engine (same text, same compiled form). */
  private interner = new Interner();
  private readonly memo = new RequestMemo();

  compile(policy: Policy): PolicyHandle {
    this.policies.push(compilePolicy(policy, this.interner));
    return this.policies.length - 1;
  }

  evaluate(bundle: CompiledBundle): EvaluationResult {
    const table = this.resolve(bundle);
    return evaluateRequest(table, this.prepare(bundle));
  }

  evaluateBatch(bundles: readonly CompiledBundle[]): Uint8Array {
    const out = new Uint8Array(bundles.length);
    for (let i = 0; i < bundles.length; i++) {
      out[i] = DECISION_CODE[evaluateDecision(this.resolve(bundles[i]), this.prepare(bundles[i]))];
    }
    return out;
  }

  /** Evaluates the request and explains the decision statement by statement. */
  explain(bundle: CompiledBundle): Explanation {
    const table = this.resolve(bundle);
    const req = this.prepare(bundle);
    return explainRequest(table, req, evaluateRequest(table, req));
  }

  reset(): void {
    this.policies = [];
    this.interner = new Interner();
  }

  private prepare(bundle: CompiledBundle) {
    this.memo.begin(this.interner.size);
    return prepareRequest(bundle.request, bundle.permissionsBoundary !== undefined, this.memo);
  }

  private policy(handle: PolicyHandle): CompiledPolicy {
    const p = this.policies[handle];
    if (p === undefined) throw new Error(`unknown policy handle ${handle}`);
    return p;
  }

  private resolve(bundle: CompiledBundle): SlotTable {
    return slotTable({
      identityPolicies: this.policyList(bundle.identityPolicies),
      resourcePolicy: this.optionalPolicy(bundle.resourcePolicy),
      permissionsBoundary: this.optionalPolicy(bundle.permissionsBoundary),
      sessionPolicy: this.optionalPolicy(bundle.sessionPolicy),
      serviceControlPolicies: this.levelLists(bundle.serviceControlPolicies),
      resourceControlPolicies: this.levelLists(bundle.resourceControlPolicies),
      endpointPolicy: this.optionalPolicy(bundle.endpointPolicy),
    });
  }

  // Plain loops rather than closures: this runs once per request on the batch hot path.
  private optionalPolicy(handle: PolicyHandle | undefined): CompiledPolicy | undefined {
    return handle === undefined ? undefined : this.policy(handle);
  }

  private policyList(handles: PolicyHandle[] | undefined): CompiledPolicy[] | undefined {
    if (handles === undefined) return undefined;
    const out: CompiledPolicy[] = [];
    for (const h of handles) out.push(this.policy(h));
    return out;
  }

  private levelLists(levels: PolicyHandle[][] | undefined): CompiledPolicy[][] | undefined {
    if (levels === undefined) return undefined;
    const out: CompiledPolicy[][] = [];
    for (const level of levels) out.push(this.policyList(level) as CompiledPolicy[]);
    return out;
  }
}
