// The signal an engine gives when it cannot answer synchronously: the caller evaluates the bundle elsewhere
// (the engine worker) and runs the API call again. The API rethrows it instead of reporting a ServiceFailure.

import type { CompiledBundle, PolicyHandle } from '../engine/contract';
import type { Policy } from '../engine/policy';

/** Thrown by an engine that has no decision yet for `bundle`; `policies` holds the parsed policy of each handle in it. */
export class AuthorizationPending extends Error {
  constructor(
    readonly bundle: CompiledBundle,
    readonly policies: ReadonlyMap<PolicyHandle, Policy>,
  ) {
    super(`no decision yet for ${bundle.request.action} on ${bundle.request.resource}`);
    this.name = 'AuthorizationPending';
  }
}
