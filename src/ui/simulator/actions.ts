// The simulator's action list: what the user typed, split into entries, with wildcards such as
// `s3:Get*` expanded through the editor's service catalogue into the actions they name.
import type { Catalog } from '../editor/catalog';

/** At most this many actions are simulated at once; a wider pattern is cut and says so. */
export const MAX_ACTIONS = 200;

/** An action entry the user typed and what it stands for. */
export interface ExpandedAction {
  typed: string;
  /** The concrete actions, spelled as the catalogue spells them (`s3:GetObject`). */
  actions: string[];
  /** Why the entry gives no action, or was cut short. */
  problem: string | null;
}

/** Splits typed text on commas, white space and new lines into distinct entries, keeping their order. */
export function splitList(text: string): string[] {
  const seen = new Set<string>();
  return text.split(/[\s,]+/).filter((x) => x !== '' && !seen.has(x) && seen.add(x));
}

const ACTION_SHAPE = /^[a-z0-9*?-]+:[A-Za-z0-9*?]*$/i;

/** Expands one entry: a plain action stays as typed; a wildcard becomes every catalogue action it matches. */
export async function expandAction(typed: string, catalog: Catalog): Promise<ExpandedAction> {
  if (!ACTION_SHAPE.test(typed))
    return { typed, actions: [], problem: 'An action is written service:Action, e.g. s3:GetObject.' };
  if (!/[*?]/.test(typed)) {
    // Unknown actions are still simulated (AWS evaluates any string) but named by the catalogue when it knows them.
    const known = await catalog.action(typed);
    const [prefix] = typed.split(':');
    return {
      typed,
      actions: [known ? `${prefix.toLowerCase()}:${known.name}` : typed],
      problem: known ? null : 'Not an action in the AWS service catalogue; simulated as typed.',
    };
  }
  const found = (await catalog.expand(typed)).map((x) => `${x.prefix}:${x.action.name}`).sort();
  if (found.length === 0)
    return { typed, actions: [], problem: 'No action in the AWS service catalogue matches this pattern.' };
  if (found.length > MAX_ACTIONS)
    return {
      typed,
      actions: found.slice(0, MAX_ACTIONS),
      problem: `Matches ${found.length} actions; the first ${MAX_ACTIONS} are simulated.`,
    };
  return { typed, actions: found, problem: null };
}

/** Expands every entry and returns the distinct actions in order, capped at MAX_ACTIONS overall. */
export async function expandActions(
  text: string,
  catalog: Catalog,
): Promise<{ entries: ExpandedAction[]; actions: string[] }> {
  const entries = await Promise.all(splitList(text).map((t) => expandAction(t, catalog)));
  const actions = [...new Set(entries.flatMap((e) => e.actions))].slice(0, MAX_ACTIONS);
  return { entries, actions };
}
