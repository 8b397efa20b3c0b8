// The request context as the evaluator reads it. Documented rule ("Condition" element): context key
// names are case-insensitive, including the tag-key part of aws:PrincipalTag/key, so keys are
// lower-cased once here. Numbers and booleans count as their text; an array is a multivalued key
// (possibly an empty set); anything else is one value.

import type { ContextValue } from '../contract';

/** The values of one context key; `multi` is true when the request gave an array. */
export interface ContextEntry {
  values: string[];
  multi: boolean;
  /** The values as read by each typed reader, filled on first use (one parse per request). */
  read: Map<unknown, unknown[]> | null;
}

/** Context keys (lower-cased) to their values. */
export type RequestContext = Map<string, ContextEntry>;

/** Builds the lookup table for a request's context. */
export function prepareContext(context: Record<string, ContextValue> | undefined): RequestContext {
  const out: RequestContext = new Map();
  if (context === undefined) return out;
  for (const key of Object.keys(context)) {
    const v = context[key];
    const values = Array.isArray(v) ? v.map(String) : [String(v)];
    out.set(key.toLowerCase(), { values, multi: Array.isArray(v), read: null });
  }
  return out;
}

/** The entry's values as `read` parses them (null where malformed), parsed once per request. */
export function readValues<C>(entry: ContextEntry, read: (text: string) => C | null): (C | null)[] {
  entry.read ??= new Map();
  let parsed = entry.read.get(read) as (C | null)[] | undefined;
  if (parsed === undefined) {
    parsed = entry.values.map(read);
    entry.read.set(read, parsed);
  }
  return parsed;
}
