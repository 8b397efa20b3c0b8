// The storage module's public surface: the ScenarioStore and its status and change types.

export * from './scenarioStore';
export type { ScenarioRecord } from './schema';
export { DB_NAME, DB_VERSION } from './keys';
export * from './autosave';
export * from './tabScenario';
