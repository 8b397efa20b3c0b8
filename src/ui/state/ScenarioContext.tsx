// The scenario the app shows, shared by every page through React context. It starts on the built-in
// Example Corp scenario and then switches to the one stored in IndexedDB (the same on first use), which
// scenarioSync keeps in step with other tabs; the scenario library switches between saved scenarios.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import type { Account, Identity, Result, Scenario } from '../../model';
import { exampleCorpScenario } from '../../model';
import type { StorageStatus } from '../../storage';
import { openStoredScenario } from './openStoredScenario';
import type { ScenarioLibrary } from './scenarioLibrary';
import { createScenarioLibrary } from './scenarioLibrary';
import type { ConflictChoice, SyncState } from './scenarioSync';

/** Storage as the UI sees it: still opening, or the store's own status. */
export type StorageView = { state: 'loading' } | StorageStatus;

interface ScenarioState {
  scenario: Scenario;
  storage: StorageView;
  /** Shows `next` (the result of a successful action) and schedules its autosave. */
  apply: (next: Scenario) => void;
  /** Set while another tab's save and this tab's unsaved change disagree (see scenarioSync). */
  conflict: SyncState['conflict'];
  /** Carries out the user's answer to the conflict. */
  resolveConflict: (choice: ConflictChoice) => void;
  /** The name of the copy "save as a copy" just stored, until dismissed. */
  savedCopy: string | null;
  dismissSavedCopy: () => void;
  /** Set once another tab deleted the open scenario: this tab's version is not saved until the user chooses. */
  deletedElsewhere: boolean;
  /** The saved scenarios and the id of the open one; null until storage is open (or when not persisting). */
  library: ScenarioLibrary | null;
  openId: string | null;
}

const ScenarioContext = createContext<ScenarioState | null>(null);
const nothingToSubscribe = () => () => {};

/** Provides the scenario; `persist: false` keeps it in memory only (embeds, tests). */
export function ScenarioProvider({ children, persist = true }: { children: ReactNode; persist?: boolean }) {
  // Shown until the stored scenario is open (and always when not persisting).
  const [unsynced, setUnsynced] = useState(exampleCorpScenario);
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
  const apply = useCallback((next: Scenario) => (sync ? sync.edit(next) : setUnsynced(next)), [sync]);
  const resolveConflict = useCallback((choice: ConflictChoice) => void sync?.resolve(choice), [sync]);
  const dismissSavedCopy = useCallback(() => sync?.dismissSavedCopy(), [sync]);
  const value = useMemo(
    () => ({
      scenario: synced?.scenario ?? unsynced,
      storage,
      apply,
      conflict: synced?.conflict ?? null,
      resolveConflict,
      savedCopy: synced?.savedCopy ?? null,
      dismissSavedCopy,
      deletedElsewhere: synced?.deleted ?? false,
      library,
      openId: open?.id ?? null,
    }),
    [synced, unsynced, storage, apply, resolveConflict, dismissSavedCopy, library, open],
  );
  return <ScenarioContext.Provider value={value}>{children}</ScenarioContext.Provider>;
}

/** The scenario and the storage status; only valid under ScenarioProvider. */
export function useScenario(): ScenarioState {
  const state = useContext(ScenarioContext);
  if (!state) throw new Error('useScenario outside ScenarioProvider');
  return state;
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
