// The console search box of the top bar: results appear as links under the box as you type. Alt+S
// focuses it (as in the AWS console), ArrowDown/ArrowUp move between the box and the results, Enter in
// the box follows the first result, and Escape closes the list.
import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { actingAccount, useScenario } from '../state/ScenarioContext';
import { searchConsole } from './consoleSearch';
import './search.css';

/** The top bar's search box and its results. */
export function ConsoleSearch() {
  const { scenario } = useScenario();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const deferred = useDeferredValue(query);
  const results = useMemo(() => searchConsole(scenario, actingAccount(scenario), deferred), [scenario, deferred]);
  const rootRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const shown = open && query.trim() !== '';

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.altKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyS') {
        e.preventDefault();
        inputRef.current?.focus();
      }
    };
    const onPointer = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, []);

  const links = () => [...(rootRef.current?.querySelectorAll<HTMLAnchorElement>('.search-result') ?? [])];
  const follow = () => {
    setOpen(false);
    setQuery('');
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const items = links();
    const at = items.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'Escape') {
      setOpen(false);
      inputRef.current?.focus();
    } else if (e.key === 'ArrowDown' && items.length) {
      e.preventDefault();
      setOpen(true);
      items[Math.min(at + 1, items.length - 1)]?.focus();
    } else if (e.key === 'ArrowUp' && at >= 0) {
      e.preventDefault();
      (at === 0 ? inputRef.current : items[at - 1])?.focus();
    } else if (e.key === 'Enter' && document.activeElement === inputRef.current && items[0]) {
      e.preventDefault();
      items[0].click();
    }
  };

  return (
    <div className="console-search" role="search" ref={rootRef} onKeyDown={onKeyDown}>
      <label className="visually-hidden" htmlFor={`${listId}-input`}>
        Search the console
      </label>
      <input
        id={`${listId}-input`}
        ref={inputRef}
        type="search"
        className="console-search-input"
        placeholder="Search   [Alt+S]"
        value={query}
        autoComplete="off"
        aria-describedby={`${listId}-count`}
        aria-controls={listId}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
      />
      <p id={`${listId}-count`} className="visually-hidden" aria-live="polite">
        {shown ? `${results.length} ${results.length === 1 ? 'result' : 'results'}` : ''}
      </p>
      <div id={listId} className="search-results" hidden={!shown}>
        {results.length === 0 ? (
          <p className="search-empty">
            No results for “{query.trim()}”. Try a user, role, policy or group name, an access key ID, or a task such as
            “create role”.
          </p>
        ) : (
          <ul aria-label="Search results">
            {results.map((r) => (
              <li key={`${r.kind}:${r.href}:${r.label}`}>
                <a className="search-result" href={r.href} onClick={follow}>
                  <span className="search-result-label">{r.label}</span>
                  <span className="search-result-detail">{r.detail}</span>
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
