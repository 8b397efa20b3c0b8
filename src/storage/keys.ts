// Every storage name in one place: the database, its version, its object stores, the broadcast channel.

/** The IndexedDB database that holds all playground state. */
export const DB_NAME = 'iam-playground';
/** The current schema version; `migrations.ts` upgrades every earlier one. */
export const DB_VERSION = 2;
/** Object store of saved scenarios, keyed by `id`. */
export const SCENARIOS = 'scenarios';
/** Key/value store of app state such as the active scenario (added in version 2). */
export const META = 'meta';
/** Meta key of the scenario that was open last. */
export const ACTIVE_SCENARIO_KEY = 'activeScenarioId';
/** BroadcastChannel over which tabs announce their writes. */
export const CHANNEL_NAME = 'iam-playground-storage';
/** sessionStorage key (one per browser tab) of the scenario this tab has open. */
export const TAB_SCENARIO_KEY = 'iam-playground:tab-scenario';
