// The order of a list table's rows: by the chosen column, ties broken by the first column (the name), so
// equal values (every "AWS managed" policy) come in a predictable order in either direction.

/** Compares two cell texts as the console does: case-insensitive, numbers by value. */
const compareText = (a: string, b: string): number =>
  a.localeCompare(b, undefined, { numeric: true, sensitivity: 'base' });

/** The rows sorted by `key` (ascending or descending), equal keys ordered by `name` ascending. */
export function sortRows<T>(
  rows: readonly T[],
  key: (row: T) => string,
  name: (row: T) => string,
  ascending: boolean,
): T[] {
  const direction = ascending ? 1 : -1;
  return [...rows].sort((a, b) => direction * compareText(key(a), key(b)) || compareText(name(a), name(b)));
}
