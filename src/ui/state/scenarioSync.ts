// Keeps the open scenario in step with its stored copy across tabs, without ever silently dropping this
// tab's edit: another tab's save is adopted only while this tab has nothing unsaved; otherwise (or when our
// own write is refused as stale) autosave stops and the conflict waits for the user's choice.
// Plain TypeScript so it can be tested against a real ScenarioStore; React reads it through subscribe/state.

import type { Result, Scenario } from '../../model';
import type { Autosave, ScenarioMeta, ScenarioStore } from '../../storage';
import { createAutosave } from '../../storage';

/** What the user may do about a conflict: overwrite the other tab, take its version, or keep ours as a copy. */
export type ConflictChoice = 'keep-this-tab' | 'take-other-tab' | 'save-copy';

/** What the UI shows. */
export interface SyncState {
  /** The scenario this tab shows, including edits not yet saved. */
  scenario: Scenario;
  /** Set while another tab's save and this tab's unsaved change disagree; nothing is autosaved meanwhile. */
  conflict: { resolving: boolean } | null;
  /** The name of the copy the last "save as a copy" stored, until dismissed. */
  savedCopy: string | null;
  /** Set once another tab deleted this scenario: this tab's version is in memory only and nothing is saved. */
  deleted: boolean;
}

/** The open scenario's cross-tab synchronisation. */
export interface ScenarioSync {
  readonly state: SyncState;
  /** Calls `listener` after every state change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Shows `next` and autosaves it, unless a conflict is open or the scenario was deleted (then it stays local). */
  edit(next: Scenario): void;
  /** Carries out the user's choice for an open conflict; resolves when it is done (or failed and still open). */
  resolve(choice: ConflictChoice): Promise<void>;
  /** Hides the "saved as a copy" confirmation. */
  dismissSavedCopy(): void;
  /** Writes the queued change now (e.g. before the page is hidden); nothing while a conflict is open. */
  flush(): Promise<void>;
  /** Resolves once every reaction to a save and every choice made so far has finished. */
  idle(): Promise<void>;
  /** Writes the queued change and stops listening. */
  close(): void;
}

/** Options: the autosave delay and a listener for write outcomes other than a conflict (quota, errors, success). */
export interface SyncOptions {
  delayMs?: number;
  onWriteResult?: (result: Result<unknown>) => void;
}

/** The name under which "save as a copy" stores this tab's version of the scenario `name`. */
export const copyName = (name: string): string => `${name} (copy from this tab)`;

const isConflict = (r: Result<unknown>) => r.type === 'failure' && r.errors[0]?.code === 'Conflict';

/** Starts synchronising the scenario `opened` (as loaded from `store`) with other tabs. */
export function createScenarioSync(
  store: ScenarioStore,
  opened: { scenario: Scenario; meta: ScenarioMeta },
  options: SyncOptions = {},
): ScenarioSync {
  const id = opened.meta.id;
  const listeners = new Set<() => void>();
  let state: SyncState = { scenario: opened.scenario, conflict: null, savedCopy: null, deleted: false };
  const set = (patch: Partial<SyncState>) => {
    state = { ...state, ...patch };
    for (const listener of listeners) listener();
  };
  const report = (result: Result<unknown>) => options.onWriteResult?.(result);

  // A write that failed for another reason (quota) also leaves this tab with a change the store lacks.
  let lastWriteFailed = false;
  const makeSaver = (revision: number): Autosave => {
    const own = createAutosave(store, id, revision, {
      delayMs: options.delayMs,
      onResult: (r) => {
        // A replaced autosave's late answer says nothing about the current revision.
        if (saver !== own) return;
        if (isConflict(r)) return enterConflict();
        // The record is gone (another tab deleted it, unannounced): the deletion notice, not a storage error.
        if (r.type === 'failure' && r.errors[0]?.code === 'NotFound') return markDeleted();
        lastWriteFailed = r.type === 'failure';
        report(r);
      },
    });
    return own;
  };
  let saver = makeSaver(opened.meta.revision);
  const startSaving = (revision: number) => {
    saver.cancel();
    lastWriteFailed = false;
    saver = makeSaver(revision);
  };
  const enterConflict = () => {
    saver.cancel();
    if (!state.conflict) set({ conflict: { resolving: false } });
  };
  // A conflict about a deleted record has no versions left to choose between: the deletion replaces it.
  const markDeleted = () => {
    saver.cancel();
    if (!state.deleted) set({ deleted: true, conflict: null });
  };

  // Reactions to saves and the user's choices run one at a time, so a save announced during a choice is
  // judged against the revision that choice produced.
  let queue: Promise<void> = Promise.resolve();
  const enqueue = (task: () => Promise<void>): Promise<void> => {
    const run = queue.then(task);
    queue = run.catch(() => {});
    return run;
  };

  const adopt = (loaded: { scenario: Scenario; meta: ScenarioMeta }) => {
    startSaving(loaded.meta.revision);
    set({ scenario: loaded.scenario });
  };

  /** A save of this scenario was announced (by this tab or another): adopt it, ignore it, or open a conflict. */
  const reconcile = async () => {
    await saver.settled();
    if (state.conflict) return;
    const loaded = await store.load(id);
    // A write of ours may have started while loading: its outcome decides whether the load is news.
    await saver.settled();
    if (state.conflict || loaded.type === 'failure' || loaded.value.meta.revision <= saver.revision) return;
    if (saver.hasUnsaved || lastWriteFailed) enterConflict();
    else adopt(loaded.value);
  };

  const takeOtherTab = async (): Promise<boolean> => {
    const loaded = await store.load(id);
    report(loaded);
    if (loaded.type === 'failure') return false;
    adopt(loaded.value);
    return true;
  };

  const keepThisTab = async (): Promise<boolean> => {
    const stored = await store.load(id);
    const mine = state.scenario;
    const saved = stored.type === 'failure' ? stored : await store.save(id, mine, stored.value.meta.revision);
    // A Conflict here means yet another save landed in between: the conflict stays open for a fresh choice.
    if (!isConflict(saved)) report(saved);
    if (saved.type === 'failure') return false;
    startSaving(saved.value.revision);
    if (state.scenario !== mine) saver.schedule(state.scenario);
    return true;
  };

  const saveCopy = async (): Promise<boolean> => {
    const name = copyName(state.scenario.name);
    const created = await store.create(name, { ...state.scenario, name });
    report(created);
    if (created.type === 'failure') return false;
    set({ savedCopy: name });
    return takeOtherTab();
  };

  const choices: Record<ConflictChoice, () => Promise<boolean>> = {
    'keep-this-tab': keepThisTab,
    'take-other-tab': takeOtherTab,
    'save-copy': saveCopy,
  };

  const unsubscribe = store.subscribe((change) => {
    if (change.type === 'saved' && change.id === id) void enqueue(reconcile);
    if (change.type === 'deleted' && change.id === id) void enqueue(async () => markDeleted());
  });

  return {
    get state() {
      return state;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    edit(next) {
      set({ scenario: next });
      if (!state.conflict && !state.deleted) saver.schedule(next);
    },
    resolve(choice) {
      return enqueue(async () => {
        if (!state.conflict || state.deleted) return;
        set({ conflict: { resolving: true } });
        await saver.settled();
        const done = await choices[choice]();
        set({ conflict: done ? null : { resolving: false } });
      });
    },
    dismissSavedCopy() {
      set({ savedCopy: null });
    },
    async flush() {
      await saver.flush();
    },
    idle: () => queue,
    close() {
      void saver.flush();
      unsubscribe();
    },
  };
}
