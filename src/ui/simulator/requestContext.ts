// The request context the simulator sends: derived from the model (src/api/context.ts), adjusted for
// callers outside the scenario, with the user's overrides applied last; and the condition keys that
// the applicable policies test but the context lacks.
import type { ContextValue } from '../../engine/contract';
import type { Policy } from '../../engine/policy';
import { wildcardToRegExp } from '../editor/catalog';

/** A user override: a value, or `null` to leave the key out of the request. */
export type ContextOverride = ContextValue | null;

/** Keys AWS derives from the caller; for a caller outside the scenario they are rebuilt from its ARN alone. */
const CALLER_KEYS =
  /^aws:(PrincipalArn|PrincipalAccount|PrincipalType|userid|username|PrincipalTag\/.*|MultiFactorAuth.*|PrincipalOrgID|PrincipalOrgPaths|PrincipalIsAWSService|PrincipalServiceName|ViaAWSService|TokenIssueTime|SourceIdentity)$/i;

/** The caller keys AWS sends for a principal the scenario does not hold: an ARN, an AWS service, or `anonymous`. */
export function externalCallerKeys(principal: string, accountId: string | null): Record<string, ContextValue> {
  if (principal.endsWith('.amazonaws.com')) {
    return { 'aws:PrincipalIsAWSService': 'true', 'aws:PrincipalServiceName': principal, 'aws:ViaAWSService': 'false' };
  }
  if (!principal.startsWith('arn:')) return {};
  return {
    'aws:PrincipalArn': principal,
    ...(accountId ? { 'aws:PrincipalAccount': accountId } : {}),
    'aws:PrincipalIsAWSService': 'false',
    'aws:ViaAWSService': 'false',
  };
}

/** Replaces the caller keys of a derived context with those of an external caller. */
export function withExternalCaller(
  derived: Record<string, ContextValue>,
  principal: string,
  accountId: string | null,
): Record<string, ContextValue> {
  const kept = Object.entries(derived).filter(([k]) => !CALLER_KEYS.test(k));
  return { ...Object.fromEntries(kept), ...externalCallerKeys(principal, accountId) };
}

/** Applies overrides: key names compare case-insensitively (as AWS's do), `null` removes the key. */
export function applyOverrides(
  context: Record<string, ContextValue>,
  overrides: Record<string, ContextOverride>,
): Record<string, ContextValue> {
  const out = { ...context };
  for (const [key, value] of Object.entries(overrides)) {
    for (const existing of Object.keys(out)) if (existing.toLowerCase() === key.toLowerCase()) delete out[existing];
    if (value !== null) out[key] = value;
  }
  return out;
}

/** Reads an override typed in a field: `["a", "b"]` is a multi-valued key, anything else one string. */
export function parseOverride(text: string): ContextValue {
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    try {
      const list: unknown = JSON.parse(trimmed);
      if (Array.isArray(list)) return list.map((v) => String(v));
    } catch {
      // Not a JSON list: the brackets are part of a plain string value.
    }
  }
  return text;
}

/** How a context value is written in an override field (the inverse of parseOverride). */
export const formatContextValue = (value: ContextValue): string =>
  Array.isArray(value) ? JSON.stringify(value.map(String)) : String(value);

/** A condition key that a policy tests for this action but the request context does not carry. */
export interface MissingKey {
  key: string;
  /** Where it is tested: the policy's label, the statement's Sid or number, and the operator. */
  testedBy: { policy: string; statement: string; operator: string }[];
}

/** True when a statement's Action (or NotAction) covers the action. */
export function statementCoversAction(action: Policy['statements'][number]['action'], name: string): boolean {
  const hit = action.values.some((v) => wildcardToRegExp(v).test(name));
  return action.negated ? !hit : hit;
}

/** The condition keys that statements covering `action` test and `context` lacks, by key. */
export function missingContextKeys(
  policies: { label: string; policy: Policy }[],
  action: string,
  context: Record<string, ContextValue>,
): MissingKey[] {
  const present = new Set(Object.keys(context).map((k) => k.toLowerCase()));
  const byKey = new Map<string, MissingKey>();
  for (const { label, policy } of policies) {
    for (const st of policy.statements) {
      if (!statementCoversAction(st.action, action)) continue;
      for (const c of st.conditions) {
        if (present.has(c.key.toLowerCase())) continue;
        const entry = byKey.get(c.key.toLowerCase()) ?? { key: c.key, testedBy: [] };
        entry.testedBy.push({ policy: label, statement: st.sid ?? `statement ${st.index + 1}`, operator: c.raw });
        byKey.set(c.key.toLowerCase(), entry);
      }
    }
  }
  return [...byKey.values()].sort((a, b) => a.key.localeCompare(b.key));
}

/** One row of the context table: a key and its derived value, or `varies` when requests differ. */
export interface ContextRow {
  key: string;
  value: ContextValue | null;
  varies: boolean;
}

/** The keys derived for a set of requests, sorted; a key whose value differs between requests varies. */
export function contextRows(derived: Record<string, ContextValue>[]): ContextRow[] {
  const rows = new Map<string, ContextRow>();
  for (const context of derived) {
    for (const [key, value] of Object.entries(context)) {
      const row = rows.get(key);
      if (!row) rows.set(key, { key, value, varies: false });
      else if (!row.varies && formatContextValue(row.value!) !== formatContextValue(value))
        Object.assign(row, { value: null, varies: true });
    }
  }
  // A key some requests lack (a resource without tags) also varies.
  for (const row of rows.values())
    if (derived.some((c) => !(row.key in c))) Object.assign(row, { value: null, varies: true });
  return [...rows.values()].sort((a, b) => a.key.localeCompare(b.key));
}
