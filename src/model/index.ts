// The model's public surface: types, the scenario document, restore/migrate, built-in data and id helpers.

export * from './types';
export * from './result';
export * from './env';
export * from './ids';
export * from './arn';
export * from './patterns';
export * from './scenario';
export * from './restore';
export * from './checkScenario';
export * from './entities';
export * from './organization';
export * from './awsManagedPolicies';
export * from './exampleCorp';
export { scenarioJsonSchema } from './scenarioDecoder';
export * from './totp';
export * from './session';
