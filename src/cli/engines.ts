// Chooses the engine behind the batch evaluator's --engine flag. The Wasm engineer fills in the
// 'wasm' branch (issue 3); until then it reports that the engine is not available.

import type { Engine } from '../engine/contract';
import { TsEngine } from '../engine/tsEngine';

/** Raised when the requested engine cannot be used; the message is shown to the user. */
export class EngineUnavailableError extends Error {}

/** Creates the engine named on the command line ('ts' or 'wasm'). */
export async function createEngine(kind: string): Promise<Engine> {
  switch (kind) {
    case 'ts':
      return new TsEngine();
    case 'wasm':
      throw new EngineUnavailableError('the Wasm engine is not available in the batch evaluator yet (issue 3); use --engine=ts');
    default:
      throw new EngineUnavailableError(`unknown engine "${kind}": use --engine=ts or --engine=wasm`);
  }
}
