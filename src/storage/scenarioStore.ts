// The one owner of IndexedDB: named scenarios with create, rename, duplicate, delete, load, save,
// import and export. Each user action is one transaction; saves carry the revision they started from,
// so a write based on stale data (another tab saved first) is refused instead of silently lost.
// Failures (quota, blocked upgrade, another tab upgrading) become visible `StorageStatus`, never a silent loss.

import type { IDBPDatabase } from 'idb';
import { openDB } from 'idb';
import type { Result, Scenario } from '../model';
import { fail, ok, restoreScenario, serializeScenario } from '../model';
import { ACTIVE_SCENARIO_KEY, CHANNEL_NAME, DB_NAME, DB_VERSION, META, SCENARIOS } from './keys';
import { upgrade } from './migrations';
import type { PlaygroundDB, ScenarioRecord } from './schema';

/** What the UI shows about storage: fine, waiting for other tabs, closed for a newer tab, or failed. */
export type StorageStatus =
  | { state: 'ready' }
  | { state: 'blocked'; message: string }
  | { state: 'closed'; message: string }
  | { state: 'error'; code: string; message: string };

/** A scenario as listed, without its document. */
export interface ScenarioMeta {
  id: string;
  name: string;
  revision: number;
  updatedAt: number;
}

/** A scenario as listed for choosing one: its meta and the accounts in it. */
export interface ScenarioSummary extends ScenarioMeta {
  accounts: { id: string; name: string; alias: string | null }[];
}

/** A change made by this or another tab. */
export type StorageChange =
  | { type: 'saved'; id: string; revision: number }
  | { type: 'deleted'; id: string }
  | { type: 'status'; status: StorageStatus };

/** Options for opening the store; the defaults suit the browser. */
export interface StoreOptions {
  dbName?: string;
  /** Id generator for new scenarios. */
  newId?: () => string;
  now?: () => number;
  /** Set to false where BroadcastChannel is unavailable. */
  crossTab?: boolean;
}

const meta = (r: ScenarioRecord): ScenarioMeta => ({
  id: r.id,
  name: r.name,
  revision: r.revision,
  updatedAt: r.updatedAt,
});
// Listing reads stored documents without restoring each one, so it tolerates any shape.
const summary = (r: ScenarioRecord): ScenarioSummary => ({
  ...meta(r),
  accounts: (Array.isArray(r.document?.accounts) ? r.document.accounts : []).map((a) => ({
    id: a.id,
    name: a.name,
    alias: a.alias ?? null,
  })),
});

/** Turns a failed IndexedDB operation into a Result error, naming quota problems plainly. */
function storageError(e: unknown): { code: string; message: string } {
  const name = (e as { name?: string })?.name;
  const message = (e as Error)?.message ?? String(e);
  if (name === 'QuotaExceededError')
    return {
      code: 'QuotaExceeded',
      message: `The browser's storage for this site is full, so the change was not saved. Free space by deleting or exporting scenarios. (${message})`,
    };
  return { code: 'StorageError', message: `Saving to the browser's storage failed: ${message}` };
}

/** Persistent scenarios in IndexedDB. Create with `ScenarioStore.open()`. */
export class ScenarioStore {
  private listeners = new Set<(change: StorageChange) => void>();
  private currentStatus: StorageStatus = { state: 'ready' };
  private channel: BroadcastChannel | null;

  private constructor(
    private db: IDBPDatabase<PlaygroundDB>,
    private readonly options: Required<StoreOptions>,
  ) {
    this.channel =
      options.crossTab && typeof BroadcastChannel !== 'undefined'
        ? new BroadcastChannel(`${CHANNEL_NAME}:${options.dbName}`)
        : null;
    if (this.channel) this.channel.onmessage = (event: MessageEvent<StorageChange>) => this.emit(event.data);
  }

  /**
   * Opens (creating or upgrading) the database. `onStatus` hears about a blocked upgrade while the open
   * waits for other tabs to close the old version.
   */
  static async open(options: StoreOptions = {}, onStatus?: (s: StorageStatus) => void): Promise<Result<ScenarioStore>> {
    const full: Required<StoreOptions> = {
      dbName: options.dbName ?? DB_NAME,
      newId: options.newId ?? (() => crypto.randomUUID()),
      now: options.now ?? (() => Date.now()),
      crossTab: options.crossTab ?? true,
    };
    let store: ScenarioStore | null = null;
    try {
      const db = await openDB<PlaygroundDB>(full.dbName, DB_VERSION, {
        upgrade: (database, oldVersion, newVersion, tx) => {
          upgrade(database, oldVersion, newVersion ?? DB_VERSION, tx).catch(() => tx.abort());
        },
        blocked: () =>
          onStatus?.({
            state: 'blocked',
            message:
              'Another tab has an older version of IAM Playground open. Close it (or reload it) to finish updating the saved data.',
          }),
        blocking: () => store?.closeForNewerTab(),
        terminated: () =>
          store?.setStatus({
            state: 'error',
            code: 'Terminated',
            message: 'The browser closed the database unexpectedly. Reload the page.',
          }),
      });
      store = new ScenarioStore(db, full);
      onStatus?.({ state: 'ready' });
      return ok(store);
    } catch (e) {
      const error = storageError(e);
      onStatus?.({ state: 'error', ...error });
      return fail(error.code, error.message);
    }
  }

  /** The current storage status. */
  get status(): StorageStatus {
    return this.currentStatus;
  }

  /** Listens to saves and deletes (from any tab) and status changes; returns the unsubscribe function. */
  subscribe(listener: (change: StorageChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Every saved scenario, most recently changed first. */
  async list(): Promise<Result<ScenarioMeta[]>> {
    return this.attempt(async () => (await this.newestFirst()).map(meta));
  }

  /** Every saved scenario with the accounts in it, most recently changed first. */
  async summaries(): Promise<Result<ScenarioSummary[]>> {
    return this.attempt(async () => (await this.newestFirst()).map(summary));
  }

  /** Loads a scenario through restoreScenario (every load is a restore), with its revision for the next save. */
  async load(id: string): Promise<Result<{ scenario: Scenario; meta: ScenarioMeta }>> {
    const record = await this.attempt(() => this.db.get(SCENARIOS, id));
    if (record.type === 'failure') return record;
    if (!record.value) return fail('NotFound', `No saved scenario has the id ${id}.`);
    const restored = restoreScenario(record.value.document);
    return restored.type === 'failure' ? restored : ok({ scenario: restored.value, meta: meta(record.value) });
  }

  /** Saves a new scenario under a name. */
  async create(name: string, scenario: Scenario): Promise<Result<ScenarioMeta>> {
    const record: ScenarioRecord = {
      id: this.options.newId(),
      name,
      revision: 1,
      updatedAt: this.options.now(),
      document: scenario,
    };
    const result = await this.attempt(async () => {
      await this.db.add(SCENARIOS, record);
      return meta(record);
    });
    if (result.type === 'success') this.announce({ type: 'saved', id: record.id, revision: 1 });
    return result;
  }

  /**
   * Replaces a scenario's document if it is still at `expectedRevision`; otherwise fails with Conflict
   * (another tab saved in between) so the caller can reload instead of overwriting.
   */
  async save(id: string, scenario: Scenario, expectedRevision: number): Promise<Result<ScenarioMeta>> {
    return this.update(id, (r) => {
      if (r.revision !== expectedRevision)
        throw Object.assign(
          new Error(
            `This scenario was changed in another tab (revision ${r.revision}, this tab has ${expectedRevision}). Reload it to continue.`,
          ),
          { name: 'Conflict' },
        );
      return { ...r, document: scenario };
    });
  }

  /** Renames a scenario. */
  async rename(id: string, name: string): Promise<Result<ScenarioMeta>> {
    return this.update(id, (r) => ({ ...r, name, document: { ...r.document, name } }));
  }

  /** Copies a scenario under a new name, in one transaction. */
  async duplicate(id: string, name: string): Promise<Result<ScenarioMeta>> {
    const newId = this.options.newId();
    const result = await this.attempt(async () => {
      const tx = this.db.transaction(SCENARIOS, 'readwrite');
      const source = await tx.store.get(id);
      if (!source) throw Object.assign(new Error(`No saved scenario has the id ${id}.`), { name: 'NotFound' });
      const copy: ScenarioRecord = {
        id: newId,
        name,
        revision: 1,
        updatedAt: this.options.now(),
        document: { ...source.document, name },
      };
      await tx.store.add(copy);
      await tx.done;
      return meta(copy);
    });
    if (result.type === 'success') this.announce({ type: 'saved', id: newId, revision: 1 });
    return result;
  }

  /** Deletes a scenario (and forgets it as the active one), in one transaction. */
  async remove(id: string): Promise<Result<void>> {
    const result = await this.attempt(async () => {
      const tx = this.db.transaction([SCENARIOS, META], 'readwrite');
      await tx.objectStore(SCENARIOS).delete(id);
      if ((await tx.objectStore(META).get(ACTIVE_SCENARIO_KEY)) === id)
        await tx.objectStore(META).delete(ACTIVE_SCENARIO_KEY);
      await tx.done;
    });
    if (result.type === 'success') this.announce({ type: 'deleted', id });
    return result;
  }

  /** Imports a scenario file's text (restored and validated first) as a new saved scenario. */
  async importText(text: string, name?: string): Promise<Result<ScenarioMeta>> {
    const restored = restoreScenario(text);
    if (restored.type === 'failure') return restored;
    return this.create(name ?? restored.value.name, restored.value);
  }

  /** The file text of a saved scenario (canonical JSON, the same format as share links and the CLI). */
  async exportText(id: string): Promise<Result<string>> {
    const loaded = await this.load(id);
    return loaded.type === 'failure' ? loaded : ok(serializeScenario(loaded.value.scenario));
  }

  /** The scenario that was open last, if any. */
  async getActive(): Promise<Result<string | null>> {
    return this.attempt(async () => (await this.db.get(META, ACTIVE_SCENARIO_KEY)) ?? null);
  }

  /** Remembers the open scenario. */
  async setActive(id: string): Promise<Result<void>> {
    return this.attempt(async () => {
      await this.db.put(META, id, ACTIVE_SCENARIO_KEY);
    });
  }

  /** Closes the database and the broadcast channel. */
  close(): void {
    this.db.close();
    this.channel?.close();
    this.channel = null;
  }

  private async newestFirst(): Promise<ScenarioRecord[]> {
    return (await this.db.getAllFromIndex(SCENARIOS, 'byUpdatedAt')).reverse();
  }

  private async update(id: string, change: (r: ScenarioRecord) => ScenarioRecord): Promise<Result<ScenarioMeta>> {
    const result = await this.attempt(async () => {
      // Read, check and write in one readwrite transaction: no other tab can write in between.
      const tx = this.db.transaction(SCENARIOS, 'readwrite');
      const current = await tx.store.get(id);
      if (!current) throw Object.assign(new Error(`No saved scenario has the id ${id}.`), { name: 'NotFound' });
      const next = { ...change(current), revision: current.revision + 1, updatedAt: this.options.now() };
      await tx.store.put(next);
      await tx.done;
      return meta(next);
    });
    if (result.type === 'success') this.announce({ type: 'saved', id, revision: result.value.revision });
    return result;
  }

  /** Runs an IndexedDB action; failures become Results, and write failures also become the status. */
  private async attempt<T>(action: () => Promise<T>): Promise<Result<T>> {
    try {
      const value = await action();
      if (this.currentStatus.state === 'error') this.setStatus({ state: 'ready' });
      return ok(value);
    } catch (e) {
      const name = (e as { name?: string })?.name;
      if (name === 'Conflict' || name === 'NotFound') return fail(name, (e as Error).message);
      if (this.currentStatus.state === 'closed') return fail('Closed', this.currentStatus.message);
      const error = storageError(e);
      this.setStatus({ state: 'error', ...error });
      return fail(error.code, error.message);
    }
  }

  private closeForNewerTab(): void {
    this.db.close();
    this.setStatus({
      state: 'closed',
      message: 'A newer version of IAM Playground was opened in another tab. Reload this tab to keep working.',
    });
  }

  private setStatus(status: StorageStatus): void {
    this.currentStatus = status;
    this.emit({ type: 'status', status });
  }

  private announce(change: StorageChange): void {
    this.emit(change);
    this.channel?.postMessage(change);
  }

  private emit(change: StorageChange): void {
    for (const listener of this.listeners) listener(change);
  }
}
