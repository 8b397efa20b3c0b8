// The API dispatcher: validates the request, authorizes it as the acting identity with the engine, runs the
// operation on a private copy of the scenario, and returns the new scenario only if everything succeeded.

import type { Identity, Result, Scenario } from '../model';
import { canonicalScenario, isoSeconds, reconcileSession } from '../model';
import type { ApiContext } from './apiContext';
import type { Authorization } from './authorize';
import { authorize } from './authorize';
import { AuthorizationPending } from './authorizationPending';
import { requestTimeMs } from './context';
import { ApiError } from './errors';
import { getAccount } from './lookup';
import type { Call, Operation } from './operation';
import { OPERATIONS } from './operations';
import { PolicyDocumentPending } from './policyDocumentPending';

/** Every operation name the API implements (IAM, STS and Organizations). */
export type OperationName = keyof typeof OPERATIONS;
/** The request parameters of an operation, in AWS's field names. */
export type ParamsOf<N extends OperationName> = (typeof OPERATIONS)[N] extends Operation<infer P, unknown> ? P : never;
/** The response of an operation, in AWS's field names. */
export type ResponseOf<N extends OperationName> = (typeof OPERATIONS)[N] extends Operation<never, infer R> ? R : never;

/** What a call returns: the scenario after the call (unchanged on failure), the result, and how it was authorized. */
export interface ApiOutcome<R> {
  scenario: Scenario;
  result: Result<R>;
  /** The authorization decision, for explanations; null for calls that need no permission or failed validation. */
  authorization: Authorization | null;
}

const failure = <R>(
  scenario: Scenario,
  code: string,
  message: string,
  authorization: Authorization | null = null,
): ApiOutcome<R> => ({
  scenario,
  result: { type: 'failure', errors: [{ code, message }] },
  authorization,
});

/** AccessDenied is spelled AccessDeniedException by Organizations. */
const deniedCode = (action: string) => (action.startsWith('organizations:') ? 'AccessDeniedException' : 'AccessDenied');

/** Performs one API call as `identity` (default: the scenario's acting identity). Never throws for AWS errors; rethrows AuthorizationPending and PolicyDocumentPending. */
export function callApi<N extends OperationName>(
  ctx: ApiContext,
  scenario: Scenario,
  name: N,
  params: ParamsOf<N>,
  identity: Identity = scenario.session.identity,
): ApiOutcome<ResponseOf<N>> {
  const op = OPERATIONS[name] as unknown as Operation<ParamsOf<N>, ResponseOf<N>>;
  const deviceClockMs = ctx.env.now();
  const nowMs = requestTimeMs(scenario, deviceClockMs);
  const draft = structuredClone(scenario);
  let authorization: Authorization | null = null;
  try {
    if (identity.type === 'assumedRole' && Date.parse(identity.expiresAt) <= nowMs)
      throw new ApiError('ExpiredToken', 'The security token included in the request is expired');
    const call: Call<ParamsOf<N>> = {
      params,
      scenario: draft,
      account: getAccount(draft, identity.accountId),
      identity,
      ctx,
      nowMs,
      now: isoSeconds(nowMs),
      deviceClockMs,
    };
    op.validate?.(call);
    const checks = op.action
      ? [
          { action: op.action, resource: op.resource?.(call) ?? '*', requestContext: op.context?.(call) },
          ...(op.alsoAuthorize?.(call) ?? []),
        ]
      : [];
    for (const check of checks) {
      const result = authorize(ctx, scenario, identity, check);
      // Report the call's own action when everything is allowed, and whichever check denied otherwise.
      authorization ??= result;
      if (result.deniedMessage) return failure(scenario, deniedCode(check.action), result.deniedMessage, result);
    }
    const value = op.run(call);
    return { scenario: reconcileSession(canonicalScenario(draft)), result: { type: 'success', value }, authorization };
  } catch (e) {
    // Not an outcome of the call: the engine or the document will come later and the caller runs the call again.
    if (e instanceof AuthorizationPending || e instanceof PolicyDocumentPending) throw e;
    if (e instanceof ApiError) return failure(scenario, e.code, e.message, authorization);
    return failure(scenario, 'ServiceFailure', `Internal error in ${name}: ${(e as Error).message}`, authorization);
  }
}
