// A console `call` over an in-memory scenario, for testing wizard steps without React.
import { callApi } from '../../../src/api';
import type { ApiContext } from '../../../src/api';
import { parsePolicy } from '../../../src/engine/parse/parsePolicy';
import { TsEngine } from '../../../src/engine/tsEngine';
import type { Scenario } from '../../../src/model';
import { exampleCorpScenario, fixedEnv } from '../../../src/model';
import type { ApiCall } from '../../../src/ui/actions/useApiCall';
import type { ApiStep, StepsOutcome } from '../../../src/ui/actions/apiSteps';
import { applySteps } from '../../../src/ui/actions/apiSteps';

/** Example Corp (acting as Nikki, an administrator), a `call` and a wizard's `runSteps` that keep its latest state. */
export function inMemoryConsole(start: Scenario = exampleCorpScenario()): {
  call: ApiCall;
  runSteps: (steps: readonly ApiStep[]) => StepsOutcome;
  scenario: () => Scenario;
} {
  const ctx: ApiContext = {
    engine: new TsEngine(),
    parse: parsePolicy,
    env: fixedEnv(Date.parse('2026-01-07T09:00:00Z')),
  };
  let scenario = start;
  const call = (async (operation, params) => {
    const out = callApi(ctx, scenario, operation, params);
    scenario = out.scenario;
    return { result: out.result, authorization: out.authorization };
  }) as ApiCall;
  const runSteps = (steps: readonly ApiStep[]) => {
    const out = applySteps(ctx, scenario, steps);
    scenario = out.scenario;
    return out.outcome;
  };
  return { call, runSteps, scenario: () => scenario };
}
