// Runs a wizard's API calls in order, awaiting each one, so the same code works whether the console's
// `call` answers at once or with a Promise (useApiCall is becoming asynchronous).
import type { OperationName } from '../../api';
import type { CallOutcome } from '../actions/useApiCall';
import type { ApiStep, StepsOutcome } from './apiSteps';

/** A console `call` that answers now or later. */
export type AwaitableCall = (operation: OperationName, params: unknown) => CallOutcome<OperationName> | PromiseLike<CallOutcome<OperationName>>;

/** Awaits the steps one after another; stops at the first failure, as the console does (what succeeded stays done). */
export async function runStepsAwaited(call: AwaitableCall, steps: readonly ApiStep[]): Promise<StepsOutcome> {
  for (const [i, s] of steps.entries()) {
    const outcome = await call(s.operation, s.params);
    if (outcome.result.type === 'failure') return { type: 'failure', failed: s, done: i, outcome };
  }
  return { type: 'success' };
}
