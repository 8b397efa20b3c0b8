// Client-side routes in the URL hash (the site is static): `#/users/Nikki/groups` is section, item, tab.

/** The console's left navigation, in order. */
export const SECTIONS = [
  { id: 'dashboard', label: 'Dashboard', title: 'IAM dashboard' },
  { id: 'users', label: 'Users' },
  { id: 'groups', label: 'User groups' },
  { id: 'roles', label: 'Roles' },
  { id: 'policies', label: 'Policies' },
  { id: 'identity-providers', label: 'Identity providers' },
  { id: 'account-settings', label: 'Account settings' },
  { id: 'organization', label: 'Organization' },
  { id: 'resources', label: 'Resources' },
  { id: 'simulator', label: 'Simulator' },
  { id: 'scenarios', label: 'Scenarios' },
] as const;

/** A section of the app, as named in the URL. */
export type SectionId = (typeof SECTIONS)[number]['id'];

/**
 * The tabs of the user, group and role pages, in order: the `<tab>` of `#/users/<name>/<tab>`. The pages
 * build their tabs from this table (see `entityTabs`), so a link to a tab can be checked against it.
 */
export const ENTITY_TABS = {
  users: ['permissions', 'groups', 'tags', 'credentials'],
  groups: ['users', 'permissions'],
  roles: ['permissions', 'trust', 'tags'],
} as const satisfies Partial<Record<SectionId, readonly string[]>>;

/** A section whose items are users, groups or roles. */
export type EntitySection = keyof typeof ENTITY_TABS;

/** A tab of the entity pages of `S`. */
export type EntityTab<S extends EntitySection> = (typeof ENTITY_TABS)[S][number];

/** A parsed location: a section, optionally one item in it (a user name, a policy ARN…) and a tab. */
export interface Route {
  section: SectionId;
  item: string | null;
  tab: string | null;
}

const isSection = (s: string): s is SectionId => SECTIONS.some((x) => x.id === s);

/** Reads a route from `location.hash`; anything unknown is the dashboard. */
export function parseRoute(hash: string): Route {
  const [section = '', item, tab] = hash
    .replace(/^#\/?/, '')
    .split('/')
    .map((p) => decodeURIComponent(p));
  if (!isSection(section)) return { section: 'dashboard', item: null, tab: null };
  return { section, item: item || null, tab: tab || null };
}

/** The hash link for a route; items are URI-encoded so names and ARNs with `/` or `:` survive. */
export function routeHref(section: SectionId, item?: string | null, tab?: string | null): string {
  const parts: string[] = [section];
  if (item) parts.push(encodeURIComponent(item));
  if (item && tab) parts.push(encodeURIComponent(tab));
  return `#/${parts.join('/')}`;
}

/** The label of a section. */
export const sectionLabel = (id: SectionId): string => SECTIONS.find((s) => s.id === id)?.label ?? id;

/** The heading of a section's page: its label, unless the console titles the page otherwise. */
export function sectionTitle(id: SectionId): string {
  const section: { label: string; title?: string } | undefined = SECTIONS.find((s) => s.id === id);
  return section?.title ?? sectionLabel(id);
}
