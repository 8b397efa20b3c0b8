// Instantiates build/engine.wasm from its bytes or a compiled module, with the one import the module
// needs (abort). Each call makes a fresh instance, so each WasmEngine owns its memory; callers pass
// the bytes (Node reads the file, the worker fetches its URL), keeping src/engine free of build/.

import type { WasmEngineExports } from './exports';

/** Reads an AssemblyScript string (UTF-16, byte length at ptr - 4) from memory. */
function liftString(memory: WebAssembly.Memory, ptr: number): string {
  if (ptr === 0) return '';
  const bytes = new Uint32Array(memory.buffer, ptr - 4, 1)[0];
  return String.fromCharCode(...new Uint16Array(memory.buffer, ptr, bytes >>> 1));
}

/** Instantiates the engine module; an assertion inside it surfaces as a thrown Error. */
export async function instantiateWasmEngine(source: WebAssembly.Module | BufferSource): Promise<WasmEngineExports> {
  let memory: WebAssembly.Memory | null = null;
  const imports = {
    env: {
      abort(message: number, file: number, line: number, column: number): never {
        const text =
          memory === null ? 'abort' : `${liftString(memory, message)} in ${liftString(memory, file)}:${line}:${column}`;
        throw new Error(`Wasm engine: ${text}`);
      },
    },
  };
  const instance =
    source instanceof WebAssembly.Module
      ? await WebAssembly.instantiate(source, imports)
      : (await WebAssembly.instantiate(source, imports)).instance;
  const exports = instance.exports as unknown as WasmEngineExports;
  memory = exports.memory;
  return exports;
}
