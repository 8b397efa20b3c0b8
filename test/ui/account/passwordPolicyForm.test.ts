import { describe, expect, it } from 'vitest';
import type { PasswordPolicy, Scenario } from '../../../src/model';
import { exampleCorpScenario } from '../../../src/model';
import type { PasswordPolicyForm } from '../../../src/ui/account/passwordPolicyForm';
import {
  SYMBOLS_LISTED,
  passwordPolicyForm,
  passwordPolicyParams,
  passwordPolicyProblems,
  passwordPolicySteps,
} from '../../../src/ui/account/passwordPolicyForm';
import { inMemoryConsole } from '../actions/inMemoryCall';

const account = (s: Scenario) => s.accounts.find((a) => a.id === s.session.identity.accountId)!;
const exampleCorpPolicy = () => account(exampleCorpScenario()).passwordPolicy!;
const custom = (patch: Partial<PasswordPolicyForm> = {}): PasswordPolicyForm => ({
  ...passwordPolicyForm(exampleCorpPolicy()),
  ...patch,
});

describe('the form a password policy opens with', () => {
  it('an account with a policy opens on Custom with its values, expiration and reuse prevention on', () => {
    expect(passwordPolicyForm(exampleCorpPolicy())).toEqual({
      mode: 'custom',
      minimumLength: '14',
      requireUppercase: true,
      requireLowercase: true,
      requireNumbers: true,
      requireSymbols: true,
      expire: true,
      maxAge: '90',
      hardExpiry: false,
      allowChange: true,
      preventReuse: true,
      reuseCount: '24',
    });
  });

  it('an account without a policy opens on IAM default, its Custom fields starting at an 8-character minimum', () => {
    const form = passwordPolicyForm(null);
    expect(form.mode).toBe('default');
    expect(form.minimumLength).toBe('8');
    expect([form.expire, form.preventReuse, form.hardExpiry]).toEqual([false, false, false]);
  });

  it('a policy whose passwords never expire opens with expiration off', () => {
    const form = passwordPolicyForm({ ...exampleCorpPolicy(), MaxPasswordAge: 0, PasswordReusePrevention: 0 });
    expect(form.expire).toBe(false);
    expect(form.preventReuse).toBe(false);
  });
});

describe('validation before the call', () => {
  it.each([
    ['5', 'Enter a minimum password length from 6 to 128 characters.'],
    ['129', 'Enter a minimum password length from 6 to 128 characters.'],
    ['', 'Enter a minimum password length from 6 to 128 characters.'],
    ['12.5', 'Enter a minimum password length from 6 to 128 characters.'],
  ])('the minimum length must be a whole number from 6 to 128 (%j is refused)', (minimumLength, message) => {
    expect(passwordPolicyProblems(custom({ minimumLength }))).toEqual({ minimumLength: message });
  });

  it.each(['6', '128', '16'])('a minimum length of %s is accepted', (minimumLength) => {
    expect(passwordPolicyProblems(custom({ minimumLength }))).toEqual({});
  });

  it('the expiration period must be 1 to 1095 days, but only when expiration is turned on', () => {
    expect(passwordPolicyProblems(custom({ maxAge: '1096' }))).toEqual({
      maxAge: 'Enter an expiration period from 1 to 1095 days.',
    });
    expect(passwordPolicyProblems(custom({ maxAge: '0' }))).toEqual({
      maxAge: 'Enter an expiration period from 1 to 1095 days.',
    });
    expect(passwordPolicyProblems(custom({ maxAge: '1095' }))).toEqual({});
    expect(passwordPolicyProblems(custom({ maxAge: '0', expire: false }))).toEqual({});
  });

  it('the number of passwords remembered must be 1 to 24, but only when reuse prevention is turned on', () => {
    expect(passwordPolicyProblems(custom({ reuseCount: '25' }))).toEqual({
      reuseCount: 'Enter how many previous passwords to remember, from 1 to 24.',
    });
    expect(passwordPolicyProblems(custom({ reuseCount: '25', preventReuse: false }))).toEqual({});
  });

  it('every refused field is reported at once', () => {
    expect(Object.keys(passwordPolicyProblems(custom({ minimumLength: '2', maxAge: '', reuseCount: '0' })))).toEqual([
      'minimumLength',
      'maxAge',
      'reuseCount',
    ]);
  });

  it('choosing IAM default has nothing to validate', () => {
    expect(passwordPolicyProblems(custom({ mode: 'default', minimumLength: '1' }))).toEqual({});
  });
});

describe('UpdateAccountPasswordPolicy parameters', () => {
  it('a Custom form sends every field', () => {
    expect(passwordPolicyParams(custom({ minimumLength: '16', hardExpiry: true }))).toEqual({
      MinimumPasswordLength: 16,
      RequireUppercaseCharacters: true,
      RequireLowercaseCharacters: true,
      RequireNumbers: true,
      RequireSymbols: true,
      AllowUsersToChangePassword: true,
      MaxPasswordAge: 90,
      HardExpiry: true,
      PasswordReusePrevention: 24,
    });
  });

  it('expiration and reuse prevention turned off are left out (IAM refuses 0), and administrator reset goes with expiration', () => {
    const params = passwordPolicyParams(custom({ expire: false, hardExpiry: true, preventReuse: false }));
    expect(params).not.toHaveProperty('MaxPasswordAge');
    expect(params).not.toHaveProperty('PasswordReusePrevention');
    expect(params.HardExpiry).toBe(false);
  });

  it('the form a saved policy opens with sends that policy back unchanged (round trip)', () => {
    const c = inMemoryConsole();
    const policies: PasswordPolicy[] = [
      exampleCorpPolicy(),
      { ...exampleCorpPolicy(), MaxPasswordAge: 0, PasswordReusePrevention: 0, RequireSymbols: false },
      {
        ...exampleCorpPolicy(),
        MinimumPasswordLength: 6,
        MaxPasswordAge: 1095,
        HardExpiry: true,
        PasswordReusePrevention: 1,
        AllowUsersToChangePassword: false,
      },
    ];
    for (const policy of policies) {
      expect(c.runSteps(passwordPolicySteps(passwordPolicyForm(policy), null))).toEqual({ type: 'success' });
      expect(account(c.scenario()).passwordPolicy).toEqual(policy);
    }
  });
});

describe('saving', () => {
  it('saving Custom as an administrator replaces the policy (minimum 16, no expiration)', () => {
    const c = inMemoryConsole();
    const steps = passwordPolicySteps(custom({ minimumLength: '16', expire: false }), exampleCorpPolicy());
    expect(steps.map((s) => s.operation)).toEqual(['iam:UpdateAccountPasswordPolicy']);
    expect(c.runSteps(steps)).toEqual({ type: 'success' });
    expect(account(c.scenario()).passwordPolicy).toMatchObject({
      MinimumPasswordLength: 16,
      MaxPasswordAge: 0,
      HardExpiry: false,
      PasswordReusePrevention: 24,
    });
  });

  it('choosing IAM default deletes the account password policy', () => {
    const c = inMemoryConsole();
    const steps = passwordPolicySteps(custom({ mode: 'default' }), exampleCorpPolicy());
    expect(steps).toEqual([{ operation: 'iam:DeleteAccountPasswordPolicy', params: {} }]);
    expect(c.runSteps(steps)).toEqual({ type: 'success' });
    expect(account(c.scenario()).passwordPolicy).toBeNull();
  });

  it('choosing IAM default for an account that already uses it calls nothing (Delete would fail with NoSuchEntity)', () => {
    expect(passwordPolicySteps(passwordPolicyForm(null), null)).toEqual([]);
  });

  it('a user without iam:UpdateAccountPasswordPolicy is denied and the policy is unchanged', () => {
    const start = exampleCorpScenario();
    const c = inMemoryConsole({
      ...start,
      session: {
        ...start.session,
        identity: {
          type: 'user',
          accountId: start.session.identity.accountId,
          userName: 'Richard',
          mfaAuthenticatedAt: null,
        },
      },
    });
    const out = c.runSteps(passwordPolicySteps(custom({ minimumLength: '16' }), exampleCorpPolicy()));
    expect(out.type === 'failure' && out.outcome.result.type === 'failure' && out.outcome.result.errors[0].code).toBe(
      'AccessDenied',
    );
    expect(account(c.scenario()).passwordPolicy).toEqual(exampleCorpPolicy());
  });
});

it('the symbols listed are the ones the User Guide names, in its order', () => {
  expect(SYMBOLS_LISTED).toBe("! @ # $ % ^ & * ( ) _ + - = [ ] { } | '");
});
