// The Wasm engine's exports. Placeholder until the Wasm engine lands (issue 3).
export function engineVersion(): i32 {
  return 1;
}
