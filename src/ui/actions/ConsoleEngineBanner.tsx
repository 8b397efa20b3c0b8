// Flags, on every page, that console actions are authorized on the main thread: the console's engine
// worker failed and its bridge fell back to the TypeScript reference (the simulator flags its own).
import { useSyncExternalStore } from 'react';
import { consoleBridge } from './consoleApi';

const subscribe = (onChange: () => void) => consoleBridge.onStatus(onChange);

/** A warning banner while the console's engine runs as the TS fallback; nothing otherwise. */
export function ConsoleEngineBanner() {
  const status = useSyncExternalStore(subscribe, () => consoleBridge.status);
  if (status.engine !== 'ts-fallback') return null;
  return (
    <div className="banner banner-warning" role="alert">
      <strong>The engine worker is not running</strong>, so console actions are authorized by the TypeScript reference
      engine on the page&apos;s main thread. Reason: {status.reason}
    </div>
  );
}
