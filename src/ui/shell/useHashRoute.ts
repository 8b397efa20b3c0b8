// The current route, following `hashchange` (back/forward, links, typed URLs).
import { useEffect, useState } from 'react';
import type { Route } from './routes';
import { parseRoute } from './routes';

/** The route in the address bar, re-read whenever the hash changes. */
export function useHashRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
