// Console search, as the User Guide describes the console's: entity names (users, groups, roles, policies,
// identity providers, resources, and the organization's OUs, accounts, SCPs and RCPs), a full access key id leading to the user who owns it, and task phrases
// ("add user X to groups", "edit trust policy for role R", ...). Pure: a scenario and a query in, ranked links out.
import type { Account, Scenario } from '../../model';
import { AWS_MANAGED_POLICIES } from '../../model';
import { identityProviders } from '../identityProviders/identityProviders';
import type { EntitySection } from '../shell/routes';
import { routeHref } from '../shell/routes';
import { formatAccountId } from '../state/ScenarioContext';

/** What a result is, shown next to it. */
export type ResultKind =
  | 'User'
  | 'Group'
  | 'Role'
  | 'Policy'
  | 'Identity provider'
  | 'Resource'
  | 'Organizational unit'
  | 'Account'
  | 'SCP'
  | 'RCP'
  | 'Access key'
  | 'Task';

/** One search result: a link with a label and what it points at. */
export interface SearchResult {
  kind: ResultKind;
  label: string;
  detail: string;
  href: string;
}

type EntityKind = 'User' | 'Group' | 'Role';

/** A task phrase: the words that find it, and where it leads (for an entity when it has a slot). */
interface Task {
  /** The phrase; `{}` stands for the entity's name. */
  phrase: string;
  /** Words that find the task (besides the phrase's own), e.g. synonyms. */
  also?: string[];
  /** The kinds of entity `{}` can name; with more than one, the label names the kind too. */
  slot?: readonly EntityKind[];
  href: (entity: Entity | null) => string;
}

interface Entity {
  kind: EntityKind;
  name: string;
}

const SECTION_OF = { User: 'users', Group: 'groups', Role: 'roles' } as const satisfies Record<
  EntityKind,
  EntitySection
>;
const entityHref = (tab: string) => (e: Entity | null) =>
  e ? routeHref(SECTION_OF[e.kind], e.name, tab) : routeHref('users');
const USER = ['User'] as const;
const ROLE = ['Role'] as const;
const PRINCIPAL = ['User', 'Group', 'Role'] as const;
// IAM groups cannot be tagged (TagUser and TagRole have no group counterpart).
const TAGGABLE = ['User', 'Role'] as const;

const TASKS: Task[] = [
  { phrase: 'Create user', also: ['new', 'add'], href: () => routeHref('users', 'create') },
  { phrase: 'Create role', also: ['new'], href: () => routeHref('roles', 'create') },
  { phrase: 'Create policy', also: ['new', 'write', 'json'], href: () => routeHref('policies', 'create') },
  { phrase: 'Create user group', also: ['new'], href: () => routeHref('groups', 'create') },
  { phrase: 'Add user {} to groups', also: ['member', 'membership', 'join'], slot: USER, href: entityHref('groups') },
  {
    phrase: 'Edit trust policy for role {}',
    also: ['relationships', 'assume', 'who'],
    slot: ROLE,
    href: entityHref('trust'),
  },
  {
    phrase: 'Manage MFA for {}',
    also: ['multi-factor', 'authentication', 'device', 'virtual', 'assign'],
    slot: USER,
    href: entityHref('credentials'),
  },
  {
    phrase: 'Create access key for {}',
    also: ['keys', 'cli', 'programmatic', 'credentials'],
    slot: USER,
    href: entityHref('credentials'),
  },
  {
    phrase: 'Manage console password for {}',
    also: ['sign-in', 'login', 'profile', 'reset'],
    slot: USER,
    href: entityHref('credentials'),
  },
  {
    phrase: 'Attach policy to {}',
    also: ['permissions', 'add', 'grant'],
    slot: PRINCIPAL,
    href: entityHref('permissions'),
  },
  {
    phrase: 'Set permissions boundary for {}',
    also: ['boundaries'],
    slot: ['User', 'Role'],
    href: entityHref('permissions'),
  },
  { phrase: 'Edit tags of {}', also: ['tag', 'add'], slot: TAGGABLE, href: entityHref('tags') },
  {
    phrase: 'Password policy',
    also: ['account', 'settings', 'complexity', 'rotation', 'expiration'],
    href: () => routeHref('account-settings'),
  },
  { phrase: 'Account alias', also: ['sign-in', 'url', 'signin', 'link'], href: () => routeHref('dashboard') },
  { phrase: 'Credential report', also: ['download', 'csv', 'audit'], href: () => routeHref('dashboard') },
  {
    phrase: 'Security recommendations',
    also: ['best', 'practices', 'root', 'mfa'],
    href: () => routeHref('dashboard'),
  },
  {
    phrase: 'Policy simulator',
    also: ['simulate', 'test', 'evaluate', 'why', 'denied', 'allowed'],
    href: () => routeHref('simulator'),
  },
  {
    phrase: 'Service control policies',
    also: ['scp', 'scps', 'organization', 'organizations', 'rcp', 'ou'],
    href: () => routeHref('organization'),
  },
  {
    phrase: 'Identity providers',
    also: ['saml', 'oidc', 'federation', 'web', 'identity'],
    href: () => routeHref('identity-providers'),
  },
  {
    phrase: 'Add identity provider',
    also: ['create', 'new', 'saml', 'oidc', 'openid', 'connect', 'federation'],
    href: () => routeHref('identity-providers', 'create'),
  },
];

/** Words that carry no meaning for matching. */
const STOP = new Set(['a', 'an', 'the', 'to', 'for', 'of', 'in', 'on', 'my', 'from', 'with']);

const words = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[\s,]+/)
    .filter((w) => w && !STOP.has(w));

/** A query word finds a task word when it starts it (typing in progress) or is it plus a plural ending. */
const wordMatches = (query: string, word: string): boolean =>
  (query.length >= 2 && word.startsWith(query)) ||
  (word.length >= 3 && (query === `${word}s` || query === `${word}es`));

const ACCESS_KEY_ID = /^(AKIA|ASIA)[A-Z0-9]{16}$/;

/** The entities a slot can name; not service-linked roles, which only their service may change. */
function slotEntities(account: Account, slot: readonly EntityKind[]): Entity[] {
  const names: Record<EntityKind, string[]> = {
    User: account.users.map((u) => u.name),
    Group: account.groups.map((g) => g.name),
    Role: account.roles.filter((r) => !r.serviceLinked).map((r) => r.name),
  };
  return slot.flatMap((kind) => names[kind].map((name) => ({ kind, name })));
}

/** One task the search can offer: a task, with the entity its phrase names (if it has a slot). */
export interface TaskLink extends SearchResult {
  task: Task;
  entity: Entity | null;
}

/** Every task the search can offer in `account`, once per entity its phrase can name. */
export function taskLinks(account: Account): TaskLink[] {
  return TASKS.flatMap((task): TaskLink[] => {
    if (!task.slot)
      return [{ kind: 'Task', label: task.phrase, detail: 'Task', href: task.href(null), task, entity: null }];
    const slot = task.slot;
    return slotEntities(account, slot).map((e) => ({
      kind: 'Task',
      label: task.phrase.replace('{}', slot.length > 1 ? `${e.kind.toLowerCase()} ${e.name}` : e.name),
      detail: `Task · ${e.kind} ${e.name}`,
      href: task.href(e),
      task,
      entity: e,
    }));
  });
}

interface Scored extends SearchResult {
  score: number;
}

/** Finds tasks: every query word must be one of the task's words or name its entity; at least one must be a task word. */
function taskResults(account: Account, query: string[]): Scored[] {
  const out: Scored[] = [];
  const links = taskLinks(account);
  for (const task of TASKS) {
    const own = words(task.phrase.replace('{}', ''));
    const known = [...own, ...(task.also ?? [])];
    const matchedOwn = new Set<string>();
    const leftover: string[] = [];
    for (const q of query) {
      const hit = known.find((w) => wordMatches(q, w));
      if (hit) {
        if (own.includes(hit)) matchedOwn.add(hit);
      } else leftover.push(q);
    }
    if (matchedOwn.size === 0 && leftover.length === query.length) continue;
    if (leftover.length > 1 || (leftover.length === 1 && !task.slot)) continue;
    const base = 40 + (30 * matchedOwn.size) / own.length;
    const named = leftover[0];
    for (const { task: _task, entity, ...link } of links.filter((l) => l.task === task)) {
      if (named !== undefined && !entity?.name.toLowerCase().startsWith(named)) continue;
      const exact = named !== undefined && entity?.name.toLowerCase() === named;
      out.push({ ...link, score: base + (named ? (exact ? 15 : 10) : 0) });
    }
  }
  return out;
}

/** How well a name matches the whole query: exact, prefix, or contained; 0 for no match. */
function nameScore(name: string, q: string): number {
  const n = name.toLowerCase();
  if (n === q) return 100;
  if (n.startsWith(q)) return 85;
  return n.includes(q) ? 70 : 0;
}

/** The organization's OUs, accounts (by name or id) and SCPs/RCPs, each leading to its place on the Organization page. */
function organizationResults(scenario: Scenario, q: string): Scored[] {
  const org = scenario.organization;
  if (!org) return [];
  const out: Scored[] = [];
  const add = (kind: ResultKind, label: string, detail: string, target: string, score: number) => {
    if (score) out.push({ kind, label, detail, href: routeHref('organization', target), score });
  };
  for (const u of org.units)
    add('Organizational unit', u.name, `Organizational unit ${u.id}`, u.id, nameScore(u.name, q));
  // An account id may be typed with the console's dashes.
  const digits = q.replace(/-/g, '');
  for (const a of org.accounts) {
    const name = scenario.accounts.find((x) => x.id === a.accountId)?.name ?? formatAccountId(a.accountId);
    const byId = /^\d+$/.test(digits) ? nameScore(a.accountId, digits) : 0;
    add(
      'Account',
      name,
      `Organization account ${formatAccountId(a.accountId)}`,
      a.accountId,
      Math.max(nameScore(name, q), byId),
    );
  }
  for (const p of org.policies) {
    const scp = p.type === 'SERVICE_CONTROL_POLICY';
    add(
      scp ? 'SCP' : 'RCP',
      p.name,
      scp ? 'Service control policy' : 'Resource control policy',
      p.id,
      nameScore(p.name, q),
    );
  }
  return out;
}

function entityResults(scenario: Scenario, account: Account, q: string): Scored[] {
  const out: Scored[] = [];
  const add = (kind: ResultKind, name: string, detail: string, href: string, penalty = 0) => {
    const score = nameScore(name, q);
    if (score) out.push({ kind, label: name, detail, href, score: score - penalty });
  };
  for (const u of account.users) add('User', u.name, 'User', routeHref('users', u.name));
  for (const g of account.groups) add('Group', g.name, 'User group', routeHref('groups', g.name));
  for (const r of account.roles)
    add('Role', r.name, r.serviceLinked ? 'Service-linked role' : 'Role', routeHref('roles', r.name));
  for (const p of account.policies) add('Policy', p.name, 'Customer managed policy', routeHref('policies', p.arn));
  for (const p of identityProviders(account))
    add('Identity provider', p.name, `${p.kind} identity provider`, routeHref('identity-providers', p.arn));
  // AWS managed policies are many and rarely what a name search means: below the account's own entities.
  for (const p of AWS_MANAGED_POLICIES) add('Policy', p.name, 'AWS managed policy', routeHref('policies', p.arn), 25);
  for (const r of scenario.resources) {
    const short = r.arn.split(/[:/]/).pop() || r.arn;
    const score = Math.max(nameScore(short, q), r.arn.toLowerCase().includes(q) ? 60 : 0);
    if (score) out.push({ kind: 'Resource', label: short, detail: r.arn, href: routeHref('resources', r.arn), score });
  }
  return out;
}

/** The account's user who owns a full access key id, as a result leading to their credentials. */
function accessKeyResult(account: Account, id: string): Scored | null {
  const user = account.users.find((u) => u.accessKeys.some((k) => k.id === id));
  return user
    ? {
        kind: 'Access key',
        label: id,
        detail: `Access key of user ${user.name}`,
        href: routeHref('users', user.name, 'credentials'),
        score: 110,
      }
    : null;
}

/** Results for a query in the acting account, best first; at most `limit`. */
export function searchConsole(scenario: Scenario, account: Account, query: string, limit = 12): SearchResult[] {
  const trimmed = query.trim();
  if (!trimmed) return [];
  if (ACCESS_KEY_ID.test(trimmed.toUpperCase())) {
    const key = accessKeyResult(account, trimmed.toUpperCase());
    return key ? [strip(key)] : [];
  }
  const q = trimmed.toLowerCase();
  const scored = [
    ...entityResults(scenario, account, q),
    ...organizationResults(scenario, q),
    ...taskResults(account, words(trimmed)),
  ];
  return scored
    .sort((a, b) => b.score - a.score || a.label.localeCompare(b.label))
    .slice(0, limit)
    .map(strip);
}

const strip = ({ score: _score, ...result }: Scored): SearchResult => result;
