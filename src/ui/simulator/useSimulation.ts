// Runs the simulator's form through the engine: on demand, then again after each change once a run has
// been made (debounced, so typing in the what-if policy never waits for the engine), keeping only the
// answer to the latest form.
import { useEffect, useRef, useState } from 'react';
import { requestTimeMs, withPolicyDocuments } from '../../api';
import type { Scenario } from '../../model';
import { bundledCatalog } from '../editor/catalogData';
import type { ExpandedAction } from './actions';
import { expandActions } from './actions';
import type { ResolvedPrincipal } from './identities';
import type { ContextOverride } from './requestContext';
import type { SimulatedRequest, SimulationOutcome } from './runSimulation';
import { simulationRunner } from './simulatorEngine';
import { simulationRequests } from './simulationRequests';

/** The form as the user filled it. */
export interface SimulatorForm {
  caller: ResolvedPrincipal | null;
  actionsText: string;
  resources: string[];
  overrides: Record<string, ContextOverride>;
  whatIf: string;
  edits: Record<string, string>;
}

/** The state of the latest run. */
export type SimulationState = { state: 'idle' } | { state: 'running'; previous: Finished | null } | Finished;

/** A finished run: the expanded actions and the outcome, or the error that stopped it. */
export type Finished =
  { state: 'done'; entries: ExpandedAction[]; outcome: SimulationOutcome } | { state: 'error'; message: string };

const LIVE_DELAY_MS = 250;

/** The latest simulation of `form`; `run()` starts one now, and later form changes re-run by themselves. */
export function useSimulation(
  scenario: Scenario,
  form: SimulatorForm,
): { result: SimulationState; lastResults: SimulatedRequest[]; run: () => void } {
  const [result, setResult] = useState<SimulationState>({ state: 'idle' });
  // The last results that ran, kept while a policy being typed does not parse, so the page never empties mid-edit.
  const [lastResults, setLastResults] = useState<SimulatedRequest[]>([]);
  const latest = useRef(0);
  const live = useRef(false);
  const inputs = useRef({ scenario, form });
  inputs.current = { scenario, form };

  const run = () => {
    live.current = true;
    const id = ++latest.current;
    setResult((r) => ({
      state: 'running',
      previous: r.state === 'done' || r.state === 'error' ? r : r.state === 'running' ? r.previous : null,
    }));
    void simulate(inputs.current).then(
      (finished) => {
        if (id !== latest.current) return;
        setResult(finished);
        if (finished.state === 'done' && finished.outcome.type === 'success') setLastResults(finished.outcome.results);
      },
      (e: unknown) =>
        id === latest.current && setResult({ state: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
  };

  useEffect(() => {
    if (!live.current) return;
    const timer = window.setTimeout(run, LIVE_DELAY_MS);
    return () => window.clearTimeout(timer);
    // `run` reads the latest inputs from a ref; re-run when any of them changes.
  }, [scenario, form]);

  return { result, lastResults, run };
}

async function simulate({ scenario, form }: { scenario: Scenario; form: SimulatorForm }): Promise<Finished> {
  if (!form.caller) return { state: 'error', message: 'Choose an identity or type a principal.' };
  const { entries, actions } = await expandActions(form.actionsText, bundledCatalog);
  if (actions.length === 0) return { state: 'error', message: 'Enter at least one action, such as s3:GetObject.' };
  const nowMs = requestTimeMs(scenario, Date.now());
  const input = {
    caller: form.caller,
    actions,
    resources: form.resources,
    overrides: form.overrides,
    whatIf: form.whatIf,
    edits: form.edits,
    nowMs,
  };
  // Collecting the caller's policies may need AWS managed documents that are not loaded yet.
  const requests = await withPolicyDocuments(() => simulationRequests(scenario, input));
  return { state: 'done', entries, outcome: await simulationRunner.run(requests) };
}
