// The IndexedDB schema (current version) and the records as stored.

import type { DBSchema } from 'idb';
import type { Scenario } from '../model';
import type { ACTIVE_SCENARIO_KEY } from './keys';

/** A saved scenario: the document plus what lists and cross-tab checks need. */
export interface ScenarioRecord {
  id: string;
  name: string;
  /** Increases by one on every write; a write that expects an older revision is a conflict. */
  revision: number;
  /** Milliseconds since the epoch. */
  updatedAt: number;
  document: Scenario;
}

/** The database schema at DB_VERSION. */
export interface PlaygroundDB extends DBSchema {
  scenarios: { key: string; value: ScenarioRecord; indexes: { byUpdatedAt: number } };
  meta: { key: typeof ACTIVE_SCENARIO_KEY; value: string };
}
