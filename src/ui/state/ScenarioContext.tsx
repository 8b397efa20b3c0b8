// The scenario the app shows, shared by every page through React context. It starts on the built-in
// Example Corp scenario and then switches to the one stored in IndexedDB (the same on first use).
import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { Account, Identity, Scenario } from '../../model';
import { exampleCorpScenario } from '../../model';
import type { StorageStatus } from '../../storage';
import { openStoredScenario } from './openStoredScenario';

/** Storage as the UI sees it: still opening, or the store's own status. */
export type StorageView = { state: 'loading' } | StorageStatus;

interface ScenarioState {
  scenario: Scenario;
  storage: StorageView;
}

const ScenarioContext = createContext<ScenarioState | null>(null);

/** Provides the scenario; `persist: false` keeps it in memory only (embeds, tests). */
export function ScenarioProvider({ children, persist = true }: { children: ReactNode; persist?: boolean }) {
  const [scenario, setScenario] = useState(exampleCorpScenario);
  const [storage, setStorage] = useState<StorageView>(persist ? { state: 'loading' } : { state: 'ready' });

  useEffect(() => {
    if (!persist) return;
    let live = true;
    let unsubscribe = () => {};
    // The store stays open for the page's lifetime: it is shared by every mount of the provider.
    void openStoredScenario((s) => live && setStorage(s)).then((opened) => {
      if (!live) return;
      if (!('store' in opened)) return setStorage(opened);
      const { store, meta } = opened;
      setScenario(opened.scenario);
      setStorage(store.status);
      // Another tab saved the open scenario: show its version.
      unsubscribe = store.subscribe((change) => {
        if (change.type === 'status') setStorage(change.status);
        if (change.type === 'saved' && change.id === meta.id) {
          void store.load(meta.id).then((r) => { if (live && r.type === 'success') setScenario(r.value.scenario); });
        }
      });
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [persist]);

  const value = useMemo(() => ({ scenario, storage }), [scenario, storage]);
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
