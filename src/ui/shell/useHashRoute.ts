// The current route, following `hashchange` (back/forward, links, typed URLs), and a visit count that also
// moves when a link to the page already shown is followed: the browser fires no hashchange then, but a
// person who clicks "Create user" on the create-user success page expects a fresh wizard.
import { useEffect, useState } from 'react';
import type { Route } from './routes';
import { parseRoute } from './routes';

/** The route in the address bar, re-read whenever the hash changes, and how often the page shown was revisited. */
export function useHashRoute(): { route: Route; visit: number } {
  const [state, setState] = useState(() => ({ route: parseRoute(window.location.hash), visit: 0 }));
  useEffect(() => {
    const onChange = () => setState((s) => ({ ...s, route: parseRoute(window.location.hash) }));
    const onClick = (e: MouseEvent) => {
      const link = e.target instanceof Element ? e.target.closest('a[href^="#"]') : null;
      if (link && !e.defaultPrevented && link.getAttribute('href') === window.location.hash)
        setState((s) => ({ ...s, visit: s.visit + 1 }));
    };
    window.addEventListener('hashchange', onChange);
    document.addEventListener('click', onClick);
    return () => {
      window.removeEventListener('hashchange', onChange);
      document.removeEventListener('click', onClick);
    };
  }, []);
  return state;
}
