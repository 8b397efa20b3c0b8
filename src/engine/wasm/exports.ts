// The raw exports of the instantiated Wasm engine module, as WasmEngine uses them. The module is
// injected (the worker, the CLI and tests instantiate it), so src/engine never imports build/.

/** What WasmEngine needs from `build/engine.js` (or any instance of build/engine.wasm). */
export interface WasmEngineExports {
  memory: WebAssembly.Memory;
  layoutVersion(): number;
  alloc(bytes: number): number;
  free(ptr: number): void;
  loadPolicy(ptr: number, words: number): number;
  resetPolicies(): void;
  addAction(ptr: number): number;
  addCaller(ptr: number): number;
  setKeyCount(n: number): void;
  evaluateOne(words: number, chars: number, at: number): number;
  lastMissingAllow(): number;
  lastDecisiveCount(): number;
  lastDecisivePtr(): number;
  evaluateBatch(words: number, chars: number, n: number, out: number): void;
}
