// How an API operation is declared: the IAM action and resource it is authorized as, extra request context,
// and the body that runs against a draft copy of the scenario (discarded if anything fails).

import type { ContextValue } from '../engine/contract';
import type { Account, Identity, Scenario } from '../model';
import type { ApiContext } from './apiContext';

/** What an operation body receives. `scenario` and `account` are a private draft it may change freely. */
export interface Call<P> {
  params: P;
  scenario: Scenario;
  /** The caller's account (IAM operations act on it). */
  account: Account;
  identity: Identity;
  ctx: ApiContext;
  /** Request time in milliseconds. */
  nowMs: number;
  /** Request time as AWS prints dates. */
  now: string;
  /**
   * The real clock, in milliseconds. An authenticator app computes its codes from the real time, not
   * from the scenario's fixed request time, so MFA codes are checked against this clock.
   */
  deviceClockMs: number;
}

/** An operation as the dispatcher runs it. */
export interface Operation<P, R> {
  /** The action the call is authorized as, e.g. `iam:CreateUser`; null for calls that need no permission. */
  action: string | null;
  /** The resource ARN the action is checked against (default `*`). */
  resource?(call: Call<P>): string;
  /** Request-specific context keys such as aws:RequestTag/… or iam:PermissionsBoundary. */
  context?(call: Call<P>): Record<string, ContextValue>;
  /** Further permissions the call needs, such as iam:PassRole when a role is handed to a service. */
  alsoAuthorize?(call: Call<P>): { action: string; resource: string; requestContext?: Record<string, ContextValue> }[];
  /** Checks AWS makes before authorization: the request's shape, and name conflicts it reports first. */
  validate?(call: Call<P>): void;
  run(call: Call<P>): R;
}

/** Declares an operation with its parameter and response types. */
export const operation = <P, R>(op: Operation<P, R>): Operation<P, R> => op;

/** The IAM ARN prefix of the caller's account: `arn:aws:iam::123456789012:`. */
export const iamArn = (call: Call<unknown>, rest: string): string => `arn:aws:iam::${call.account.id}:${rest}`;
