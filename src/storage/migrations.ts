// Schema upgrades, one step per version, run inside IndexedDB's versionchange transaction so an upgrade
// either completes or leaves the old database untouched.
//   v1: `scenarios` store keyed by id, records { id, name, updatedAt, document }.
//   v2: records gain `revision` (for lost-update detection across tabs), a `byUpdatedAt` index,
//       and a `meta` store for the active scenario.

import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { META, SCENARIOS } from './keys';
import type { PlaygroundDB } from './schema';

type UpgradeTx = IDBPTransaction<PlaygroundDB, StoreNames<PlaygroundDB>[], 'versionchange'>;

/** Upgrade steps: STEPS[n] turns version n into n + 1 (STEPS[0] creates version 1). */
const STEPS: ((db: IDBPDatabase<PlaygroundDB>, tx: UpgradeTx) => Promise<void>)[] = [
  async (db) => {
    // Version 1 had no indexes; the untyped call reflects that older shape.
    (db as unknown as IDBPDatabase).createObjectStore(SCENARIOS, { keyPath: 'id' });
  },
  async (db, tx) => {
    db.createObjectStore(META);
    const store = tx.objectStore(SCENARIOS);
    store.createIndex('byUpdatedAt', 'updatedAt');
    let cursor = await store.openCursor();
    while (cursor) {
      await cursor.update({ ...cursor.value, revision: cursor.value.revision ?? 1 });
      cursor = await cursor.continue();
    }
  },
];

/** Runs every step from `oldVersion` up to `newVersion`. */
export async function upgrade(
  db: IDBPDatabase<PlaygroundDB>,
  oldVersion: number,
  newVersion: number,
  tx: UpgradeTx,
): Promise<void> {
  for (let v = oldVersion; v < newVersion; v++) await STEPS[v](db, tx);
}
