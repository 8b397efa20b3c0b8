// The API context for actions taken in the console (create a user, switch role, ...). These calls are
// authorized synchronously by the TypeScript reference engine on the page: authorizing a UI action is a
// single request, and the API needs a synchronous Engine. The simulator's evaluations are a different
// path: they go through src/bridge to the Wasm worker.
import type { ApiContext, Authorization } from '../../api';
import { parsePolicy } from '../../engine/parse/parsePolicy';
import type { Explanation } from '../../engine/explain';
import { TsEngine } from '../../engine/tsEngine';
import { systemEnv } from '../../model';

const engine = new TsEngine();

/** The one API context of console actions; its engine also explains their authorizations. */
export const consoleApi: ApiContext = { engine, parse: parsePolicy, env: systemEnv };

/** Explains an authorization made through `consoleApi` (its bundle holds that engine's handles). */
export const explainAuthorization = (authorization: Authorization): Explanation => engine.explain(authorization.bundle);
