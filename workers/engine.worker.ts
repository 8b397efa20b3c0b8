// The engine worker: instantiates the Wasm engine once and exposes the engine API with comlink.
// Only src/bridge creates this worker; it imports the API type from here (`EngineWorkerApi`).

import { expose } from 'comlink';
import wasmUrl from '../build/engine.wasm?url';
import { instantiateWasmEngine } from '../src/engine/wasm/instantiate';
import { WasmEngine } from '../src/engine/wasm/wasmEngine';
import { createEngineApi } from './engineApi';

const engine = WebAssembly.compileStreaming(fetch(wasmUrl))
  .then((module) => instantiateWasmEngine(module))
  .then((exports) => new WasmEngine(exports));
// The bridge asks `ready()`; an unhandled rejection here would only duplicate that report.
engine.catch(() => undefined);

const api = createEngineApi(engine);
expose(api);

/** The worker's API, derived from the worker itself (import it with `import type`). */
export type EngineWorkerApi = typeof api;
