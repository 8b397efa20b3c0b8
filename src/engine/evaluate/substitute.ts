// Policy-variable substitution in Resource and condition values. Documented rules ("Policy
// variables"): variables are replaced only under Version 2012-10-17 (otherwise `${...}` is plain
// text); `${key, 'default'}` uses the default when the key is absent; `${*}`, `${?}` and `${$}` are the
// literal characters; a variable that cannot be resolved makes the value match nothing (the caller
// sees `null`). Substituted text is always literal: a `*` inside a user name is not a wildcard.
// Multivalued keys cannot be used as variables, so an array value is unresolvable.

import { hasVariables, tokenizeVariables, type VariableSegment } from '../variables';
import { wildcardParts, type PatternPart } from './glob';
import type { RequestContext } from './requestContext';

/** A value holding variables, tokenized once when the policy is compiled. */
export interface VariableTemplate {
  segments: VariableSegment[];
  /** The parts of each text segment (same index), split once. */
  textParts: PatternPart[][];
}

/** True when the value must be resolved per request (a 2012-10-17 policy with `${` in it). */
export function needsSubstitution(raw: string, substitutes: boolean): boolean {
  return substitutes && hasVariables(raw);
}

/** Splits raw text into parts without substitution; `*`/`?` are wildcards only if `wildcards`. */
export function literalParts(raw: string, wildcards: boolean): PatternPart[] {
  return wildcards ? wildcardParts(raw) : [raw];
}

/** Tokenizes a value that holds variables. */
export function compileTemplate(raw: string, wildcards: boolean): VariableTemplate {
  const { segments } = tokenizeVariables(raw);
  return { segments, textParts: segments.map((s) => (s.kind === 'text' ? literalParts(s.text, wildcards) : [])) };
}

/** Resolves the variables of a value against the context; null when one is unresolvable. */
export function substitute(template: VariableTemplate, context: RequestContext): PatternPart[] | null {
  const parts: PatternPart[] = [];
  const { segments, textParts } = template;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    if (seg.kind === 'text') for (const p of textParts[i]) parts.push(p);
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
