// Shared by the state tests: real ScenarioStores on fake-indexeddb databases (two on one database stand
// for two tabs), remembered so that each test file can close them after each test.
import 'fake-indexeddb/auto';
import type { Result } from '../../../src/model';
import type { StoreOptions } from '../../../src/storage';
import { ScenarioStore } from '../../../src/storage';

/** Opens stores and closes every one opened so far. */
export function testStores() {
  const opened: ScenarioStore[] = [];
  return {
    async open(dbName: string, options: StoreOptions = {}): Promise<ScenarioStore> {
      const r = await ScenarioStore.open({ dbName, ...options });
      if (r.type === 'failure') throw new Error(r.errors[0].message);
      opened.push(r.value);
      return r.value;
    },
    closeAll() {
      for (const s of opened.splice(0)) s.close();
    },
  };
}

/** The value of a successful Result; a failure throws with its code and message. */
export const value = <T>(r: Result<T>): T => {
  if (r.type === 'failure') throw new Error(`${r.errors[0].code}: ${r.errors[0].message}`);
  return r.value;
};
