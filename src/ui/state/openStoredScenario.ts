// Opens the scenario this tab (or, in a new tab, the browser) had open last from IndexedDB (through
// src/storage), else the most recent saved one, else saves the built-in Example Corp scenario, so a reload
// shows the same world.
import type { Result, Scenario } from '../../model';
import { exampleCorpScenario } from '../../model';
import type { ScenarioMeta, ScenarioStore, StorageStatus } from '../../storage';
import { ScenarioStore as Store, rememberTabScenario, tabScenarioId } from '../../storage';

/** The open store and the active scenario in it. */
export interface StoredScenario {
  store: ScenarioStore;
  scenario: Scenario;
  meta: ScenarioMeta;
}

const message = (r: { errors: { message: string }[] }) => r.errors.map((e) => e.message).join(' ');

/** Remembers `id` as the scenario open in this tab and, for new tabs, in the browser. */
export async function rememberOpen(store: ScenarioStore, id: string): Promise<void> {
  rememberTabScenario(id);
  await store.setActive(id);
}

/** Saves a fresh copy of the built-in Example Corp scenario under `name` (default its own name). */
export async function saveExampleCorp(
  store: ScenarioStore,
  name?: string,
): Promise<Result<{ scenario: Scenario; meta: ScenarioMeta }>> {
  const seed = exampleCorpScenario();
  const named = name ? { ...seed, name } : seed;
  const created = await store.create(named.name, named);
  return created.type === 'failure' ? created : { type: 'success', value: { scenario: named, meta: created.value } };
}

async function lastOpenOrSeeded(store: ScenarioStore): Promise<Result<{ scenario: Scenario; meta: ScenarioMeta }>> {
  const active = await store.getActive();
  const listed = await store.list();
  // The scenario may have been deleted (in another tab) since: then the newest one left is the best guess.
  const candidates = [
    tabScenarioId(),
    active.type === 'success' ? active.value : null,
    ...(listed.type === 'success' ? listed.value.map((m) => m.id) : []),
  ];
  for (const id of new Set(candidates)) {
    if (!id) continue;
    const loaded = await store.load(id);
    if (loaded.type === 'success') {
      await rememberOpen(store, id);
      return loaded;
    }
  }
  const seeded = await saveExampleCorp(store);
  if (seeded.type === 'success') await rememberOpen(store, seeded.value.meta.id);
  return seeded;
}

let opening: Promise<StoredScenario | StorageStatus> | null = null;

/**
 * Opens storage and the active scenario once per page (React may mount twice; seeding twice would save
 * two copies). Failures come back as a status to show, never thrown.
 */
export function openStoredScenario(onStatus: (s: StorageStatus) => void): Promise<StoredScenario | StorageStatus> {
  opening ??= openOnce(onStatus);
  return opening;
}

async function openOnce(onStatus: (s: StorageStatus) => void): Promise<StoredScenario | StorageStatus> {
  const opened = await Store.open({}, onStatus);
  if (opened.type === 'failure') return { state: 'error', code: opened.errors[0].code, message: message(opened) };
  const store = opened.value;
  const result = await lastOpenOrSeeded(store);
  if (result.type === 'failure') {
    store.close();
    return { state: 'error', code: result.errors[0].code, message: message(result) };
  }
  return { store, ...result.value };
}
