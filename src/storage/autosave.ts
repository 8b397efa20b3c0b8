// Calm saving: changes to the open scenario are written after a quiet pause (or on flush), one write at a
// time, each based on the revision the previous write produced, so nothing is lost and nothing overwrites
// another tab's work silently (a Conflict is reported instead).

import type { Result, Scenario } from '../model';
import type { ScenarioMeta, ScenarioStore } from './scenarioStore';

/** Debounced saving of one scenario. */
export interface Autosave {
  /** Queues the latest scenario; it is written after `delayMs` without further changes. */
  schedule(scenario: Scenario): void;
  /** Writes the queued scenario now (e.g. before the page is hidden); resolves with the last write's result. */
  flush(): Promise<Result<ScenarioMeta> | null>;
  /** The revision the next write expects. */
  readonly revision: number;
  /** Whether a change is queued or being written: this tab holds something the store does not have yet. */
  readonly hasUnsaved: boolean;
  /** Resolves once no write is in flight, without writing the queued change. */
  settled(): Promise<void>;
  /** Stops pending timers without writing. */
  cancel(): void;
}

/** Creates an autosave for scenario `id`, currently at `revision`; `onResult` hears every write's outcome. */
export function createAutosave(
  store: ScenarioStore,
  id: string,
  revision: number,
  options: { delayMs?: number; onResult?: (r: Result<ScenarioMeta>) => void } = {},
): Autosave {
  const delay = options.delayMs ?? 800;
  let current = revision;
  let pending: Scenario | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writing: Promise<Result<ScenarioMeta> | null> = Promise.resolve(null);
  let inFlight = 0;

  const write = (): Promise<Result<ScenarioMeta> | null> => {
    if (timer) clearTimeout(timer);
    timer = null;
    const scenario = pending;
    pending = null;
    // Nothing new: resolve with the write in flight, if any.
    if (!scenario) return writing;
    // Chain writes so each one starts from the revision the previous one produced.
    inFlight += 1;
    writing = writing.then(async () => {
      const result = await store.save(id, scenario, current);
      if (result.type === 'success') current = result.value.revision;
      inFlight -= 1;
      options.onResult?.(result);
      return result;
    });
    return writing;
  };

  return {
    schedule(scenario) {
      pending = scenario;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void write(), delay);
    },
    flush: write,
    get revision() {
      return current;
    },
    get hasUnsaved() {
      return pending !== null || inFlight > 0;
    },
    async settled() {
      // A write may be chained while we wait (a flush from elsewhere): wait for it too.
      while (inFlight > 0) await writing;
    },
    cancel() {
      if (timer) clearTimeout(timer);
      timer = null;
      pending = null;
    },
  };
}
