// Test support: both engines side by side over one loader, so a corpus line or a generated bundle is
// parsed once and compiled by each engine. The Wasm module is build/engine.wasm (npm run build:wasm).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BundleLoader, type ParsedBundle } from '../../../src/engine/bundle';
import { compileBundle } from '../../../src/engine/compileBundle';
import type { CompiledBundle, PolicyHandle } from '../../../src/engine/contract';
import type { Policy } from '../../../src/engine/policy';
import { TsEngine } from '../../../src/engine/tsEngine';
import { instantiateWasmEngine } from '../../../src/engine/wasm/instantiate';
import { WasmEngine } from '../../../src/engine/wasm/wasmEngine';

/** The compiled engine module, read once per test file. */
export const wasmModule = new WebAssembly.Module(
  readFileSync(join(import.meta.dirname, '..', '..', '..', 'build', 'engine.wasm')),
);

/** A fresh WasmEngine on its own module instance; `arena` shrinks its request arena. */
export async function newWasmEngine(arena?: { words: number; chars: number }): Promise<WasmEngine> {
  return new WasmEngine(await instantiateWasmEngine(wasmModule), arena);
}

/** A TS and a Wasm engine sharing one loader; `load` returns the bundle compiled for each. */
export class EnginePair {
  readonly ts = new TsEngine();
  private constructor(readonly wasm: WasmEngine) {}

  /** A pair with a fresh Wasm module instance. */
  static async create(): Promise<EnginePair> {
    return new EnginePair(await newWasmEngine());
  }

  private readonly loader = new BundleLoader();
  private tsHandles = new WeakMap<Policy, PolicyHandle>();
  private wasmHandles = new WeakMap<Policy, PolicyHandle>();

  /** Parses a bundle line (or returns null with the loader's error when it is not a valid bundle). */
  parse(line: string): ParsedBundle | string {
    const read = this.loader.readLine(line);
    if (read.type !== 'bundle') return 'define line';
    if (read.result.type === 'failure') return read.result.errors.map((e) => e.message).join('; ');
    return read.result.value;
  }

  /** Compiles a parsed bundle for both engines. */
  compile(bundle: ParsedBundle): { ts: CompiledBundle; wasm: CompiledBundle } {
    return {
      ts: compileBundle(this.ts, bundle, this.tsHandles),
      wasm: compileBundle(this.wasm, bundle, this.wasmHandles),
    };
  }

  /** Forgets every compiled policy in both engines. */
  reset(): void {
    this.ts.reset();
    this.wasm.reset();
    this.tsHandles = new WeakMap();
    this.wasmHandles = new WeakMap();
  }
}
