// IndexedDB persistence (fake-indexeddb in Node): actions are atomic, upgrades keep old data, tabs do not
// lose each other's updates, and quota and blocked-upgrade problems are reported.
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../src/model';
import { emptyScenario, exampleCorpScenario, serializeScenario } from '../../src/model';
import type { StorageChange, StorageStatus } from '../../src/storage';
import { DB_VERSION, ScenarioStore } from '../../src/storage';

let dbCounter = 0;
const opened: ScenarioStore[] = [];
const freshName = () => `test-db-${++dbCounter}`;

async function openStore(dbName: string, onStatus?: (s: StorageStatus) => void): Promise<ScenarioStore> {
  let n = 0;
  const result = await ScenarioStore.open({ dbName, newId: () => `${dbName}-s${++n}`, now: () => 1_000 + n }, onStatus);
  if (result.type === 'failure') throw new Error(result.errors[0].message);
  opened.push(result.value);
  return result.value;
}
const value = <T>(
  r: { type: 'success'; value: T } | { type: 'failure'; errors: { code: string; message: string }[] },
): T => {
  if (r.type === 'failure') throw new Error(`${r.errors[0].code}: ${r.errors[0].message}`);
  return r.value;
};
const renamed = (s: Scenario, description: string): Scenario => ({ ...s, description });

afterEach(() => {
  for (const s of opened.splice(0)) s.close();
  vi.restoreAllMocks();
});

describe('ScenarioStore', () => {
  it('a saved scenario loads back identical, through restore', async () => {
    const store = await openStore(freshName());
    const { id } = value(await store.create('Example Corp', exampleCorpScenario()));
    const loaded = value(await store.load(id));
    expect(serializeScenario(loaded.scenario)).toBe(serializeScenario(exampleCorpScenario()));
    expect(loaded.meta.revision).toBe(1);
  });

  it('scenarios can be listed, renamed, duplicated and deleted', async () => {
    const store = await openStore(freshName());
    const a = value(await store.create('A', emptyScenario('A', '111111111111')));
    value(await store.rename(a.id, 'Renamed'));
    const copy = value(await store.duplicate(a.id, 'Copy'));
    expect(
      value(await store.list())
        .map((m) => m.name)
        .sort(),
    ).toEqual(['Copy', 'Renamed']);
    expect(value(await store.load(copy.id)).scenario.name).toBe('Copy');
    value(await store.remove(a.id));
    expect(value(await store.list()).map((m) => m.name)).toEqual(['Copy']);
    expect((await store.load(a.id)).type).toBe('failure');
  });

  it('summaries list every scenario newest first with the accounts in it', async () => {
    const store = await openStore(freshName());
    const corp = exampleCorpScenario();
    value(await store.create('Corp', corp));
    value(await store.create('Empty', emptyScenario('Empty', '123456789012')));
    const listed = value(await store.summaries());
    expect(listed.map((s) => s.name)).toEqual(['Empty', 'Corp']);
    expect(listed[0].accounts).toEqual([{ id: '123456789012', name: 'Empty', alias: null }]);
    expect(listed[1].accounts.map((a) => a.id)).toEqual(corp.accounts.map((a) => a.id));
  });

  it('export and import round-trip through the scenario file format', async () => {
    const store = await openStore(freshName());
    const { id } = value(await store.create('Corp', exampleCorpScenario()));
    const text = value(await store.exportText(id));
    const imported = value(await store.importText(text, 'Imported'));
    expect(serializeScenario(value(await store.load(imported.id)).scenario)).toBe(text);
    expect((await store.importText('{"format":"iam-playground/scenario","version":99}')).type).toBe('failure');
  });

  it('the active scenario is remembered, and forgotten when it is deleted', async () => {
    const store = await openStore(freshName());
    const { id } = value(await store.create('A', emptyScenario('A', '111111111111')));
    value(await store.setActive(id));
    expect(value(await store.getActive())).toBe(id);
    value(await store.remove(id));
    expect(value(await store.getActive())).toBeNull();
  });

  it('a save based on an old revision is refused: another tab saved first, no update is lost', async () => {
    const name = freshName();
    const tabA = await openStore(name);
    const tabB = await openStore(name);
    const { id } = value(await tabA.create('Shared', emptyScenario('Shared', '111111111111')));
    const inA = value(await tabA.load(id));
    const inB = value(await tabB.load(id));
    value(await tabA.save(id, renamed(inA.scenario, 'from A'), inA.meta.revision));
    const conflict = await tabB.save(id, renamed(inB.scenario, 'from B'), inB.meta.revision);
    expect(conflict).toMatchObject({ type: 'failure', errors: [{ code: 'Conflict' }] });
    expect(value(await tabB.load(id)).scenario.description).toBe('from A');
  });

  it('other tabs hear about a save over BroadcastChannel', async () => {
    const name = freshName();
    const tabA = await openStore(name);
    const tabB = await openStore(name);
    const heard = new Promise<StorageChange>((resolve) => tabB.subscribe(resolve));
    const { id } = value(await tabA.create('Shared', emptyScenario('Shared', '111111111111')));
    expect(await heard).toEqual({ type: 'saved', id, revision: 1 });
  });

  it('a failed write changes nothing and reports a full quota as state', async () => {
    const store = await openStore(freshName());
    const { id } = value(await store.create('A', emptyScenario('A', '111111111111')));
    const statuses: StorageStatus[] = [];
    store.subscribe((c) => c.type === 'status' && statuses.push(c.status));
    const storeProto = (
      globalThis as unknown as { IDBObjectStore: { prototype: { put(...args: unknown[]): unknown } } }
    ).IDBObjectStore.prototype;
    vi.spyOn(storeProto, 'put').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    const result = await store.save(id, renamed(emptyScenario('A', '111111111111'), 'lost?'), 1);
    expect(result).toMatchObject({ type: 'failure', errors: [{ code: 'QuotaExceeded' }] });
    expect(store.status).toMatchObject({ state: 'error', code: 'QuotaExceeded' });
    expect(statuses.at(-1)?.state).toBe('error');
    vi.restoreAllMocks();
    const after = value(await store.load(id));
    expect(after.meta.revision).toBe(1);
    expect(after.scenario.description).toBe('');
  });

  it('upgrading from the first schema version keeps every scenario and adds revisions', async () => {
    const name = freshName();
    const v1 = await openDB(name, 1, { upgrade: (db) => db.createObjectStore('scenarios', { keyPath: 'id' }) });
    await v1.put('scenarios', {
      id: 'old',
      name: 'Saved long ago',
      updatedAt: 5,
      document: JSON.parse(serializeScenario(exampleCorpScenario())),
    });
    v1.close();
    const store = await openStore(name);
    const loaded = value(await store.load('old'));
    expect(loaded.meta).toEqual({ id: 'old', name: 'Saved long ago', revision: 1, updatedAt: 5 });
    expect(serializeScenario(loaded.scenario)).toBe(serializeScenario(exampleCorpScenario()));
    expect(value(await store.getActive())).toBeNull();
    const raw = await openDB(name, DB_VERSION);
    expect([...raw.objectStoreNames].sort()).toEqual(['meta', 'scenarios']);
    raw.close();
  });

  it('an upgrade blocked by another tab on the old version is reported, then completes when that tab closes', async () => {
    const name = freshName();
    const oldTab = await openDB(name, 1, { upgrade: (db) => db.createObjectStore('scenarios', { keyPath: 'id' }) });
    const statuses: StorageStatus[] = [];
    const opening = ScenarioStore.open({ dbName: name }, (s) => statuses.push(s));
    await vi.waitFor(() => expect(statuses.map((s) => s.state)).toContain('blocked'));
    oldTab.close();
    const result = await opening;
    expect(result.type).toBe('success');
    if (result.type === 'success') opened.push(result.value);
    expect(statuses.at(-1)).toEqual({ state: 'ready' });
  });

  it('a tab holding the database closes it when a newer version needs to upgrade, and says so', async () => {
    const name = freshName();
    const store = await openStore(name);
    const newer = await openDB(name, DB_VERSION + 1);
    expect(store.status.state).toBe('closed');
    newer.close();
  });

  it('a stored document from a newer app version is refused on load with a message', async () => {
    const name = freshName();
    const store = await openStore(name);
    const raw = await openDB(name, DB_VERSION);
    await raw.put('scenarios', {
      id: 'future',
      name: 'Future',
      revision: 1,
      updatedAt: 1,
      document: { ...exampleCorpScenario(), version: 2 },
    } as never);
    raw.close();
    expect(await store.load('future')).toMatchObject({ type: 'failure', errors: [{ code: 'UnsupportedVersion' }] });
  });
});
