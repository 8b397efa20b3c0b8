// The saved scenarios and which one this tab has open. Opening another one flushes the open scenario's
// autosave, stops its cross-tab sync (so saves announced for the old id no longer apply here) and starts a
// sync for the new id; other tabs keep theirs. Deleting the open scenario first opens another one (or a
// fresh Example Corp): the app never shows nothing. Plain TypeScript, tested against a real ScenarioStore.

import type { Result, Scenario } from '../../model';
import { emptyScenario, fail, ok, restoreScenario } from '../../model';
import type { ScenarioMeta, ScenarioStore, ScenarioSummary, StorageChange } from '../../storage';
import { rememberOpen, saveExampleCorp } from './openStoredScenario';
import type { ScenarioSync, SyncOptions } from './scenarioSync';
import { createScenarioSync } from './scenarioSync';
import { accountIdProblem, duplicateName, exportFileName, scenarioNameProblem, uniqueName } from './scenarioNames';

/** The scenario open in this tab and the sync that shows and autosaves it. */
export interface OpenScenario {
  id: string;
  sync: ScenarioSync;
}

/** A scenario file to download. */
export interface ExportedScenario {
  fileName: string;
  text: string;
}

/** Every saved scenario and the actions on them; each returns a Result, failures carry a message to show. */
export interface ScenarioLibrary {
  readonly current: OpenScenario;
  /** Calls `listener` when another scenario is opened; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Calls `listener` after any tab saved, created or deleted a scenario; returns the unsubscribe function. */
  watch(listener: () => void): () => void;
  list(): Promise<Result<ScenarioSummary[]>>;
  /** Switches this tab to the saved scenario `id`. */
  open(id: string): Promise<Result<void>>;
  /** Saves a fresh copy of the built-in Example Corp and opens it. */
  createFromExample(): Promise<Result<ScenarioMeta>>;
  /** Saves a scenario with one empty account `accountId`, acting as its root user, and opens it. */
  createEmpty(name: string, accountId: string): Promise<Result<ScenarioMeta>>;
  rename(id: string, name: string): Promise<Result<ScenarioMeta>>;
  /** Saves a copy of `id` under a new name (not opened). */
  duplicate(id: string): Promise<Result<ScenarioMeta>>;
  /** Deletes `id`; when it is the open one, another is opened first. */
  remove(id: string): Promise<Result<void>>;
  /** Restores a scenario file's text and saves it as a new scenario (not opened); a bad file adds nothing. */
  importText(text: string): Promise<Result<ScenarioMeta>>;
  exportFile(id: string): Promise<Result<ExportedScenario>>;
  /** After another tab deleted the open scenario: saves this tab's version as a new scenario and opens it. */
  keepDeletedAsNew(): Promise<Result<ScenarioMeta>>;
  /** After another tab deleted the open scenario: lets this tab's version go and opens another scenario. */
  discardDeleted(): Promise<Result<void>>;
  /** Writes the open scenario's queued change and stops listening. */
  close(): void;
}

const UNRESOLVED =
  'Choose what happens to this tab’s version of the open scenario first (in the notice at the top of the page).';

/** Starts with the scenario `opened` (as loaded from `store`) open; `options` apply to every scenario's sync. */
export function createScenarioLibrary(
  store: ScenarioStore,
  opened: { scenario: Scenario; meta: ScenarioMeta },
  options: SyncOptions = {},
): ScenarioLibrary {
  const listeners = new Set<() => void>();
  const start = (loaded: { scenario: Scenario; meta: ScenarioMeta }): OpenScenario => {
    const sync: ScenarioSync = createScenarioSync(store, loaded, {
      ...options,
      // A closed scenario's last write says nothing about the one now shown.
      onWriteResult: (r) => current.sync === sync && options.onWriteResult?.(r),
    });
    return { id: loaded.meta.id, sync };
  };
  let current = start(opened);

  // Switches run one at a time: a second click must not open two scenarios over each other.
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task);
    queue = run.catch(() => {});
    return run;
  };

  /** Whether this tab holds a version of the open scenario that only the user may decide to drop. */
  const unresolved = () => current.sync.state.conflict !== null || current.sync.state.deleted;

  /**
   * Opens what `load` yields. `discarding` says the user chose to let go of this tab's unsaved version (or
   * it is in what `load` stores); otherwise a conflict or deletion found while saving it stops the switch.
   */
  const switchTo = async (
    load: () => Promise<Result<{ scenario: Scenario; meta: ScenarioMeta }>>,
    discarding = false,
  ): Promise<Result<ScenarioMeta>> => {
    const old = current.sync;
    // Save what the old scenario has queued before it stops listening, so nothing typed is lost.
    await old.flush();
    await old.idle();
    if (!discarding && unresolved()) return fail('Unresolved', UNRESOLVED);
    const loaded = await load();
    if (loaded.type === 'failure') return loaded;
    old.close();
    current = start(loaded.value);
    await rememberOpen(store, loaded.value.meta.id);
    for (const listener of listeners) listener();
    return ok(loaded.value.meta);
  };

  const names = async (): Promise<string[]> => {
    const listed = await store.list();
    return listed.type === 'success' ? listed.value.map((m) => m.name) : [];
  };

  const createAndOpen = async (scenario: Scenario, discarding = false): Promise<Result<ScenarioMeta>> =>
    switchTo(async () => {
      const created = await store.create(scenario.name, scenario);
      return created.type === 'failure' ? created : ok({ scenario, meta: created.value });
    }, discarding);

  /** Opens the newest scenario other than `leaving`, or a fresh Example Corp when there is none. */
  const openAnother = (leaving: string, discarding: boolean): Promise<Result<ScenarioMeta>> =>
    switchTo(async () => {
      const listed = await store.list();
      for (const meta of listed.type === 'success' ? listed.value : []) {
        if (meta.id === leaving) continue;
        const loaded = await store.load(meta.id);
        if (loaded.type === 'success') return loaded;
      }
      return saveExampleCorp(store, uniqueName('Example Corp', await names()));
    }, discarding);

  return {
    get current() {
      return current;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    watch(listener) {
      return store.subscribe((change: StorageChange) => change.type !== 'status' && listener());
    },
    list: () => store.summaries(),
    open: (id) =>
      serially(async () => {
        if (id === current.id) return ok(undefined);
        const switched = await switchTo(() => store.load(id));
        return switched.type === 'failure' ? switched : ok(undefined);
      }),
    createFromExample: () =>
      serially(() => switchTo(async () => saveExampleCorp(store, uniqueName('Example Corp', await names())))),
    createEmpty: (name, accountId) =>
      serially(async () => {
        const problem = scenarioNameProblem(name) ?? accountIdProblem(accountId);
        if (problem) return fail('InvalidInput', problem);
        // Through restore, as every load will be: what cannot be opened again is not stored.
        const restored = restoreScenario(emptyScenario(name.trim(), accountId));
        return restored.type === 'failure' ? restored : createAndOpen(restored.value);
      }),
    rename: (id, name) =>
      serially(async () => {
        const problem = scenarioNameProblem(name);
        if (problem) return fail('InvalidInput', problem);
        // The open scenario's queued edit goes first, so the rename lands on top of it rather than racing it.
        if (id === current.id) {
          if (unresolved()) return fail('Unresolved', UNRESOLVED);
          await current.sync.flush();
        }
        return store.rename(id, name.trim());
      }),
    duplicate: (id) =>
      serially(async () => {
        const listed = await store.list();
        if (listed.type === 'failure') return listed;
        const source = listed.value.find((m) => m.id === id);
        if (!source) return fail('NotFound', 'That scenario is no longer saved in this browser.');
        if (id === current.id) await current.sync.flush();
        return store.duplicate(
          id,
          duplicateName(
            source.name,
            listed.value.map((m) => m.name),
          ),
        );
      }),
    remove: (id) =>
      serially(async () => {
        if (id === current.id) {
          const switched = await openAnother(id, false);
          if (switched.type === 'failure') return switched;
        }
        return store.remove(id);
      }),
    importText: (text) =>
      serially(async () => {
        const restored = restoreScenario(text);
        if (restored.type === 'failure') return restored;
        const name = uniqueName(restored.value.name, await names());
        return store.create(name, { ...restored.value, name });
      }),
    exportFile: (id) =>
      serially(async () => {
        if (id === current.id) await current.sync.flush();
        const listed = await store.list();
        const name = listed.type === 'success' ? listed.value.find((m) => m.id === id)?.name : undefined;
        const text = await store.exportText(id);
        return text.type === 'failure' ? text : ok({ fileName: exportFileName(name ?? 'scenario'), text: text.value });
      }),
    keepDeletedAsNew: () =>
      serially(async () => {
        if (!current.sync.state.deleted) return fail('NotDeleted', 'The open scenario is still saved.');
        const mine = current.sync.state.scenario;
        return createAndOpen({ ...mine, name: uniqueName(mine.name, await names()) }, true);
      }),
    discardDeleted: () =>
      serially(async () => {
        if (!current.sync.state.deleted) return fail('NotDeleted', 'The open scenario is still saved.');
        const switched = await openAnother(current.id, true);
        return switched.type === 'failure' ? switched : ok(undefined);
      }),
    close() {
      current.sync.close();
    },
  };
}
