// The scenario the app shows, shared by every page through React context. It starts on the built-in
// Example Corp scenario and then switches to the one stored in IndexedDB (the same on first use), which
// scenarioSync keeps in step with other tabs; the scenario library switches between saved scenarios.
//
// Three contexts, as excalidraw splits its app state, so a component reads only what it shows:
//   useScenario()        the scenario and its sync notices, with the actions: re-renders on every edit;
//   useScenarioActions() apply, latest(), the library: the same across edits (they change only when
//                        another scenario opens), so a component that only acts never re-renders on an edit;
//   useStorageStatus()   whether the browser's storage works: changes only with the storage.
import { createContext, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { Context, ReactNode } from 'react';
import type { Account, Identity, Result, Scenario } from '../../model';
import { exampleCorpScenario } from '../../model';
import type { StorageStatus } from '../../storage';
import { openStoredScenario } from './openStoredScenario';
import type { ScenarioLibrary } from './scenarioLibrary';
import { createScenarioLibrary } from './scenarioLibrary';
import type { ConflictChoice, SyncState } from './scenarioSync';

/** Storage as the UI sees it: still opening, or the store's own status. */
export type StorageView = { state: 'loading' } | StorageStatus;

/** The scenario as it is now: a new value after every edit. */
export interface ScenarioValue {
  scenario: Scenario;
  /** Set while another tab's save and this tab's unsaved change disagree (see scenarioSync). */
  conflict: SyncState['conflict'];
  /** The name of the copy "save as a copy" just stored, until dismissed. */
  savedCopy: string | null;
  /** Set once another tab deleted the open scenario: this tab's version is not saved until the user chooses. */
  deletedElsewhere: boolean;
}

/** What acts on the scenario: unchanged by edits (a new set only when another scenario opens). */
export interface ScenarioActions {
  /** Shows `next` (the result of a successful action) and schedules its autosave. */
  apply: (next: Scenario) => void;
  /** The scenario as of the last `apply`, read when acting rather than subscribed to. */
  latest: () => Scenario;
  /** Carries out the user's answer to the conflict. */
  resolveConflict: (choice: ConflictChoice) => void;
  dismissSavedCopy: () => void;
  /** The saved scenarios; null until storage is open (or when not persisting). */
  library: ScenarioLibrary | null;
  /** The id of the open saved scenario; null until storage is open (or when not persisting). */
  openId: string | null;
}

const ValueContext = createContext<ScenarioValue | null>(null);
const ActionsContext = createContext<ScenarioActions | null>(null);
const StorageContext = createContext<StorageView | null>(null);
const nothingToSubscribe = () => () => {};

/** Provides the scenario; `persist: false` keeps it in memory only (embeds, tests). */
export function ScenarioProvider({ children, persist = true }: { children: ReactNode; persist?: boolean }) {
  // Shown until the stored scenario is open (and always when not persisting); the ref is what `latest`
  // reads, ahead of the re-render that `setUnsynced` schedules.
  const [unsynced, setUnsynced] = useState(exampleCorpScenario);
  const latestUnsynced = useRef(unsynced);
  const [storage, setStorage] = useState<StorageView>(persist ? { state: 'loading' } : { state: 'ready' });
  const [library, setLibrary] = useState<ScenarioLibrary | null>(null);

  useEffect(() => {
    if (!persist) return;
    let live = true;
    let opened: ScenarioLibrary | null = null;
    let unsubscribe = () => {};
    // The store stays open for the page's lifetime: it is shared by every mount of the provider.
    void openStoredScenario((s) => live && setStorage(s)).then((result) => {
      if (!live) return;
      if (!('store' in result)) return setStorage(result);
      const { store } = result;
      // A failed write (quota) must be seen, never a silent loss; a conflict is the sync's own notice.
      const onWriteResult = (r: Result<unknown>) =>
        live && setStorage(r.type === 'failure' ? { state: 'error', ...r.errors[0] } : store.status);
      opened = createScenarioLibrary(store, result, { onWriteResult });
      unsubscribe = store.subscribe((change) => change.type === 'status' && setStorage(change.status));
      setLibrary(opened);
      setStorage(store.status);
    });
    // The debounced save must not be lost when the tab is hidden or closed.
    const flush = () => document.visibilityState === 'hidden' && void opened?.current.sync.flush();
    document.addEventListener('visibilitychange', flush);
    // During a conflict this tab's edit is in memory only: closing the tab asks first.
    const warnBeforeClosing = (event: BeforeUnloadEvent) => {
      const state = opened?.current.sync.state;
      if (state?.conflict || state?.deleted) event.preventDefault();
    };
    window.addEventListener('beforeunload', warnBeforeClosing);
    return () => {
      live = false;
      unsubscribe();
      document.removeEventListener('visibilitychange', flush);
      window.removeEventListener('beforeunload', warnBeforeClosing);
      opened?.close();
    };
  }, [persist]);

  const open = useSyncExternalStore(library?.subscribe ?? nothingToSubscribe, () => library?.current ?? null);
  const sync = open?.sync ?? null;
  const synced = useSyncExternalStore(sync?.subscribe ?? nothingToSubscribe, () => sync?.state ?? null);
  const actions = useMemo<ScenarioActions>(
    () => ({
      apply: (next) => {
        if (sync) return sync.edit(next);
        latestUnsynced.current = next;
        setUnsynced(next);
      },
      latest: () => sync?.state.scenario ?? latestUnsynced.current,
      resolveConflict: (choice) => void sync?.resolve(choice),
      dismissSavedCopy: () => sync?.dismissSavedCopy(),
      library,
      openId: open?.id ?? null,
    }),
    [sync, library, open],
  );
  const value = useMemo<ScenarioValue>(
    () => ({
      scenario: synced?.scenario ?? unsynced,
      conflict: synced?.conflict ?? null,
      savedCopy: synced?.savedCopy ?? null,
      deletedElsewhere: synced?.deleted ?? false,
    }),
    [synced, unsynced],
  );
  return (
    <StorageContext.Provider value={storage}>
      <ActionsContext.Provider value={actions}>
        <ValueContext.Provider value={value}>{children}</ValueContext.Provider>
      </ActionsContext.Provider>
    </StorageContext.Provider>
  );
}

/** Reads one of the provider's contexts; only valid under ScenarioProvider. */
function useRequired<T>(context: Context<T | null>, hook: string): T {
  const value = useContext(context);
  if (!value) throw new Error(`${hook} outside ScenarioProvider`);
  return value;
}

/** The scenario and its sync notices, with the actions; re-renders on every edit. */
export function useScenario(): ScenarioValue & ScenarioActions {
  const value = useRequired(ValueContext, 'useScenario');
  const actions = useRequired(ActionsContext, 'useScenario');
  return useMemo(() => ({ ...value, ...actions }), [value, actions]);
}

/** Only the actions: a component that acts without showing the scenario does not re-render on edits. */
export function useScenarioActions(): ScenarioActions {
  return useRequired(ActionsContext, 'useScenarioActions');
}

/** Whether the browser's storage is opening, working, blocked or failing. */
export function useStorageStatus(): StorageView {
  return useRequired(StorageContext, 'useStorageStatus');
}

/** The account the acting identity belongs to (the first account if it is missing). */
export function actingAccount(scenario: Scenario): Account {
  const id = scenario.session.identity.accountId;
  return scenario.accounts.find((a) => a.id === id) ?? scenario.accounts[0];
}

/** The current account, from context. */
export function useAccount(): Account {
  return actingAccount(useScenario().scenario);
}

/** How the console names an identity: `root`, a user name, or `role/session`. */
export function identityLabel(identity: Identity): string {
  if (identity.type === 'root') return 'root';
  if (identity.type === 'user') return identity.userName;
  return `${identity.roleName}/${identity.sessionName}`;
}

/** An account id as the console prints it: 1234-5678-9012. */
export const formatAccountId = (id: string): string => id.replace(/^(\d{4})(\d{4})(\d{4})$/, '$1-$2-$3');
