// A synchronous Engine for the API that never evaluates: it answers from decisions the engine worker made
// earlier, and throws AuthorizationPending for a request it has not seen, so the caller can ask the worker
// and run the API call again (runOffMainThread.ts).
import { AuthorizationPending } from '../../api';
import type { CompiledBundle, Engine, EvaluationResult, PolicyHandle } from '../../engine/contract';
import { DECISION_CODE } from '../../engine/contract';
import type { Policy } from '../../engine/policy';
import { handlesOf } from './bundleHandles';

/** JSON with object keys sorted, so equal values give equal text whatever order their keys were set in. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Past this many decisions the cache starts over (they are cheap to ask again). */
const MAX_DECISIONS = 2000;

/**
 * The decision cache. A handle stands for a policy's content (equal policies share one handle), so a
 * bundle's canonical JSON (request, slots and handles) identifies the question, whoever compiled it.
 */
export class DecisionCacheEngine implements Engine {
  readonly kind = 'ts' as const;
  private readonly policies: Policy[] = [];
  private readonly handleOfContent = new Map<string, PolicyHandle>();
  private readonly decisions = new Map<string, EvaluationResult>();

  /** Registers the policy's content; equal content gets the same handle. */
  compile(policy: Policy): PolicyHandle {
    const content = canonicalJson(policy);
    const known = this.handleOfContent.get(content);
    if (known !== undefined) return known;
    const handle = this.policies.push(policy) - 1;
    this.handleOfContent.set(content, handle);
    return handle;
  }

  /** The parsed policy behind a handle of this engine. */
  policy(handle: PolicyHandle): Policy {
    const p = this.policies[handle];
    if (!p) throw new Error(`unknown policy handle ${handle}`);
    return p;
  }

  /** The known decision, or AuthorizationPending with the bundle and its policies. */
  evaluate(bundle: CompiledBundle): EvaluationResult {
    const known = this.decisions.get(canonicalJson(bundle));
    if (known) return known;
    throw new AuthorizationPending(bundle, new Map(handlesOf(bundle).map((h) => [h, this.policy(h)])));
  }

  /** Decisions of known bundles; throws AuthorizationPending at the first unknown one. */
  evaluateBatch(bundles: readonly CompiledBundle[]): Uint8Array {
    return Uint8Array.from(bundles, (b) => DECISION_CODE[this.evaluate(b).decision]);
  }

  /** Records the decision made elsewhere for a bundle of this engine's handles. */
  remember(bundle: CompiledBundle, result: EvaluationResult): void {
    if (this.decisions.size >= MAX_DECISIONS) this.decisions.clear();
    this.decisions.set(canonicalJson(bundle), result);
  }

  /** Forgets decisions and policies. */
  reset(): void {
    this.policies.length = 0;
    this.handleOfContent.clear();
    this.decisions.clear();
  }
}
