// Says which engine answers the simulator: the Wasm engine in its worker, or — visibly — the TypeScript
// fallback on the main thread when the worker could not start.
import { useBridgeStatus } from './simulatorEngine';

/** The engine line above the results. */
export function EngineStatus() {
  const status = useBridgeStatus();
  if (status.engine === 'ts-fallback') {
    return (
      <div className="banner banner-warning" role="alert">
        <strong>The engine worker did not start</strong>, so requests are evaluated by the TypeScript reference engine
        on the page&apos;s main thread. Reason: {status.reason}
      </div>
    );
  }
  return (
    <p className="sim-engine" role="status">
      <span className={`sim-engine-dot ${status.engine === 'wasm-worker' ? 'on' : ''}`} aria-hidden="true" />
      {status.engine === 'wasm-worker'
        ? 'Evaluated by the WebAssembly engine in a Web Worker'
        : 'The WebAssembly engine worker starts on demand'}
    </p>
  );
}
