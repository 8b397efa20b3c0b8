// What every API call needs besides the scenario: the engine that authorizes it, the policy parser,
// and the injectable clock and random source.

import type { Engine } from '../engine/contract';
import type { Diagnostic, Policy, PolicyKind } from '../engine/policy';
import type { ModelEnv } from '../model';

/** The parser's signature (src/engine/parse/parsePolicy.ts). */
export type PolicyParser = (text: string, kind: PolicyKind) => { policy: Policy | null; diagnostics: Diagnostic[] };

/** The services and settings an API instance runs with. */
export interface ApiContext {
  engine: Engine;
  parse: PolicyParser;
  env: ModelEnv;
}
