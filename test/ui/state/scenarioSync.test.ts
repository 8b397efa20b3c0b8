// Cross-tab synchronisation of the open scenario, against a real ScenarioStore (fake-indexeddb) with two
// stores on one database standing for two tabs: another tab's save never silently discards this tab's edit.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Result, Scenario } from '../../../src/model';
import { emptyScenario, fail } from '../../../src/model';
import type { ScenarioStore } from '../../../src/storage';
import type { ScenarioSync } from '../../../src/ui/state/scenarioSync';
import { copyName, createScenarioSync } from '../../../src/ui/state/scenarioSync';
import { testStores, value } from './testStores';

const stores = testStores();
const syncs: ScenarioSync[] = [];
let dbCounter = 0;

const openStore = stores.open;
afterEach(() => {
  for (const s of syncs.splice(0)) s.close();
  stores.closeAll();
  vi.restoreAllMocks();
});

const base = emptyScenario('Shared', '111111111111');
const described = (description: string): Scenario => ({ ...base, description });
// Long enough that the debounce never fires during a test: writes happen on flush() only.
const NEVER = 3_600_000;

/**
 * Two tabs on one database, each synchronising the same stored scenario. `otherAnnounces: false` opens
 * the other tab without BroadcastChannel, so its saves reach this tab only as a refused write.
 */
async function twoTabs({ otherAnnounces = true } = {}) {
  const dbName = `sync-${++dbCounter}`;
  const thisStore = await openStore(dbName);
  const otherStore = await openStore(dbName, { crossTab: otherAnnounces });
  const meta = value(await thisStore.create('Shared', base));
  const writeResults: Result<unknown>[] = [];
  const start = (store: ScenarioStore, onWriteResult?: (r: Result<unknown>) => void) => {
    const sync = createScenarioSync(store, { scenario: base, meta }, { delayMs: NEVER, onWriteResult });
    syncs.push(sync);
    return sync;
  };
  const thisTab = start(thisStore, (r) => writeResults.push(r));
  const otherTab = start(otherStore);
  const stored = async () => value(await thisStore.load(meta.id));
  return { thisStore, thisTab, otherTab, id: meta.id, stored, writeResults };
}

/** Makes `tab` edit and save at once (the other tab, with no unsaved change of its own afterwards). */
async function editAndSave(tab: ScenarioSync, description: string) {
  tab.edit(described(description));
  await tab.flush();
}

/** This tab edits (not yet saved), then the other tab saves its own edit: a conflict. */
async function conflicted() {
  const tabs = await twoTabs();
  tabs.thisTab.edit(described('this tab'));
  await editAndSave(tabs.otherTab, 'other tab');
  await vi.waitFor(() => expect(tabs.thisTab.state.conflict).not.toBeNull());
  return tabs;
}

describe('another tab saves the open scenario', () => {
  it("with no unsaved change here, this tab shows the other tab's version and saves on top of it", async () => {
    const { thisTab, otherTab, stored } = await twoTabs();
    await editAndSave(otherTab, 'other tab');
    await vi.waitFor(() => expect(thisTab.state.scenario.description).toBe('other tab'));
    expect(thisTab.state.conflict).toBeNull();
    await editAndSave(thisTab, 'this tab, later');
    expect(await stored()).toMatchObject({ scenario: { description: 'this tab, later' }, meta: { revision: 3 } });
  });

  it("this tab's own saves are not taken for another tab's", async () => {
    const { thisTab, stored } = await twoTabs();
    await editAndSave(thisTab, 'saved');
    thisTab.edit(described('not saved yet'));
    await thisTab.idle();
    expect(thisTab.state.conflict).toBeNull();
    expect(thisTab.state.scenario.description).toBe('not saved yet');
    await thisTab.flush();
    expect(await stored()).toMatchObject({ scenario: { description: 'not saved yet' }, meta: { revision: 3 } });
  });

  it('with an unsaved change here, a conflict opens, this tab keeps showing its edit and autosave stops', async () => {
    const { thisTab, stored } = await conflicted();
    expect(thisTab.state.conflict).toEqual({ resolving: false });
    expect(thisTab.state.scenario.description).toBe('this tab');
    await thisTab.flush();
    expect(await stored()).toMatchObject({ scenario: { description: 'other tab' }, meta: { revision: 2 } });
  });

  it('our write refused as stale opens a conflict, not a storage error', async () => {
    const { thisTab, otherTab, stored, writeResults } = await twoTabs({ otherAnnounces: false });
    await editAndSave(otherTab, 'other tab');
    await editAndSave(thisTab, 'this tab');
    expect(thisTab.state.conflict).toEqual({ resolving: false });
    expect(writeResults).toEqual([]);
    expect((await stored()).scenario.description).toBe('other tab');
  });

  it('a change whose write failed (full storage) still counts as unsaved when another tab saves', async () => {
    const { thisStore, thisTab, otherTab, writeResults } = await twoTabs();
    vi.spyOn(thisStore, 'save').mockResolvedValueOnce(fail('QuotaExceeded', 'full'));
    await editAndSave(thisTab, 'this tab');
    expect(writeResults).toMatchObject([{ type: 'failure', errors: [{ code: 'QuotaExceeded' }] }]);
    await editAndSave(otherTab, 'other tab');
    await vi.waitFor(() => expect(thisTab.state.conflict).not.toBeNull());
    expect(thisTab.state.scenario.description).toBe('this tab');
  });

  it('edits made while the conflict is open stay in this tab until the user chooses', async () => {
    const { thisTab, stored } = await conflicted();
    thisTab.edit(described('this tab, edited during the conflict'));
    await thisTab.flush();
    await thisTab.idle();
    expect(thisTab.state.scenario.description).toBe('this tab, edited during the conflict');
    expect(await stored()).toMatchObject({ scenario: { description: 'other tab' }, meta: { revision: 2 } });
  });
});

describe("the user's choice", () => {
  it("\"Keep this tab's version\" saves this tab's latest edit on top of the other tab's revision, and the other tab shows it", async () => {
    const { thisTab, otherTab, stored } = await conflicted();
    thisTab.edit(described('this tab, latest'));
    await thisTab.resolve('keep-this-tab');
    expect(thisTab.state.conflict).toBeNull();
    expect(await stored()).toMatchObject({ scenario: { description: 'this tab, latest' }, meta: { revision: 3 } });
    await vi.waitFor(() => expect(otherTab.state.scenario.description).toBe('this tab, latest'));
    await editAndSave(thisTab, 'autosaving again');
    expect((await stored()).meta.revision).toBe(4);
  });

  it('"Use the other tab\'s version" discards this tab\'s unsaved change and shows the stored one', async () => {
    const { thisTab, stored } = await conflicted();
    await thisTab.resolve('take-other-tab');
    expect(thisTab.state.conflict).toBeNull();
    expect(thisTab.state.scenario.description).toBe('other tab');
    expect((await stored()).meta.revision).toBe(2);
    await editAndSave(thisTab, 'autosaving again');
    expect(await stored()).toMatchObject({ scenario: { description: 'autosaving again' }, meta: { revision: 3 } });
  });

  it('"Save this tab\'s version as a copy" stores it as a new named scenario, then shows the other tab\'s', async () => {
    const { thisStore, thisTab, id, stored } = await conflicted();
    await thisTab.resolve('save-copy');
    expect(thisTab.state).toMatchObject({
      conflict: null,
      savedCopy: copyName('Shared'),
      scenario: { description: 'other tab' },
    });
    expect(await stored()).toMatchObject({ scenario: { description: 'other tab' }, meta: { revision: 2 } });
    const copy = value(await thisStore.list()).find((m) => m.id !== id);
    expect(copy?.name).toBe('Shared (copy from this tab)');
    expect(value(await thisStore.load(copy!.id)).scenario).toMatchObject({
      name: 'Shared (copy from this tab)',
      description: 'this tab',
    });
    thisTab.dismissSavedCopy();
    expect(thisTab.state.savedCopy).toBeNull();
  });

  it('"Keep this tab\'s version" refused because yet another save landed keeps the conflict open for a new choice', async () => {
    const { thisStore, thisTab, stored } = await conflicted();
    vi.spyOn(thisStore, 'save').mockResolvedValueOnce(fail('Conflict', 'changed again'));
    await thisTab.resolve('keep-this-tab');
    expect(thisTab.state.conflict).toEqual({ resolving: false });
    await thisTab.resolve('keep-this-tab');
    expect(thisTab.state.conflict).toBeNull();
    expect((await stored()).scenario.description).toBe('this tab');
  });

  it('a choice without an open conflict changes nothing', async () => {
    const { thisTab, stored } = await twoTabs();
    thisTab.edit(described('this tab'));
    await thisTab.resolve('take-other-tab');
    expect(thisTab.state.scenario.description).toBe('this tab');
    await thisTab.flush();
    expect((await stored()).scenario.description).toBe('this tab');
  });
});
