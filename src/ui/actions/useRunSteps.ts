// Runs a wizard's API calls as one console action (all or nothing, decided by the engine worker) and keeps
// the failure to show.
import { useState } from 'react';
import type { OperationName } from '../../api';
import { engineFailure, useScenarioAction } from './useApiCall';
import type { CallOutcome } from './useApiCall';
import type { ApiStep, StepsOutcome } from './apiSteps';
import { applySteps } from './apiSteps';

/**
 * `run(steps)` resolves to whether every call succeeded (only then is anything applied); `failure` is the
 * failed call's outcome, if any; `busy` is true while the steps run.
 */
export function useRunSteps(): {
  run: (steps: readonly ApiStep[]) => Promise<boolean>;
  failure: CallOutcome<OperationName> | null;
  busy: boolean;
} {
  const { act, busy } = useScenarioAction();
  const [failure, setFailure] = useState<CallOutcome<OperationName> | null>(null);
  const run = async (steps: readonly ApiStep[]) => {
    const outcome = await act(async (latest, runOffMainThread) => {
      try {
        const out = await runOffMainThread((ctx) => applySteps(ctx, latest, steps));
        return { scenario: out.outcome.type === 'success' ? out.scenario : null, value: out.outcome };
      } catch (e) {
        const failed: StepsOutcome = {
          type: 'failure',
          failed: steps[0],
          outcome: engineFailure(steps[0]?.operation ?? 'the action', e),
        };
        return { scenario: null, value: failed };
      }
    });
    setFailure(outcome.type === 'failure' ? outcome.outcome : null);
    return outcome.type === 'success';
  };
  return { run, failure, busy };
}
