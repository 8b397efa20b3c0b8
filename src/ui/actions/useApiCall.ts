// Runs IAM / STS / Organizations operations from the UI as the acting identity, and keeps the app's
// scenario (and its autosave) up to date.
//
//   const call = useApiCall();
//   const out = call('iam:CreateUser', { UserName: 'alice' });
//   if (out.result.type === 'success') show(out.result.value.User);
//   else return <CallFailureNotice outcome={out} />;   // AccessDenied with its explanation, or the AWS error
//
// `call` is synchronous, so a wizard may make several calls in a row: each one starts from the scenario
// the previous one produced, even before React re-renders.
import { useCallback, useEffect, useRef } from 'react';
import type { ApiOutcome, OperationName, ParamsOf, ResponseOf } from '../../api';
import { callApi } from '../../api';
import type { Scenario } from '../../model';
import { useScenario } from '../state/ScenarioContext';
import { consoleApi } from './consoleApi';

/** What a console call returns: the result and how it was authorized (for AccessDeniedNotice). */
export type CallOutcome<N extends OperationName> = Omit<ApiOutcome<ResponseOf<N>>, 'scenario'>;

/** A function that performs one operation as the acting identity. */
export type ApiCall = <N extends OperationName>(operation: N, params: ParamsOf<N>) => CallOutcome<N>;

/** `call(operation, params)`: authorize and run as the current identity; on success apply and autosave. */
export function useApiCall(): ApiCall {
  const { scenario, apply } = useScenario();
  const latest = useRef<Scenario>(scenario);
  useEffect(() => {
    latest.current = scenario;
  }, [scenario]);
  return useCallback(
    <N extends OperationName>(operation: N, params: ParamsOf<N>): CallOutcome<N> => {
      const { scenario: next, result, authorization } = callApi(consoleApi, latest.current, operation, params);
      if (result.type === 'success') {
        latest.current = next;
        apply(next);
      }
      return { result, authorization };
    },
    [apply],
  );
}
