// The application shell: top bar, section navigation and the page for the current hash route.
import { useEffect, useRef } from 'react';
import { ScenarioProvider } from './state/ScenarioContext';
import { SideNav } from './shell/SideNav';
import { ConsoleEngineBanner } from './actions/ConsoleEngineBanner';
import { ConflictNotice } from './shell/ConflictNotice';
import { DeletedNotice } from './shell/DeletedNotice';
import { StorageBanner } from './shell/StorageBanner';
import { TopBar } from './shell/TopBar';
import { useHashRoute } from './shell/useHashRoute';
import { PageForRoute } from './pages/PageForRoute';
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
  const first = useRef(true);

  useEffect(() => {
    document.title = `${route.item ?? sectionLabel(route.section)} · IAM Playground`;
    // After a navigation (not on first load, not between tabs) move focus to the new page's heading,
    // as screen readers expect.
    if (first.current) {
      first.current = false;
      return;
    }
    mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [route.section, route.item]);

  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); mainRef.current?.focus(); }}>
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
          <PageForRoute key={visit} route={route} />
        </main>
      </div>
    </div>
  );
}
