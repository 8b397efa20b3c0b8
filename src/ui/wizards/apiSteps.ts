// A wizard's work as a list of API calls, run in order through the console's `call` until one fails.
import type { OperationName, ParamsOf } from '../../api';
import type { Tag } from '../../model';
import type { ApiCall, CallOutcome } from '../actions/useApiCall';

/** One operation and its parameters, typed together. */
export type ApiStep = { [N in OperationName]: { operation: N; params: ParamsOf<N> } }[OperationName];

/** Builds a step with its parameters checked against the operation. */
export const step = <N extends OperationName>(operation: N, params: ParamsOf<N>): ApiStep => ({ operation, params }) as ApiStep;

/** How a run of steps ended: all done, or the step that failed and its outcome. */
export type StepsOutcome = { type: 'success' } | { type: 'failure'; failed: ApiStep; done: number; outcome: CallOutcome<OperationName> };

/** Runs the steps in order; stops at the first failure, as the console does (what succeeded stays done). */
export async function runSteps(call: ApiCall, steps: readonly ApiStep[]): Promise<StepsOutcome> {
  for (const [i, s] of steps.entries()) {
    const outcome = await (call as (op: OperationName, params: unknown) => Promise<CallOutcome<OperationName>>)(s.operation, s.params);
    if (outcome.result.type === 'failure') return { type: 'failure', failed: s, done: i, outcome };
  }
  return { type: 'success' };
}

/** The `Tags` parameter for the rows the user filled in (rows with an empty key are left out), or nothing. */
export function tagsParam(tags: readonly Tag[]): { Tags?: Tag[] } {
  const used = tags.filter((t) => t.Key.trim());
  return used.length ? { Tags: used } : {};
}
