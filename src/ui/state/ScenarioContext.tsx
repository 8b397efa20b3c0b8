// The scenario the app shows, shared by every page through React context. It starts on the built-in
// Example Corp scenario and then switches to the one stored in IndexedDB (the same on first use).
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { Account, Identity, Result, Scenario } from '../../model';
import { exampleCorpScenario } from '../../model';
import type { Autosave, StorageStatus } from '../../storage';
import { createAutosave } from '../../storage';
import { openStoredScenario } from './openStoredScenario';

/** Storage as the UI sees it: still opening, or the store's own status. */
export type StorageView = { state: 'loading' } | StorageStatus;

interface ScenarioState {
  scenario: Scenario;
  storage: StorageView;
  /** Shows `next` (the result of a successful action) and schedules its autosave. */
  apply: (next: Scenario) => void;
}

const ScenarioContext = createContext<ScenarioState | null>(null);

/** Provides the scenario; `persist: false` keeps it in memory only (embeds, tests). */
export function ScenarioProvider({ children, persist = true }: { children: ReactNode; persist?: boolean }) {
  const [scenario, setScenario] = useState(exampleCorpScenario);
  const [storage, setStorage] = useState<StorageView>(persist ? { state: 'loading' } : { state: 'ready' });
  const saver = useRef<Autosave | null>(null);

  useEffect(() => {
    if (!persist) return;
    let live = true;
    let unsubscribe = () => {};
    // The store stays open for the page's lifetime: it is shared by every mount of the provider.
    void openStoredScenario((s) => live && setStorage(s)).then((opened) => {
      if (!live) return;
      if (!('store' in opened)) return setStorage(opened);
      const { store, meta } = opened;
      // A failed write (quota, or a Conflict with another tab's save) must be seen, never a silent loss.
      const onResult = (r: Result<unknown>) => live && setStorage(r.type === 'failure' ? { state: 'error', ...r.errors[0] } : store.status);
      const startSaving = (revision: number) => (saver.current = createAutosave(store, meta.id, revision, { onResult }));
      startSaving(meta.revision);
      setScenario(opened.scenario);
      setStorage(store.status);
      // Another tab saved the open scenario: show its version. Our own saves are announced here too; by
      // the time the load resolves the autosave knows their revision, so only newer ones are shown.
      unsubscribe = store.subscribe((change) => {
        if (change.type === 'status') setStorage(change.status);
        if (change.type === 'saved' && change.id === meta.id) {
          void store.load(meta.id).then((r) => {
            if (!live || r.type !== 'success' || r.value.meta.revision <= (saver.current?.revision ?? 0)) return;
            saver.current?.cancel();
            startSaving(r.value.meta.revision);
            setScenario(r.value.scenario);
          });
        }
      });
    });
    // The debounced save must not be lost when the tab is hidden or closed.
    const flush = () => document.visibilityState === 'hidden' && void saver.current?.flush();
    document.addEventListener('visibilitychange', flush);
    return () => {
      live = false;
      unsubscribe();
      document.removeEventListener('visibilitychange', flush);
      void saver.current?.flush();
    };
  }, [persist]);

  const apply = useCallback((next: Scenario) => {
    setScenario(next);
    saver.current?.schedule(next);
  }, []);
  const value = useMemo(() => ({ scenario, storage, apply }), [scenario, storage, apply]);
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
