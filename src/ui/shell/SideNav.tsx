// The left navigation: one link per section, the current one marked with aria-current.
import type { SectionId } from './routes';
import { SECTIONS, routeHref } from './routes';

const GROUPS: { heading: string; ids: SectionId[] }[] = [
  {
    heading: 'Access management',
    ids: ['users', 'groups', 'roles', 'policies', 'identity-providers', 'account-settings'],
  },
  { heading: 'Accounts and resources', ids: ['organization', 'resources'] },
  { heading: 'Analysis', ids: ['simulator'] },
  { heading: 'Playground', ids: ['scenarios'] },
];

/** The section navigation. */
export function SideNav({ current }: { current: SectionId }) {
  const link = (id: SectionId) => {
    const label = SECTIONS.find((s) => s.id === id)?.label;
    return (
      <li key={id}>
        <a href={routeHref(id)} aria-current={id === current ? 'page' : undefined} className="nav-link">
          {label}
        </a>
      </li>
    );
  };
  return (
    <nav className="side-nav" aria-label="Sections">
      <p className="side-nav-title">Identity and Access Management</p>
      <ul className="nav-list">{link('dashboard')}</ul>
      {GROUPS.map((g) => (
        <div key={g.heading} className="nav-group">
          <h2 className="nav-heading">{g.heading}</h2>
          <ul className="nav-list">{g.ids.map(link)}</ul>
        </div>
      ))}
    </nav>
  );
}
