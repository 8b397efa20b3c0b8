// Chooses the engine behind the batch evaluator's --engine flag: the TS reference, or the Wasm
// engine (issue 3) instantiated in Node from the build output.

import type { Engine } from '../engine/contract';
import { TsEngine } from '../engine/tsEngine';
import { instantiateWasmEngine } from '../engine/wasm/instantiate';
import { WasmEngine } from '../engine/wasm/wasmEngine';

/** Raised when the requested engine cannot be used; the message is shown to the user. */
export class EngineUnavailableError extends Error {}

/** Creates the engine named on the command line ('ts' or 'wasm'). */
export async function createEngine(kind: string): Promise<Engine> {
  switch (kind) {
    case 'ts':
      return new TsEngine();
    case 'wasm': {
      // The same module the worker runs, read from the build output (npm run build:wasm).
      const { readFile } = await import('node:fs/promises');
      const bytes = await readFile(new URL('../../build/engine.wasm', import.meta.url)).catch(() => null);
      if (bytes === null) throw new EngineUnavailableError('build/engine.wasm is missing: run npm run build:wasm');
      return new WasmEngine(await instantiateWasmEngine(bytes));
    }
    default:
      throw new EngineUnavailableError(`unknown engine "${kind}": use --engine=ts or --engine=wasm`);
  }
}
