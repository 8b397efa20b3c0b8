// Every load is a restore: text or JSON from IndexedDB, a file, a URL or a tutorial goes through
// restoreScenario, which migrates old versions, validates, checks references and canonicalizes.

import { DecodeError } from './decode';
import type { Result, ResultError } from './result';
import { fail, ok } from './result';
import type { Scenario } from './scenario';
import { canonicalScenario, SCENARIO_FORMAT, SCENARIO_VERSION } from './scenario';
import { scenarioDecoder } from './scenarioDecoder';
import { checkScenario } from './checkScenario';
import { describeJsonSyntaxError } from './jsonSyntaxError';

/**
 * Upgrades from version N to N+1, indexed by N. Version 1 is the first published version, so the list
 * is empty; a future version 2 adds `1: (doc) => …` here and never removes it.
 */
export const MIGRATIONS: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>> = {};

/** Parses (if text), migrates, validates and canonicalizes a scenario document. */
export function restoreScenario(raw: unknown): Result<Scenario> {
  let doc: unknown = raw;
  if (typeof raw === 'string') {
    try {
      doc = JSON.parse(raw);
    } catch (e) {
      // Prefer a line and column (files are edited by hand); the engine's own message is the fallback.
      const where = describeJsonSyntaxError(raw) ?? (e as Error).message;
      return fail('InvalidScenario', `The scenario is not valid JSON: ${where}.`);
    }
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    return fail('InvalidScenario', 'A scenario document must be a JSON object.');
  let current = doc as Record<string, unknown>;
  if (current.format !== SCENARIO_FORMAT)
    return fail('InvalidScenario', `Not a scenario document: "format" must be "${SCENARIO_FORMAT}".`);
  const version = current.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail('InvalidScenario', '"version" must be a positive integer.');
  if (version > SCENARIO_VERSION)
    return fail(
      'UnsupportedVersion',
      `This scenario was saved by a newer IAM Playground (document version ${version}; this one reads versions up to ${SCENARIO_VERSION}). Update the app to open it.`,
    );
  for (let v = version; v < SCENARIO_VERSION; v++) {
    const migrate = MIGRATIONS[v];
    if (!migrate) return fail('InvalidScenario', `No migration from document version ${v}.`);
    current = { ...migrate(current), version: v + 1 };
  }
  let scenario: Scenario;
  try {
    scenario = scenarioDecoder.decode(current, '');
  } catch (e) {
    if (e instanceof DecodeError) return fail('InvalidScenario', `Invalid scenario at ${e.path || '/'}: ${e.problem}.`);
    throw e;
  }
  const problems: ResultError[] = checkScenario(scenario).map((message) => ({ code: 'InvalidScenario', message }));
  return problems.length ? { type: 'failure', errors: problems } : ok(canonicalScenario(scenario));
}
