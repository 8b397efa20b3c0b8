// Policy-variable substitution in Resource and condition values. Documented rules ("Policy
// variables"): variables are replaced only under Version 2012-10-17 (otherwise `${...}` is plain
// text); `${key, 'default'}` uses the default when the key is absent; `${*}`, `${?}` and `${$}` are the
// literal characters; a variable that cannot be resolved makes the value match nothing (the caller
// sees `null`). Substituted text is always literal: a `*` inside a user name is not a wildcard.
// Multivalued keys cannot be used as variables, so an array value is unresolvable.

import { hasVariables, tokenizeVariables } from '../variables';
import { wildcardParts, type PatternPart } from './glob';
import type { RequestContext } from './requestContext';

/** True when the value must be resolved per request (a 2012-10-17 policy with `${` in it). */
export function needsSubstitution(raw: string, substitutes: boolean): boolean {
  return substitutes && hasVariables(raw);
}

/** Splits raw text into parts without substitution; `*`/`?` are wildcards only if `wildcards`. */
export function literalParts(raw: string, wildcards: boolean): PatternPart[] {
  return wildcards ? wildcardParts(raw) : [raw];
}

/** Resolves the variables of a value against the context; null when one is unresolvable. */
export function substitute(raw: string, context: RequestContext, wildcards: boolean): PatternPart[] | null {
  const parts: PatternPart[] = [];
  for (const seg of tokenizeVariables(raw).segments) {
    if (seg.kind === 'text') parts.push(...literalParts(seg.text, wildcards));
    else if (seg.kind === 'literal') parts.push(seg.char);
    else {
      const entry = context.get(seg.key.toLowerCase());
      if (entry !== undefined && !entry.multi) parts.push(entry.values[0]);
      else if (entry === undefined && seg.defaultValue !== null) parts.push(seg.defaultValue);
      else return null;
    }
  }
  return parts;
}

/** Joins parts that hold no wildcards back into one string. */
export function partsText(parts: readonly PatternPart[]): string {
  return parts.join('');
}
