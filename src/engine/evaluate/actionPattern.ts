// Action/NotAction patterns. Documented rule (IAM "Action" element): the service prefix and the
// action name are case-insensitive, and `*` and `?` may appear anywhere (`iam:*AccessKey*`, `"*"`).

import { compileWildcard, matchGlob, type Glob } from './glob';

/** Compiles one Action value; the pattern is lower-cased once here. */
export function compileActionPattern(raw: string): Glob {
  return compileWildcard(raw.toLowerCase());
}

/** True when the already lower-cased request action matches the pattern. */
export function matchAction(pattern: Glob, lowerAction: string): boolean {
  return matchGlob(pattern, lowerAction);
}
