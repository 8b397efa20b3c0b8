// The identity switcher's rules from the console and the User Guide's Switch role tutorial.
import { describe, expect, it } from 'vitest';
import { callApi } from '../../../src/api';
import { parsePolicy } from '../../../src/engine/parse/parsePolicy';
import { TsEngine } from '../../../src/engine/tsEngine';
import type { Scenario } from '../../../src/model';
import { EXAMPLE_CORP_ACCOUNT, exampleCorpScenario, fixedEnv } from '../../../src/model';
import {
  actAsRoot,
  actAsUser,
  actingDisplay,
  backToLabel,
  backToSignedIn,
  resolveAccount,
  roleColorCss,
  switchRoleFromConsole,
} from '../../../src/ui/identity/identitySwitching';

const ctx = { engine: new TsEngine(), parse: parsePolicy, env: fixedEnv(Date.UTC(2026, 0, 7, 9)) };
const NOW = '2026-01-07T09:00:00Z';
const start = exampleCorpScenario();
const asNikki = actAsUser(start, EXAMPLE_CORP_ACCOUNT, 'Nikki', true, NOW);
const form = (roleName: string, more: Partial<{ account: string; displayName: string; color: string }> = {}) => ({
  account: EXAMPLE_CORP_ACCOUNT,
  roleName,
  displayName: '',
  color: 'blue',
  ...more,
});
const switched = (s: Scenario, ...args: Parameters<typeof form>) => {
  const out = switchRoleFromConsole(ctx, s, form(...args));
  if (out.result.type === 'failure') throw new Error(out.result.errors[0].message);
  return out.scenario;
};

describe('acting as an identity', () => {
  it('shows a user as user @ account alias in the navigation bar', () => {
    expect(actingDisplay(asNikki)).toEqual({ label: 'Nikki @ example-corp', color: null });
  });

  it('records an MFA sign-in only when asked, for aws:MultiFactorAuthPresent', () => {
    expect(asNikki.session.identity).toMatchObject({ type: 'user', mfaAuthenticatedAt: NOW });
    expect(actAsUser(start, EXAMPLE_CORP_ACCOUNT, 'Mary', false, NOW).session.identity).toMatchObject({
      userName: 'Mary',
      mfaAuthenticatedAt: null,
    });
  });

  it('a user without an MFA device cannot have signed in with MFA, whatever was asked', () => {
    expect(actAsUser(start, EXAMPLE_CORP_ACCOUNT, 'Mary', true, NOW).session.identity).toMatchObject({
      userName: 'Mary',
      mfaAuthenticatedAt: null,
    });
  });
});

describe('Switch role', () => {
  it('assumes the role with the signed-in user and shows the display name in the chosen colour', () => {
    const s = switched(asNikki, 'SecurityAuditor', { displayName: 'AUDIT', color: 'red' });
    expect(s.session.identity).toMatchObject({
      type: 'assumedRole',
      roleName: 'SecurityAuditor',
      sessionName: 'Nikki',
    });
    expect(actingDisplay(s)).toEqual({ label: 'AUDIT', color: roleColorCss('red') });
  });

  it('defaults the display name to role @ account, as the console does', () => {
    expect(actingDisplay(switched(asNikki, 'SecurityAuditor')).label).toBe('SecurityAuditor @ example-corp');
  });

  it('accepts the account alias or a dashed account id instead of the 12-digit id', () => {
    expect(resolveAccount(start, 'example-corp')).toBe(EXAMPLE_CORP_ACCOUNT);
    expect(resolveAccount(start, '1234-5678-9012')).toBe('123456789012');
    expect(resolveAccount(start, 'no-such-alias')).toBeNull();
    expect(switched(asNikki, 'SecurityAuditor', { account: 'example-corp' }).session.identity.type).toBe('assumedRole');
  });

  it('is denied with AWS AccessDenied when the trust policy requires MFA and the user signed in without it', () => {
    const out = switchRoleFromConsole(
      ctx,
      actAsUser(start, EXAMPLE_CORP_ACCOUNT, 'Nikki', false, NOW),
      form('SecurityAuditor'),
    );
    expect(out.result.type === 'failure' && out.result.errors[0].code).toBe('AccessDenied');
    expect(out.authorization?.request.action).toBe('sts:AssumeRole');
    expect(out.scenario.session.identity).toMatchObject({ type: 'user', userName: 'Nikki' });
  });

  it('is not offered to the root user: you cannot switch to a role when signed in as root', () => {
    const out = switchRoleFromConsole(ctx, actAsRoot(start, EXAMPLE_CORP_ACCOUNT), form('SecurityAuditor'));
    expect(out.result.type === 'failure' && out.result.errors[0].message).toMatch(/root user/);
  });

  it('from inside a role session uses the signed-in user, not role chaining', () => {
    const inRole = switched(asNikki, 'SecurityAuditor');
    const again = switched(inRole, 'SecurityAuditor', { displayName: 'AGAIN' });
    expect(again.session.identity).toMatchObject({
      type: 'assumedRole',
      chained: false,
      assumedBy: { type: 'user', userName: 'Nikki' },
    });
  });

  it('keeps the five most recent roles, latest first, one entry per role', () => {
    const trust = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: EXAMPLE_CORP_ACCOUNT }, Action: 'sts:AssumeRole' }],
    });
    let s = asNikki;
    for (let i = 1; i <= 6; i++)
      s = callApi(ctx, s, 'iam:CreateRole', { RoleName: `Role${i}`, AssumeRolePolicyDocument: trust }).scenario;
    for (const i of [1, 2, 3, 4, 5, 6, 3]) s = switched(s, `Role${i}`, { displayName: `R${i}` });
    expect(s.session.recentRoles.map((r) => r.displayName)).toEqual(['R3', 'R6', 'R5', 'R4', 'R2']);
  });
});

describe('Back to <user>', () => {
  it('names the signed-in user as the console does ("Back to RichardRoe"), and returns to them', () => {
    const inRole = switched(asNikki, 'SecurityAuditor');
    expect(backToLabel(inRole)).toBe('Back to Nikki');
    expect(backToSignedIn(inRole).session.identity).toEqual(asNikki.session.identity);
    expect(backToSignedIn(inRole).session.recentRoles).toHaveLength(1);
  });

  it('is not offered outside a role session', () => {
    expect(backToLabel(asNikki)).toBeNull();
  });
});
