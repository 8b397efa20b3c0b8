// Saving a policy document is blocked while the parser reports errors, as the console's editor does.
import type { PolicyKind } from '../../engine/policy';
import { parsePolicy } from '../../engine/parse/parsePolicy';

/** What must be fixed before the document can be saved (the first error, with the count), or null. */
export function documentProblem(document: string, kind: PolicyKind): string | null {
  const errors = parsePolicy(document, kind).diagnostics.filter((d) => d.severity === 'error');
  if (!errors.length) return null;
  return `Fix the ${errors.length === 1 ? 'error' : `${errors.length} errors`} marked in the policy editor first: ${errors[0].message}`;
}
