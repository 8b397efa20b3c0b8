// The request context as the evaluator reads it. Documented rule ("Condition" element): context key
// names are case-insensitive, including the tag-key part of aws:PrincipalTag/key, so keys are
// lower-cased once here. Numbers and booleans count as their text; an array is a multivalued key
// (possibly an empty set); anything else is one value.

import type { ContextValue } from '../contract';

/** The values of one context key; `multi` is true when the request gave an array. */
export interface ContextEntry {
  values: string[];
  multi: boolean;
}

/** Context keys (lower-cased) to their values. */
export type RequestContext = Map<string, ContextEntry>;

/** Builds the lookup table for a request's context. */
export function prepareContext(context: Record<string, ContextValue> | undefined): RequestContext {
  const out: RequestContext = new Map();
  if (context === undefined) return out;
  for (const key of Object.keys(context)) {
    const v = context[key];
    const entry = Array.isArray(v) ? { values: v.map(String), multi: true } : { values: [String(v)], multi: false };
    out.set(key.toLowerCase(), entry);
  }
  return out;
}
