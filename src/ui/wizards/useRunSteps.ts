// Runs a wizard's API calls through the console's useApiCall and keeps the failure to show.
import { useState } from 'react';
import type { OperationName } from '../../api';
import { useApiCall } from '../actions/useApiCall';
import type { CallOutcome } from '../actions/useApiCall';
import type { ApiStep } from './apiSteps';
import { runSteps } from './apiSteps';

/**
 * `run(steps)` resolves to whether every call succeeded; `failure` is the failed call's outcome, if any;
 * `busy` is true while the steps run.
 */
export function useRunSteps(): { run: (steps: readonly ApiStep[]) => Promise<boolean>; failure: CallOutcome<OperationName> | null; busy: boolean } {
  const { call, busy } = useApiCall();
  const [failure, setFailure] = useState<CallOutcome<OperationName> | null>(null);
  const run = async (steps: readonly ApiStep[]) => {
    const out = await runSteps(call, steps);
    setFailure(out.type === 'failure' ? out.outcome : null);
    return out.type === 'success';
  };
  return { run, failure, busy };
}
