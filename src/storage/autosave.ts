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

  const write = (): Promise<Result<ScenarioMeta> | null> => {
    if (timer) clearTimeout(timer);
    timer = null;
    const scenario = pending;
    pending = null;
    // Nothing new: resolve with the write in flight, if any.
    if (!scenario) return writing;
    // Chain writes so each one starts from the revision the previous one produced.
    writing = writing.then(async () => {
      const result = await store.save(id, scenario, current);
      if (result.type === 'success') current = result.value.revision;
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
    cancel() {
      if (timer) clearTimeout(timer);
      timer = null;
      pending = null;
    },
  };
}
