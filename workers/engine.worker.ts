// The engine worker: owns the Wasm instance and exposes the engine API with comlink (issue 3).
export {};
