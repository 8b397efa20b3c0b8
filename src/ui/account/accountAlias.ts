// The account alias rules the console checks before calling CreateAccountAlias.

/** Why an alias is not acceptable, or null: 3–63 lowercase letters, digits and single hyphens inside. */
export function aliasProblem(alias: string): string | null {
  if (alias.length < 3 || alias.length > 63) return 'An alias is 3 to 63 characters long.';
  if (!/^[a-z0-9-]+$/.test(alias)) return 'Use only lowercase letters, digits and hyphens (-).';
  if (alias.startsWith('-') || alias.endsWith('-')) return 'An alias cannot start or end with a hyphen.';
  if (alias.includes('--')) return 'An alias cannot contain two hyphens in a row.';
  return null;
}
