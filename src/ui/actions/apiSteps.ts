// A wizard's work as a list of API calls, applied all or nothing: a wizard that fails half-way (a password
// the policy refuses after the user was created) must not leave a half-made user behind that makes every
// retry fail with EntityAlreadyExists.
import type { ApiContext, OperationName, ParamsOf } from '../../api';
import { callApi } from '../../api';
import type { Scenario, Tag } from '../../model';
import type { CallOutcome } from './useApiCall';

/** One operation and its parameters, typed together. */
export type ApiStep = { [N in OperationName]: { operation: N; params: ParamsOf<N> } }[OperationName];

/** Builds a step with its parameters checked against the operation. */
export const step = <N extends OperationName>(operation: N, params: ParamsOf<N>): ApiStep =>
  ({ operation, params }) as ApiStep;

/** How a run of steps ended: all done, or the step that failed and its outcome (nothing was applied). */
export type StepsOutcome =
  { type: 'success' } | { type: 'failure'; failed: ApiStep; outcome: CallOutcome<OperationName> };

/**
 * Calls the steps in order as the acting identity, each on the scenario the previous one produced. On
 * success the scenario after the last step; at the first failure the scenario as it was, with that failure.
 */
export function applySteps(
  ctx: ApiContext,
  scenario: Scenario,
  steps: readonly ApiStep[],
): { scenario: Scenario; outcome: StepsOutcome } {
  let current = scenario;
  for (const s of steps) {
    const out = callApi(ctx, current, s.operation, s.params as never);
    if (out.result.type === 'failure')
      return {
        scenario,
        outcome: { type: 'failure', failed: s, outcome: { result: out.result, authorization: out.authorization } },
      };
    current = out.scenario;
  }
  return { scenario: current, outcome: { type: 'success' } };
}

/** The `Tags` parameter for the rows the user filled in (rows with an empty key are left out), or nothing. */
export function tagsParam(tags: readonly Tag[]): { Tags?: Tag[] } {
  const used = tags.filter((t) => t.Key.trim());
  return used.length ? { Tags: used } : {};
}
