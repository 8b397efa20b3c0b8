// Runs a wizard's API calls through the console's useApiCall and keeps the failure to show.
import { useState } from 'react';
import type { OperationName } from '../../api';
import { useApiCall } from '../actions/useApiCall';
import type { CallOutcome } from '../actions/useApiCall';
import type { ApiStep } from './apiSteps';
import { runSteps } from './apiSteps';

/** `run(steps)` returns whether every call succeeded; `failure` is the failed call's outcome, if any. */
export function useRunSteps(): { run: (steps: readonly ApiStep[]) => boolean; failure: CallOutcome<OperationName> | null } {
  const call = useApiCall();
  const [failure, setFailure] = useState<CallOutcome<OperationName> | null>(null);
  const run = (steps: readonly ApiStep[]) => {
    const out = runSteps(call, steps);
    setFailure(out.type === 'failure' ? out.outcome : null);
    return out.type === 'success';
  };
  return { run, failure };
}
