// The API's public surface: callApi over the operation registry, authorization, context derivation and shapes.

export * from './apiContext';
export * from './callApi';
export * from './authorize';
export * from './authorizationPending';
export * from './context';
export * from './collectPolicies';
export * from './errors';
export * from './shapes';
export { passwordPolicyViolations } from './iamCredentials';
export { OPERATIONS } from './operations';
export { forgetCompiledPolicies } from './policyDocuments';
export * from './signIn';
export * from './switchRole';
