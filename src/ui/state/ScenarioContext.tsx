// The scenario the app shows, shared by every page through React context.
import { createContext, useContext, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { Account, Identity, Scenario } from '../../model';
import { exampleCorpScenario } from '../../model';

interface ScenarioState {
  scenario: Scenario;
  setScenario: (next: Scenario) => void;
}

const ScenarioContext = createContext<ScenarioState | null>(null);

/** Provides the scenario; starts on the built-in Example Corp account. */
export function ScenarioProvider({ children, initial }: { children: ReactNode; initial?: Scenario }) {
  const [scenario, setScenario] = useState(() => initial ?? exampleCorpScenario());
  const value = useMemo(() => ({ scenario, setScenario }), [scenario]);
  return <ScenarioContext.Provider value={value}>{children}</ScenarioContext.Provider>;
}

/** The scenario and its setter; only valid under ScenarioProvider. */
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
