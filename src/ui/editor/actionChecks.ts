// Catalogue checks of Action/NotAction values, like IAM Access Analyzer's policy validation: an unknown
// service prefix, an action its service does not have, a wildcard that matches no action. They read the
// JSON text (not the parsed policy) so they still help while the parser reports other errors, and they
// live here rather than in the engine's parser because the engine must not depend on the catalogue.
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import type { Node as JsonNode } from 'jsonc-parser';
import type { Diagnostic } from '../../engine/policy';
import { SourceText } from '../../engine/parse/sourceText';
import { closestName } from '../../engine/parse/suggest';
import type { Catalog } from './catalog';
import { splitAction } from './catalog';
import { ACTION_PATTERN } from '../../engine/parse/matchList';

/** The parser's own format check (no wildcard in the prefix); values it rejects are left to its error. */
const hasWildcard = (s: string) => /[*?]/.test(s);

function statementsOf(root: JsonNode): JsonNode[] {
  const statement = findNodeAtLocation(root, ['Statement']);
  if (statement?.type === 'object') return [statement];
  return statement?.type === 'array' ? (statement.children ?? []).filter((n) => n.type === 'object') : [];
}

function actionValues(statement: JsonNode): JsonNode[] {
  return ['Action', 'NotAction'].flatMap((element) => {
    const node = findNodeAtLocation(statement, [element]);
    const items = node?.type === 'array' ? (node.children ?? []) : node ? [node] : [];
    return items.filter((n) => n.type === 'string' && typeof n.value === 'string');
  });
}

/** Why a well-formed action is not in the catalogue, or null when it is known (or matches known actions). */
async function actionProblem(value: string, catalog: Catalog): Promise<{ code: string; message: string } | null> {
  const [prefix, name = ''] = splitAction(value);
  const service = await catalog.service(prefix);
  // No "did you mean" here: prefixes are so short that two edits reach unrelated services.
  if (!service) return { code: 'unknown-service', message: `${prefix} is not a known service prefix` };
  if (hasWildcard(name)) {
    return (await catalog.expand(value)).length > 0
      ? null
      : { code: 'action-matches-nothing', message: `${value} matches no action of ${service.name}` };
  }
  if (service.actions[name.toLowerCase()]) return null;
  const near = closestName(
    name,
    Object.values(service.actions).map((a) => a.name),
  );
  return {
    code: 'unknown-action',
    message: `${value} is not an action of ${service.name}${near ? `; did you mean ${service.prefix}:${near}?` : ''}`,
  };
}

/** Warnings for the Action/NotAction values of a policy's text that the service catalogue does not know. */
export async function catalogDiagnostics(text: string, catalog: Catalog): Promise<Diagnostic[]> {
  const root = parseTree(text);
  if (!root) return [];
  const source = new SourceText(text);
  const found: Diagnostic[] = [];
  for (const node of statementsOf(root).flatMap(actionValues)) {
    const value = node.value as string;
    if (value === '*' || !ACTION_PATTERN.test(value)) continue;
    const problem = await actionProblem(value, catalog);
    if (problem) found.push({ ...problem, severity: 'warning', range: source.range(node.offset, node.length) });
  }
  return found;
}
