// A policy summary like the IAM console's: one row per effect, service and scope with the access level
// ("Full access", "Full: List, Read", "Limited: Write"), who it applies to (Principal/NotPrincipal), the
// resources and the request conditions. Statements share a row only when their principals, resources and
// conditions are the same, so no row shows a condition or resource of a statement that did not grant it.
import type { ConditionEntry, Effect, Policy, Statement } from '../../engine/policy';
import type { ActionInfo, Catalog } from './catalog';
import { splitAction } from './catalog';
import type { PrincipalSummary } from './principalSummary';
import { summarizePrincipal } from './principalSummary';

/** Access levels in the order the console lists them. */
export const ACCESS_LEVELS = ['List', 'Read', 'Write', 'Permissions management', 'Tagging'] as const;

/** How much of one access level a row grants. */
export interface LevelCoverage {
  level: string;
  granted: number;
  total: number;
}

/** One row of the summary. `service` is `*` for rows about every service (a `*` action or NotAction). */
export interface ServiceSummaryRow {
  effect: Effect;
  service: string;
  serviceName: string;
  /** Who the row's statements apply to; null for policies without Principal (identity-based). */
  principal: PrincipalSummary | null;
  /** The console-style access text. */
  access: string;
  levels: LevelCoverage[];
  /** `All resources`, or the resources as written. */
  resources: string[];
  /** One readable line per condition, e.g. `aws:MultiFactorAuthPresent Bool true`; empty means none. */
  conditions: string[];
  /** Actions written for this service that the catalogue does not know. */
  unknownActions: string[];
}

interface Accumulator {
  effect: Effect;
  service: string;
  principal: PrincipalSummary | null;
  actions: Map<string, ActionInfo>;
  unknown: Set<string>;
  allActions: boolean;
  except: string[];
  resources: Set<string>;
  conditions: Set<string>;
}

/** The first of a compound level such as "Permissions management, Write" is the one the console shows. */
export function primaryLevel(accessLevel: string): string {
  return accessLevel.split(',')[0].trim();
}

/** A condition entry as one readable line. */
export function conditionText(c: ConditionEntry): string {
  return `${c.key} ${c.raw} ${c.values.join(' or ')}`;
}

function resourcesOf(s: Statement): string[] {
  if (!s.resource) return ['All resources'];
  if (s.resource.negated) return [`All resources except ${s.resource.values.join(', ')}`];
  return s.resource.values.includes('*') ? ['All resources'] : s.resource.values;
}

/** Summarizes a parsed policy; services are loaded from the catalogue as needed. */
export async function summarizePolicy(policy: Policy, catalog: Catalog): Promise<ServiceSummaryRow[]> {
  const rows = new Map<string, Accumulator>();
  const names = await catalog.serviceNames();
  for (const s of policy.statements) {
    const principal = s.principal ? summarizePrincipal(s.principal) : null;
    const resources = resourcesOf(s);
    const conditions = s.conditions.map(conditionText);
    const scope = JSON.stringify([principal, [...resources].sort(), [...conditions].sort()]);
    const row = (effect: Effect, service: string): Accumulator => {
      const id = JSON.stringify([effect, service, scope]);
      let acc = rows.get(id);
      if (!acc) {
        acc = {
          effect,
          service,
          principal,
          actions: new Map(),
          unknown: new Set(),
          allActions: false,
          except: [],
          resources: new Set(resources),
          conditions: new Set(conditions),
        };
        rows.set(id, acc);
      }
      return acc;
    };
    if (s.action.negated) row(s.effect, '*').except.push(...s.action.values);
    for (const value of s.action.negated ? [] : s.action.values) {
      const [prefix] = splitAction(value);
      if (value === '*' || prefix === '*') {
        const acc = row(s.effect, '*');
        acc.allActions = true;
        continue;
      }
      const acc = row(s.effect, prefix.toLowerCase());
      const hits = await catalog.expand(value);
      if (hits.length === 0) acc.unknown.add(value);
      for (const hit of hits) acc.actions.set(hit.action.name, hit.action);
    }
  }
  const result: ServiceSummaryRow[] = [];
  for (const acc of rows.values()) result.push(await finish(acc, names, catalog));
  // Stable sort: rows of one service keep the order of the statements that made them.
  return result.sort((a, b) =>
    a.effect === b.effect ? a.service.localeCompare(b.service) : a.effect === 'Deny' ? 1 : -1,
  );
}

async function finish(acc: Accumulator, names: Record<string, string>, catalog: Catalog): Promise<ServiceSummaryRow> {
  const base = {
    effect: acc.effect,
    service: acc.service,
    principal: acc.principal,
    resources: [...acc.resources],
    conditions: [...acc.conditions],
    unknownActions: [...acc.unknown],
  };
  if (acc.service === '*') {
    const access = acc.allActions ? 'Full access' : `All actions except ${acc.except.join(', ')}`;
    return { ...base, serviceName: 'All services', access, levels: [] };
  }
  const all = Object.values((await catalog.service(acc.service))?.actions ?? {});
  const levels = ACCESS_LEVELS.map((level) => ({
    level,
    granted: [...acc.actions.values()].filter((a) => primaryLevel(a.accessLevel) === level).length,
    total: all.filter((a) => primaryLevel(a.accessLevel) === level).length,
  })).filter((l) => l.total > 0);
  return { ...base, serviceName: names[acc.service] ?? acc.service, access: accessText(levels), levels };
}

/** Console wording: "Full access", or "Full: <levels>" and/or "Limited: <levels>", or "None". */
export function accessText(levels: LevelCoverage[]): string {
  const full = levels.filter((l) => l.granted > 0 && l.granted === l.total).map((l) => l.level);
  const limited = levels.filter((l) => l.granted > 0 && l.granted < l.total).map((l) => l.level);
  if (levels.length > 0 && full.length === levels.length) return 'Full access';
  const parts = [full.length ? `Full: ${full.join(', ')}` : '', limited.length ? `Limited: ${limited.join(', ')}` : ''];
  return parts.filter(Boolean).join(' ') || 'None';
}
