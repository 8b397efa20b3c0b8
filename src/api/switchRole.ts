// The console's "Switch role": AssumeRole as the signed-in identity with the console's session name
// (the IAM user's name), one-hour sessions, then act as the role and remember it in the history.

import type { Result, Scenario } from '../model';
import { actAs } from '../model';
import type { ApiContext } from './apiContext';
import type { Authorization } from './authorize';
import { callApi } from './callApi';

/** What the Switch Role page asks for. */
export interface SwitchRoleRequest {
  accountId: string;
  roleName: string;
  /** Shown in the navigation bar; defaults to `role @ account`. */
  displayName?: string;
  color?: string;
}

/** Assumes the role as the acting identity and, on success, acts as the new session. */
export function switchRole(
  ctx: ApiContext,
  s: Scenario,
  request: SwitchRoleRequest,
): { scenario: Scenario; result: Result<null>; authorization: Authorization | null } {
  const caller = s.session.identity;
  const sessionName =
    caller.type === 'user' ? caller.userName : caller.type === 'assumedRole' ? caller.sessionName : 'root';
  const out = callApi(ctx, s, 'sts:AssumeRole', {
    RoleArn: `arn:aws:iam::${request.accountId}:role/${request.roleName}`,
    RoleSessionName: sessionName,
    DurationSeconds: 3600,
  });
  if (out.result.type === 'failure') return { scenario: s, result: out.result, authorization: out.authorization };
  const display = {
    displayName: request.displayName ?? `${request.roleName} @ ${request.accountId}`,
    color: request.color ?? 'blue',
  };
  return {
    scenario: actAs(out.scenario, out.result.value.PlaygroundIdentity, display),
    result: { type: 'success', value: null },
    authorization: out.authorization,
  };
}
