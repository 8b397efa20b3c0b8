// Names for saved scenarios: new ones never repeat an existing name, a typed name or account id is checked
// before anything is stored, and an export's file name is safe on every operating system.

/** `base`, or `base (2)`, `base (3)`… whichever is not yet taken. */
export function uniqueName(base: string, taken: Iterable<string>): string {
  const names = new Set(taken);
  if (!names.has(base)) return base;
  let n = 2;
  while (names.has(`${base} (${n})`)) n++;
  return `${base} (${n})`;
}

/** The name a duplicate of `name` gets. */
export const duplicateName = (name: string, taken: Iterable<string>): string => uniqueName(`${name} (copy)`, taken);

/** The longest scenario name the scenario document accepts. */
export const MAX_SCENARIO_NAME = 200;

/** Why `name` cannot name a scenario, or null when it can. */
export function scenarioNameProblem(name: string): string | null {
  if (!name.trim()) return 'Enter a name.';
  if (name.length > MAX_SCENARIO_NAME) return `A name has at most ${MAX_SCENARIO_NAME} characters.`;
  return null;
}

/** Why `id` is not an AWS account id (12 digits), or null when it is. */
export function accountIdProblem(id: string): string | null {
  return /^\d{12}$/.test(id) ? null : 'An AWS account ID is exactly 12 digits (0–9).';
}

/** `<name>.iam-playground.json`, with characters that file systems refuse replaced by "-". */
export function exportFileName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are among those refused
  const safe = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').replace(/^[\s.]+|[\s.]+$/g, '');
  return `${safe || 'scenario'}.iam-playground.json`;
}
