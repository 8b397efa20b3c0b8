// The scenario document: the one versioned format for storage, files, share links, embeds, tutorials and the CLI.
// `canonicalScenario` puts every list in a fixed order so equal scenarios serialize to equal text.

import type { Account, Organization, RequestSettings, Resource, Session, Tag } from './types';

/** Identifies the document type inside the envelope. */
export const SCENARIO_FORMAT = 'iam-playground/scenario';
/** The version this code writes; restoreScenario migrates every older one up to it. */
export const SCENARIO_VERSION = 1;

/** A whole simulated world: accounts, an optional organization, resources and who is acting. */
export interface Scenario {
  format: typeof SCENARIO_FORMAT;
  version: typeof SCENARIO_VERSION;
  name: string;
  description: string;
  accounts: Account[];
  organization: Organization | null;
  resources: Resource[];
  session: Session;
  settings: RequestSettings;
}

/** Settings used when a scenario does not say otherwise. */
export const DEFAULT_SETTINGS: RequestSettings = {
  sourceIp: '203.0.113.10',
  secureTransport: true,
  region: 'us-east-1',
  currentTime: null,
  contextOverrides: {},
};

/** A fresh account with nothing in it. */
export function emptyAccount(id: string, name: string, email: string): Account {
  return {
    id,
    name,
    alias: null,
    root: { email, hasPassword: true, accessKeys: [], passwordLastUsed: null },
    passwordPolicy: null,
    users: [],
    groups: [],
    roles: [],
    policies: [],
    instanceProfiles: [],
    samlProviders: [],
    oidcProviders: [],
    mfaDevices: [],
    credentialReportGeneratedAt: null,
  };
}

/** A scenario with one empty account, acting as its root user. */
export function emptyScenario(name: string, accountId: string): Scenario {
  return {
    format: SCENARIO_FORMAT,
    version: SCENARIO_VERSION,
    name,
    description: '',
    accounts: [emptyAccount(accountId, name, `admin@${accountId}.example.com`)],
    organization: null,
    resources: [],
    session: { identity: { type: 'root', accountId }, recentRoles: [] },
    settings: { ...DEFAULT_SETTINGS, contextOverrides: {} },
  };
}

const byKey =
  <T>(key: (t: T) => string) =>
  (a: T, b: T): number => {
    const x = key(a);
    const y = key(b);
    return x < y ? -1 : x > y ? 1 : 0;
  };
const sortTags = (tags: Tag[]): Tag[] => [...tags].sort(byKey((t) => t.Key));
const sorted = <T>(list: T[], key: (t: T) => string): T[] => [...list].sort(byKey(key));
const sortedStrings = (list: string[]): string[] => [...list].sort();

/** The same scenario with every unordered list sorted by its stable key (names, ids, ARNs). */
export function canonicalScenario(s: Scenario): Scenario {
  return {
    ...s,
    accounts: sorted(s.accounts, (a) => a.id).map((a) => ({
      ...a,
      users: sorted(a.users, (u) => u.name).map((u) => ({
        ...u,
        tags: sortTags(u.tags),
        groups: sortedStrings(u.groups),
        inlinePolicies: sorted(u.inlinePolicies, (p) => p.name),
        attachedPolicies: sortedStrings(u.attachedPolicies),
        accessKeys: sorted(u.accessKeys, (k) => k.createdAt + k.id),
      })),
      groups: sorted(a.groups, (g) => g.name).map((g) => ({
        ...g,
        inlinePolicies: sorted(g.inlinePolicies, (p) => p.name),
        attachedPolicies: sortedStrings(g.attachedPolicies),
      })),
      roles: sorted(a.roles, (r) => r.name).map((r) => ({
        ...r,
        tags: sortTags(r.tags),
        inlinePolicies: sorted(r.inlinePolicies, (p) => p.name),
        attachedPolicies: sortedStrings(r.attachedPolicies),
      })),
      policies: sorted(a.policies, (p) => p.name).map((p) => ({
        ...p,
        tags: sortTags(p.tags),
        versions: sorted(p.versions, (v) => v.versionId.slice(1).padStart(6, '0')),
      })),
      instanceProfiles: sorted(a.instanceProfiles, (p) => p.name).map((p) => ({ ...p, tags: sortTags(p.tags) })),
      samlProviders: sorted(a.samlProviders, (p) => p.arn).map((p) => ({ ...p, tags: sortTags(p.tags) })),
      oidcProviders: sorted(a.oidcProviders, (p) => p.arn).map((p) => ({ ...p, tags: sortTags(p.tags) })),
      mfaDevices: sorted(a.mfaDevices, (d) => d.serialNumber).map((d) => ({ ...d, tags: sortTags(d.tags) })),
    })),
    organization: s.organization && {
      ...s.organization,
      units: sorted(s.organization.units, (u) => u.id),
      accounts: sorted(s.organization.accounts, (a) => a.accountId),
      policies: sorted(s.organization.policies, (p) => p.id),
      attachments: sorted(s.organization.attachments, (x) => `${x.targetId} ${x.policyId}`),
      enabledPolicyTypes: [...s.organization.enabledPolicyTypes].sort(),
    },
    resources: sorted(s.resources, (r) => r.arn).map((r) => ({ ...r, tags: sortTags(r.tags) })),
  };
}

/** The document as stable, pretty JSON text (for files, diffs and share links). */
export const serializeScenario = (s: Scenario): string => JSON.stringify(canonicalScenario(s), null, 2);
