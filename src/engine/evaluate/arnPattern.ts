// ARN patterns for Resource/NotResource and the Arn* condition operators.
//
// Documented rule (IAM "Resource" element and "ARN condition operators"): an ARN has six
// colon-separated parts, arn:partition:service:region:account:resource, and wildcards match within
// a part; the resource part is everything after the fifth colon, so a `*` there may cover colons
// (log-group:name:*). A pattern with fewer than six parts whose last part ends in `*` lets that
// final `*` run on past colons ("arn:aws:ec2:us-east-1:*" covers every EC2 resource in the Region,
// and a bare "*" covers everything). A `*` followed by other characters in the same part stays in
// that part (conformance actions-resources-27). Matching is case-sensitive.

import { ANY_RUN, compileGlob, matchGlob, type Glob, type PatternPart } from './glob';

const ARN_PARTS = 6;

/** A compiled ARN pattern. */
export interface ArnPattern {
  parts: Glob[];
  /** The last part ends in `*` and the pattern has fewer than six parts: it absorbs the rest. */
  lastAbsorbsRest: boolean;
}

/** Splits pattern parts at the first five literal colons. */
function splitAtColons(parts: readonly PatternPart[]): PatternPart[][] {
  const out: PatternPart[][] = [[]];
  for (const p of parts) {
    if (typeof p !== 'string') {
      out[out.length - 1].push(p);
      continue;
    }
    let start = 0;
    for (let i = 0; i < p.length && out.length < ARN_PARTS; i++) {
      if (p.charCodeAt(i) !== 58) continue;
      if (i > start) out[out.length - 1].push(p.slice(start, i));
      out.push([]);
      start = i + 1;
    }
    if (start < p.length) out[out.length - 1].push(p.slice(start));
  }
  return out;
}

/** Compiles pattern parts into an ARN pattern. */
export function compileArnPattern(parts: readonly PatternPart[]): ArnPattern {
  const split = splitAtColons(parts);
  const last = split[split.length - 1];
  return {
    parts: split.map(compileGlob),
    lastAbsorbsRest: split.length < ARN_PARTS && last.length > 0 && last[last.length - 1] === ANY_RUN,
  };
}

/** True when the ARN (or `*`) matches the pattern, part by part. */
export function matchArn(pattern: ArnPattern, value: string): boolean {
  const n = pattern.parts.length;
  let start = 0;
  for (let i = 0; i < n; i++) {
    if (i === n - 1 && pattern.lastAbsorbsRest) return matchGlob(pattern.parts[i], value, start);
    const colon = i < ARN_PARTS - 1 ? value.indexOf(':', start) : -1;
    const end = colon === -1 ? value.length : colon;
    if (!matchGlob(pattern.parts[i], value, start, end)) return false;
    // The value has no more parts; it matches only if the pattern has none either.
    if (colon === -1) return i === n - 1;
    start = colon + 1;
  }
  return false;
}
