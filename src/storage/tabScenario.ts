// Which scenario this browser tab has open, in sessionStorage (one per tab, kept across reloads): a reload
// reopens this tab's scenario even when another tab has since opened a different one.
import { TAB_SCENARIO_KEY } from './keys';

/** The scenario this tab had open before a reload, if any. */
export function tabScenarioId(): string | null {
  try {
    return sessionStorage.getItem(TAB_SCENARIO_KEY);
  } catch {
    // No sessionStorage (embedded with storage blocked, Node): the store's active scenario decides.
    return null;
  }
}

/** Remembers the scenario this tab has open. */
export function rememberTabScenario(id: string): void {
  try {
    sessionStorage.setItem(TAB_SCENARIO_KEY, id);
  } catch {
    // As above: nothing to remember it in; the store's active scenario still is.
  }
}
