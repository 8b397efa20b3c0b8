// The page's engine: one bridge (the Wasm worker, or its visible TS fallback) and one runner that keeps
// compiled policies across runs, shared by every visit to the simulator.
import { useSyncExternalStore } from 'react';
import type { BridgeStatus } from '../../bridge/engineBridge';
import { EngineBridge } from '../../bridge/engineBridge';
import { SimulationRunner } from './runSimulation';

/** The simulator's bridge to the engine worker. */
export const simulatorBridge = new EngineBridge();

/** Runs simulations on the simulator's bridge. */
export const simulationRunner = new SimulationRunner(simulatorBridge);

const subscribe = (listener: () => void) => {
  const unsubscribe = simulatorBridge.onStatus(listener);
  return () => {
    unsubscribe();
  };
};

/** Which engine answers, updated as the bridge starts, falls back or stops. */
export function useBridgeStatus(): BridgeStatus {
  return useSyncExternalStore(subscribe, () => simulatorBridge.status);
}
