// @vitest-environment happy-dom
// The scenario context is split as excalidraw splits its app state: an edit re-renders the components
// that show the scenario, and not those that only act on it (they read `latest()` when they act) or
// show the storage status. React's Profiler counts the commits of each subtree.
import { Profiler, act } from 'react';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ScenariosPage } from '../../../src/ui/scenarios/ScenariosPage';
import { StorageBanner } from '../../../src/ui/shell/StorageBanner';
import type { ScenarioActions } from '../../../src/ui/state/ScenarioContext';
import { ScenarioProvider, useScenario, useScenarioActions } from '../../../src/ui/state/ScenarioContext';

let root: Root | null = null;

beforeAll(() => {
  // Tells React that updates are wrapped in act(), so it flushes them before act returns.
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

afterEach(() => {
  act(() => root?.unmount());
  root = null;
});

/** Renders under an in-memory ScenarioProvider; returns the page's container. */
function render(children: ReactNode): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => root!.render(<ScenarioProvider persist={false}>{children}</ScenarioProvider>));
  return container;
}

/** Counts how often each named subtree commits. */
function commitCounter() {
  const commits: Record<string, number> = {};
  const Counted = ({ id, children }: { id: string; children: ReactNode }) => (
    <Profiler id={id} onRender={() => (commits[id] = (commits[id] ?? 0) + 1)}>
      {children}
    </Profiler>
  );
  return { commits, Counted };
}

let actions: ScenarioActions;
/** A component that only acts: it keeps the actions for the test to call. */
function Actor() {
  actions = useScenarioActions();
  return null;
}
/** A component that shows the scenario. */
function ScenarioName() {
  return <p data-testid="name">{useScenario().scenario.name}</p>;
}

describe('the scenario context', () => {
  it('an edit re-renders what shows the scenario, not what only acts on it or shows the storage status', () => {
    const { commits, Counted } = commitCounter();
    const container = render(
      <>
        <Counted id="actor">
          <Actor />
        </Counted>
        <Counted id="name">
          <ScenarioName />
        </Counted>
        <Counted id="scenarios page">
          <ScenariosPage />
        </Counted>
        <Counted id="storage banner">
          <StorageBanner />
        </Counted>
      </>,
    );
    expect(commits).toEqual({ actor: 1, name: 1, 'scenarios page': 1, 'storage banner': 1 });
    const before = actions;

    act(() => actions.apply({ ...actions.latest(), name: 'Edited' }));

    expect(container.querySelector('[data-testid="name"]')?.textContent).toBe('Edited');
    expect(commits).toEqual({ actor: 1, name: 2, 'scenarios page': 1, 'storage banner': 1 });
    // The same actions after the edit: a handler kept by a child stays valid.
    expect(actions).toBe(before);
  });

  it('latest() returns what was applied at once, before React renders it', () => {
    render(<Actor />);
    const first = actions.latest();
    act(() => {
      actions.apply({ ...first, name: 'One' });
      expect(actions.latest().name).toBe('One');
      actions.apply({ ...actions.latest(), name: 'Two' });
    });
    expect(actions.latest().name).toBe('Two');
    expect(actions.latest().accounts).toBe(first.accounts);
  });
});
