// Actions taken in the console (create a user, switch role, ...) run the synchronous API with decisions
// made by the engine worker, through its own bridge (the simulator's runner resets its bridge at will,
// which would invalidate our compiled handles). Only the explanation of one opened AccessDenied is built
// on the page, by the TS reference engine (which the bridge hands out).
import type { ApiContext, Authorization } from '../../api';
import { EngineBridge, referenceEngine } from '../../bridge/engineBridge';
import type { PolicyHandle } from '../../engine/contract';
import type { Explanation } from '../../engine/explain';
import { parsePolicy } from '../../engine/parse/parsePolicy';
import { systemEnv } from '../../model';
import { mapBundleHandles } from './bundleHandles';
import { OffMainThreadRunner } from './runOffMainThread';

/** The engine worker that decides console actions. */
export const consoleBridge = new EngineBridge();

const runner = new OffMainThreadRunner(consoleBridge, parsePolicy, systemEnv);

/** The clock and random source of console actions. */
export const consoleEnv = systemEnv;

/** Runs an API function (callApi, switchRole, signIn, ...) as a console action, decided off the main thread. */
export const runOffMainThread = <T>(fn: (ctx: ApiContext) => T): Promise<T> => runner.run(fn);

const explainer = referenceEngine();
const explainerHandles = new Map<PolicyHandle, PolicyHandle>();
const explainerHandle = (h: PolicyHandle): PolicyHandle => {
  let mine = explainerHandles.get(h);
  if (mine === undefined) explainerHandles.set(h, (mine = explainer.compile(runner.cache.policy(h))));
  return mine;
};

/** Explains an authorization made by a console action (for the one AccessDenied a person opens). */
export const explainAuthorization = (authorization: Authorization): Explanation =>
  explainer.explain(mapBundleHandles(authorization.bundle, explainerHandle));
