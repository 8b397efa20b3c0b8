// Runs IAM / STS / Organizations operations from the UI as the acting identity, decided by the engine
// worker, and keeps the app's scenario (and its autosave) up to date.
//
//   const { call, busy } = useApiCall();
//   const out = await call('iam:CreateUser', { UserName: 'alice' });
//   if (out.result.type === 'success') show(out.result.value.User);
//   else return <CallFailureNotice outcome={out} />;   // AccessDenied with its explanation, or the AWS error
//
// A wizard may await several calls in a row: each one starts from the scenario the previous one
// produced, even before React re-renders. `busy` is true while a call is in flight (disable the buttons).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiOutcome, OperationName, ParamsOf, ResponseOf } from '../../api';
import { callApi } from '../../api';
import type { Scenario } from '../../model';
import { useScenario } from '../state/ScenarioContext';
import { runOffMainThread } from './consoleApi';

/** What a console call returns: the result and how it was authorized (for AccessDeniedNotice). */
export type CallOutcome<N extends OperationName> = Omit<ApiOutcome<ResponseOf<N>>, 'scenario'>;

/** A function that performs one operation as the acting identity. */
export type ApiCall = <N extends OperationName>(operation: N, params: ParamsOf<N>) => Promise<CallOutcome<N>>;

/** Runs `fn` on the latest scenario off the main thread; applies and autosaves the scenario it returns, if any. */
export type ScenarioAction = <T>(
  fn: (latest: Scenario, run: typeof runOffMainThread) => Promise<{ scenario: Scenario | null; value: T }>,
) => Promise<T>;

/** The latest applied scenario, an action runner that applies what it yields, and whether one is in flight. */
export function useScenarioAction(): { act: ScenarioAction; busy: boolean } {
  const { scenario, apply } = useScenario();
  const latest = useRef<Scenario>(scenario);
  const inFlight = useRef(0);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    latest.current = scenario;
  }, [scenario]);
  const act = useCallback<ScenarioAction>(
    async (fn) => {
      setBusy(++inFlight.current > 0);
      try {
        const { scenario: next, value } = await fn(latest.current, runOffMainThread);
        if (next) {
          latest.current = next;
          apply(next);
        }
        return value;
      } finally {
        setBusy(--inFlight.current > 0);
      }
    },
    [apply],
  );
  return { act, busy };
}

/** The engine could not decide (see runOffMainThread): shown like any failed call, as a ServiceFailure. */
export const engineFailure = (operation: string, e: unknown): CallOutcome<OperationName> => ({
  result: {
    type: 'failure',
    errors: [{ code: 'ServiceFailure', message: `Internal error in ${operation}: ${(e as Error).message}` }],
  },
  authorization: null,
});

/** `call(operation, params)`: authorize and run as the current identity; on success apply and autosave. */
export function useApiCall(): { call: ApiCall; busy: boolean } {
  const { act, busy } = useScenarioAction();
  const call = useCallback<ApiCall>(
    (operation, params) =>
      act(async (latest, run) => {
        try {
          const { scenario, result, authorization } = await run((ctx) => callApi(ctx, latest, operation, params));
          return { scenario: result.type === 'success' ? scenario : null, value: { result, authorization } };
        } catch (e) {
          return { scenario: null, value: engineFailure(operation, e) as CallOutcome<typeof operation> };
        }
      }),
    [act],
  );
  return { call, busy };
}
