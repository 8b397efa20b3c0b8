// The application shell: top bar, section navigation and the page for the current hash route.
import { useCallback, useEffect, useRef } from 'react';
import { ReadGate } from './access/ReadGate';
import { ScenarioProvider } from './state/ScenarioContext';
import { SideNav } from './shell/SideNav';
import { ConsoleEngineBanner } from './actions/ConsoleEngineBanner';
import { ConflictNotice } from './shell/ConflictNotice';
import { DeletedNotice } from './shell/DeletedNotice';
import { StorageBanner } from './shell/StorageBanner';
import { TopBar } from './shell/TopBar';
import { useHashRoute } from './shell/useHashRoute';
import { PageForRoute } from './shell/PageForRoute';
import type { Route } from './shell/routes';
import { sectionLabel } from './shell/routes';

/** The whole app. */
export function App() {
  return (
    <ScenarioProvider>
      <Shell />
    </ScenarioProvider>
  );
}

function Shell() {
  const { route, visit } = useHashRoute();
  const mainRef = useRef<HTMLElement>(null);
  // The section and item whose page last got focus: the first page keeps the browser's focus.
  const focused = useRef(pageOf(route));

  useEffect(() => {
    document.title = `${route.item ?? sectionLabel(route.section)} · IAM Playground`;
  }, [route.section, route.item]);

  // Once the new page is shown (after its permission check), move focus to its heading as screen readers
  // expect; not between tabs of one page.
  const onShown = useCallback((shown: Route) => {
    if (pageOf(shown) === focused.current) return;
    focused.current = pageOf(shown);
    mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
  }, []);

  return (
    <div className="app">
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          mainRef.current?.focus();
        }}
      >
        Skip to content
      </a>
      <TopBar />
      <ConflictNotice />
      <DeletedNotice />
      <div className="app-body">
        <SideNav current={route.section} />
        <main id="main" ref={mainRef} tabIndex={-1} className="app-main">
          <StorageBanner />
          <ConsoleEngineBanner />
          {/* Following a link to the page already shown starts it afresh (a new wizard, not its last result). */}
          <ReadGate route={route} onShown={onShown}>
            <PageForRoute key={visit} route={route} />
          </ReadGate>
        </main>
      </div>
    </div>
  );
}

const pageOf = (route: Route) => `${route.section}/${route.item ?? ''}`;
