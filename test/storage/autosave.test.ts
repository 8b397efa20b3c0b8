// Autosave: debounced, sequential writes that track revisions and report conflicts.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyScenario } from '../../src/model';
import type { Result } from '../../src/model';
import type { ScenarioMeta } from '../../src/storage';
import { createAutosave, ScenarioStore } from '../../src/storage';

const stores: ScenarioStore[] = [];
async function open(dbName: string) {
  const r = await ScenarioStore.open({ dbName });
  if (r.type === 'failure') throw new Error(r.errors[0].message);
  stores.push(r.value);
  return r.value;
}
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  vi.useRealTimers();
});
const base = emptyScenario('A', '111111111111');

describe('autosave', () => {
  it('several quick changes become one write of the latest scenario', async () => {
    const store = await open('autosave-1');
    const created = await store.create('A', base);
    if (created.type === 'failure') throw new Error('create failed');
    const results: Result<ScenarioMeta>[] = [];
    vi.useFakeTimers();
    const saver = createAutosave(store, created.value.id, 1, { delayMs: 500, onResult: (r) => results.push(r) });
    saver.schedule({ ...base, description: 'one' });
    saver.schedule({ ...base, description: 'two' });
    vi.advanceTimersByTime(499);
    expect(results).toHaveLength(0);
    vi.useRealTimers();
    await saver.flush();
    expect(results).toHaveLength(1);
    expect(saver.revision).toBe(2);
    const loaded = await store.load(created.value.id);
    expect(loaded.type === 'success' && loaded.value.scenario.description).toBe('two');
  });

  it('consecutive writes each start from the previous revision', async () => {
    const store = await open('autosave-2');
    const created = await store.create('A', base);
    if (created.type === 'failure') throw new Error('create failed');
    const saver = createAutosave(store, created.value.id, 1, { delayMs: 10_000 });
    saver.schedule({ ...base, description: 'first' });
    const first = saver.flush();
    saver.schedule({ ...base, description: 'second' });
    const second = saver.flush();
    expect((await first)?.type).toBe('success');
    expect((await second)?.type).toBe('success');
    expect(saver.revision).toBe(3);
  });

  it('a write after another tab saved reports Conflict instead of overwriting', async () => {
    const store = await open('autosave-3');
    const other = await open('autosave-3');
    const created = await store.create('A', base);
    if (created.type === 'failure') throw new Error('create failed');
    await other.save(created.value.id, { ...base, description: 'other tab' }, 1);
    const saver = createAutosave(store, created.value.id, 1, { delayMs: 10_000 });
    saver.schedule({ ...base, description: 'this tab' });
    expect(await saver.flush()).toMatchObject({ type: 'failure', errors: [{ code: 'Conflict' }] });
  });

  it('a change counts as unsaved while it is queued or being written, and not once it is stored', async () => {
    const store = await open('autosave-4');
    const created = await store.create('A', base);
    if (created.type === 'failure') throw new Error('create failed');
    const saver = createAutosave(store, created.value.id, 1, { delayMs: 10_000 });
    expect(saver.hasUnsaved).toBe(false);
    saver.schedule({ ...base, description: 'queued' });
    expect(saver.hasUnsaved).toBe(true);
    const writing = saver.flush();
    expect(saver.hasUnsaved).toBe(true);
    await saver.settled();
    expect(saver.hasUnsaved).toBe(false);
    expect(saver.revision).toBe(2);
    expect((await writing)?.type).toBe('success');
  });

  it('settled() waits for the write in flight without writing the queued change', async () => {
    const store = await open('autosave-5');
    const created = await store.create('A', base);
    if (created.type === 'failure') throw new Error('create failed');
    const saver = createAutosave(store, created.value.id, 1, { delayMs: 10_000 });
    saver.schedule({ ...base, description: 'written' });
    void saver.flush();
    saver.schedule({ ...base, description: 'still queued' });
    await saver.settled();
    expect(saver.hasUnsaved).toBe(true);
    const loaded = await store.load(created.value.id);
    expect(loaded.type === 'success' && loaded.value.scenario.description).toBe('written');
    saver.cancel();
  });
});
