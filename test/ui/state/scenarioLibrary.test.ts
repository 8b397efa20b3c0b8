// The scenario library against a real ScenarioStore (fake-indexeddb), with a second store on the same
// database standing for another tab: switching, creating, deleting, importing and exporting scenarios.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Result, Scenario } from '../../../src/model';
import { emptyScenario, exampleCorpScenario, restoreScenario } from '../../../src/model';
import type { ScenarioLibrary } from '../../../src/ui/state/scenarioLibrary';
import { createScenarioLibrary } from '../../../src/ui/state/scenarioLibrary';
import { testStores, value } from './testStores';

const stores = testStores();
const libraries: ScenarioLibrary[] = [];
let dbCounter = 0;

const openStore = (dbName: string) => {
  let n = 0;
  return stores.open(dbName, { now: () => 1_000 + ++n });
};
const failure = (r: Result<unknown>) => (r.type === 'failure' ? r.errors[0] : null);
afterEach(() => {
  for (const l of libraries.splice(0)) l.close();
  stores.closeAll();
});

// Long enough that the debounce never fires during a test: writes happen on flush or switch only.
const NEVER = 3_600_000;
const first = emptyScenario('First', '111111111111');
const second = emptyScenario('Second', '222222222222');
const described = (s: Scenario, description: string): Scenario => ({ ...s, description });

/** A library open on "First", with "Second" also saved, and another tab's store on the same database. */
async function library() {
  const dbName = `library-${++dbCounter}`;
  const store = await openStore(dbName);
  const otherTab = await openStore(dbName);
  const firstMeta = value(await store.create('First', first));
  const secondMeta = value(await store.create('Second', second));
  const lib = createScenarioLibrary(store, { scenario: first, meta: firstMeta }, { delayMs: NEVER });
  libraries.push(lib);
  const names = async () =>
    value(await lib.list())
      .map((s) => s.name)
      .sort();
  const shown = () => lib.current.sync.state.scenario;
  return { lib, store, otherTab, firstId: firstMeta.id, secondId: secondMeta.id, names, shown };
}

describe('opening another scenario', () => {
  it('shows the other scenario after saving the edit the open one had queued', async () => {
    const { lib, store, firstId, secondId, shown } = await library();
    lib.current.sync.edit(described(first, 'typed just before switching'));
    value(await lib.open(secondId));
    expect(lib.current.id).toBe(secondId);
    expect(shown().name).toBe('Second');
    expect(value(await store.load(firstId)).scenario.description).toBe('typed just before switching');
    expect(value(await store.getActive())).toBe(secondId);
  });

  it('saves edits made after the switch to the newly open scenario only', async () => {
    const { lib, store, firstId, secondId } = await library();
    value(await lib.open(secondId));
    lib.current.sync.edit(described(second, 'edited in Second'));
    await lib.current.sync.flush();
    expect(value(await store.load(secondId)).scenario.description).toBe('edited in Second');
    expect(value(await store.load(firstId)).scenario.description).toBe('');
  });

  it("another tab's save of the scenario this tab left no longer changes what this tab shows", async () => {
    const { lib, otherTab, firstId, secondId, shown } = await library();
    const left = lib.current.sync;
    value(await lib.open(secondId));
    value(await otherTab.save(firstId, described(first, 'other tab'), 1));
    await left.idle();
    await lib.current.sync.idle();
    expect(left.state.scenario.description).toBe('');
    expect(shown()).toMatchObject({ name: 'Second', description: '' });
    expect(lib.current.sync.state.conflict).toBeNull();
  });

  it('tells subscribers once per switch', async () => {
    const { lib, secondId } = await library();
    const heard = vi.fn();
    lib.subscribe(heard);
    value(await lib.open(secondId));
    value(await lib.open(secondId));
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('is refused while a cross-tab conflict waits for the user, keeping this tab on its scenario', async () => {
    const { lib, otherTab, firstId, secondId } = await library();
    lib.current.sync.edit(described(first, 'this tab'));
    value(await otherTab.save(firstId, described(first, 'other tab'), 1));
    await vi.waitFor(() => expect(lib.current.sync.state.conflict).not.toBeNull());
    expect(failure(await lib.open(secondId))?.code).toBe('Unresolved');
    expect(lib.current.id).toBe(firstId);
    expect(lib.current.sync.state.scenario.description).toBe('this tab');
  });
});

describe('new scenarios', () => {
  it('a new copy of Example Corp gets a name not yet taken and is opened', async () => {
    const { lib, names, shown } = await library();
    value(await lib.createFromExample());
    value(await lib.createFromExample());
    expect(await names()).toEqual(['Example Corp', 'Example Corp (2)', 'First', 'Second']);
    expect(shown().name).toBe('Example Corp (2)');
    expect(shown().accounts).toEqual(exampleCorpScenario().accounts);
  });

  it('an empty account opens with its root user acting, under the typed account id', async () => {
    const { lib, shown } = await library();
    value(await lib.createEmpty('Sandbox', '012345678901'));
    expect(shown().accounts.map((a) => [a.id, a.users.length])).toEqual([['012345678901', 0]]);
    expect(shown().session.identity).toEqual({ type: 'root', accountId: '012345678901' });
  });

  it.each([
    ['an account id of 11 digits', 'Sandbox', '12345678901', '12 digits'],
    ['an account id with letters', 'Sandbox', '12345678901a', '12 digits'],
    ['a blank name', '  ', '123456789012', 'Enter a name'],
    ['an account name over 50 characters', 'x'.repeat(51), '123456789012', 'Invalid scenario'],
  ])('%s is refused and nothing is added', async (_case, name, accountId, message) => {
    const { lib, names, firstId } = await library();
    expect(failure(await lib.createEmpty(name, accountId))?.message).toContain(message);
    expect(await names()).toEqual(['First', 'Second']);
    expect(lib.current.id).toBe(firstId);
  });
});

describe('rename, duplicate and delete', () => {
  it('renaming the open scenario keeps its queued edit and shows the new name', async () => {
    const { lib, store, firstId, shown } = await library();
    lib.current.sync.edit(described(first, 'queued'));
    value(await lib.rename(firstId, 'Renamed'));
    await vi.waitFor(() => expect(shown().name).toBe('Renamed'));
    expect(value(await store.load(firstId)).scenario).toMatchObject({ name: 'Renamed', description: 'queued' });
  });

  it('a duplicate is named as a copy and leaves the open scenario open', async () => {
    const { lib, names, firstId } = await library();
    value(await lib.duplicate(firstId));
    value(await lib.duplicate(firstId));
    expect(await names()).toEqual(['First', 'First (copy)', 'First (copy) (2)', 'Second']);
    expect(lib.current.id).toBe(firstId);
  });

  it('deleting a scenario that is not open leaves the open one alone', async () => {
    const { lib, names, firstId, secondId } = await library();
    value(await lib.remove(secondId));
    expect(await names()).toEqual(['First']);
    expect(lib.current.id).toBe(firstId);
  });

  it('deleting the open scenario opens the most recently saved other one', async () => {
    const { lib, names, firstId, secondId, shown } = await library();
    value(await lib.remove(firstId));
    expect(await names()).toEqual(['Second']);
    expect(lib.current.id).toBe(secondId);
    expect(shown().name).toBe('Second');
  });

  it('deleting the last scenario opens a fresh Example Corp: the app never shows nothing', async () => {
    const { lib, names, firstId, secondId, shown } = await library();
    value(await lib.remove(secondId));
    value(await lib.remove(firstId));
    expect(await names()).toEqual(['Example Corp']);
    expect(shown().name).toBe('Example Corp');
  });
});

describe('import and export', () => {
  it('an exported file is named after the scenario and imports back as a new scenario', async () => {
    const { lib, names, firstId } = await library();
    const file = value(await lib.exportFile(firstId));
    expect(file.fileName).toBe('First.iam-playground.json');
    expect(value(restoreScenario(file.text)).name).toBe('First');
    const imported = value(await lib.importText(file.text));
    expect(await names()).toEqual(['First', 'First (2)', 'Second']);
    value(await lib.open(imported.id));
    expect(lib.current.sync.state.scenario.name).toBe('First (2)');
  });

  it.each([
    ['not JSON', '{"format": ', 'line 1, column 12'],
    ['another format', '{"format": "something-else", "version": 1}', '"format"'],
    ['a newer version', JSON.stringify({ ...first, version: 99 }), 'newer IAM Playground'],
    [
      'invalid content',
      JSON.stringify({ ...first, accounts: [{ ...first.accounts[0], id: '12' }] }),
      'Invalid scenario',
    ],
  ])('a file that is %s is refused with the restore message and adds nothing', async (_case, text, message) => {
    const { lib, names } = await library();
    expect(failure(await lib.importText(text))?.message).toContain(message);
    expect(await names()).toEqual(['First', 'Second']);
  });
});

describe('another tab deletes the open scenario', () => {
  async function deletedElsewhere() {
    const tabs = await library();
    value(await tabs.otherTab.remove(tabs.firstId));
    await vi.waitFor(() => expect(tabs.lib.current.sync.state.deleted).toBe(true));
    return tabs;
  }

  it('this tab keeps showing its version and saves nothing, without a storage error', async () => {
    const errors: Result<unknown>[] = [];
    const dbName = `library-${++dbCounter}`;
    const store = await openStore(dbName);
    const otherTab = await openStore(dbName);
    const meta = value(await store.create('First', first));
    const lib = createScenarioLibrary(
      store,
      { scenario: first, meta },
      { delayMs: NEVER, onWriteResult: (r) => r.type === 'failure' && errors.push(r) },
    );
    libraries.push(lib);
    lib.current.sync.edit(described(first, 'unsaved here'));
    value(await otherTab.remove(meta.id));
    await vi.waitFor(() => expect(lib.current.sync.state.deleted).toBe(true));
    lib.current.sync.edit(described(first, 'edited after the deletion'));
    await lib.current.sync.flush();
    expect(lib.current.sync.state.scenario.description).toBe('edited after the deletion');
    expect(value(await store.list())).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("saving this tab's version as a new scenario stores and opens it, so nothing is lost", async () => {
    const { lib, store, names } = await deletedElsewhere();
    lib.current.sync.edit(described(first, 'kept'));
    const kept = value(await lib.keepDeletedAsNew());
    expect(lib.current.id).toBe(kept.id);
    expect(lib.current.sync.state.deleted).toBe(false);
    expect(value(await store.load(kept.id)).scenario.description).toBe('kept');
    expect(await names()).toEqual(['First', 'Second']);
  });

  it("discarding this tab's version opens another saved scenario", async () => {
    const { lib, secondId, names } = await deletedElsewhere();
    value(await lib.discardDeleted());
    expect(lib.current.id).toBe(secondId);
    expect(await names()).toEqual(['Second']);
  });

  it('other actions on the open scenario wait for that choice', async () => {
    const { lib, firstId, secondId } = await deletedElsewhere();
    expect(failure(await lib.open(secondId))?.code).toBe('Unresolved');
    expect(failure(await lib.rename(firstId, 'x'))?.code).toBe('Unresolved');
    expect(lib.current.id).toBe(firstId);
  });
});
