// Tabs that are links (each tab has a URL), with the ARIA tabs keyboard pattern: arrows, Home, End.
import { useRef } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { ENTITY_TABS } from '../shell/routes';
import type { EntitySection, EntityTab } from '../shell/routes';

/** One tab: its id in the URL, its label, and its content. */
export interface TabSpec {
  id: string;
  label: string;
  content: () => ReactNode;
}

/** The tabs of a user, group or role page in ENTITY_TABS order: each listed tab needs its label and content, and no other. */
export function entityTabs<S extends EntitySection>(
  section: S,
  specs: Record<EntityTab<S>, Omit<TabSpec, 'id'>>,
): TabSpec[] {
  return ENTITY_TABS[section].map((id: EntityTab<S>) => ({ id, ...specs[id] }));
}

interface Props {
  /** Names the tab list for screen readers. */
  label: string;
  tabs: TabSpec[];
  /** The selected tab id; the first tab when null or unknown. */
  selected: string | null;
  /** The URL of a tab. */
  href: (id: string) => string;
}

/** A tab list whose tabs navigate by URL, so the selected tab survives reloads and back/forward. */
export function Tabs({ label, tabs, selected, href }: Props) {
  const current = tabs.find((t) => t.id === selected) ?? tabs[0];
  const refs = useRef<(HTMLAnchorElement | null)[]>([]);

  const onKeyDown = (e: KeyboardEvent, index: number) => {
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    const target = (next + tabs.length) % tabs.length;
    refs.current[target]?.focus();
    window.location.hash = href(tabs[target].id);
  };

  return (
    <div className="tabs">
      <div role="tablist" aria-label={label} className="tab-list">
        {tabs.map((t, i) => (
          <a
            key={t.id}
            ref={(el) => {
              refs.current[i] = el;
            }}
            role="tab"
            id={`tab-${t.id}`}
            href={href(t.id)}
            aria-selected={t === current}
            aria-controls={`panel-${t.id}`}
            tabIndex={t === current ? 0 : -1}
            className="tab"
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            {t.label}
          </a>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${current.id}`} aria-labelledby={`tab-${current.id}`} className="tab-panel">
        {current.content()}
      </div>
    </div>
  );
}
