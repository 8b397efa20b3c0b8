// Opens the scenario the user had open last from IndexedDB (through src/storage), or saves the built-in
// Example Corp scenario on first use, so a reload shows the same world.
import type { Result, Scenario } from '../../model';
import { exampleCorpScenario } from '../../model';
import type { ScenarioMeta, ScenarioStore, StorageStatus } from '../../storage';
import { ScenarioStore as Store } from '../../storage';

/** The open store and the active scenario in it. */
export interface StoredScenario {
  store: ScenarioStore;
  scenario: Scenario;
  meta: ScenarioMeta;
}

const message = (r: { errors: { message: string }[] }) => r.errors.map((e) => e.message).join(' ');

async function activeOrSeeded(store: ScenarioStore): Promise<Result<{ scenario: Scenario; meta: ScenarioMeta }>> {
  const active = await store.getActive();
  if (active.type === 'success' && active.value) {
    const loaded = await store.load(active.value);
    if (loaded.type === 'success') return loaded;
  }
  const seed = exampleCorpScenario();
  const created = await store.create(seed.name, seed);
  if (created.type === 'failure') return created;
  await store.setActive(created.value.id);
  return { type: 'success', value: { scenario: seed, meta: created.value } };
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
  const result = await activeOrSeeded(store);
  if (result.type === 'failure') {
    store.close();
    return { state: 'error', code: result.errors[0].code, message: message(result) };
  }
  return { store, ...result.value };
}
