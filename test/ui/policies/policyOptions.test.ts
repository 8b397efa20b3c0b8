import { describe, expect, it } from 'vitest';
import { exampleCorpScenario } from '../../../src/model';
import { tagsParam } from '../../../src/ui/actions/apiSteps';
import {
  filterPolicyOptions,
  matchingPolicyOptions,
  PICKER_LIMIT,
  policyOptions,
} from '../../../src/ui/policies/policyOptions';

const account = (() => {
  const s = exampleCorpScenario();
  return s.accounts.find((a) => a.id === s.session.identity.accountId)!;
})();

describe('policy pickers', () => {
  it('list customer managed policies before AWS managed ones', () => {
    const options = policyOptions(account);
    expect(options[0].type).toBe('Customer managed');
    expect(options.at(-1)?.type).toBe('AWS managed');
  });

  it('filter by a case-insensitive part of the name and keep selected policies visible', () => {
    const options = policyOptions(account);
    const admin = options.find((o) => o.name === 'AdministratorAccess')!;
    const shown = filterPolicyOptions(options, 's3readonly', [admin.arn]);
    expect(shown.map((o) => o.name)).toEqual(['AdministratorAccess', 'AmazonS3ReadOnlyAccess']);
  });

  it('list every AWS managed policy, not only the core set', () => {
    expect(policyOptions(account).filter((o) => o.type === 'AWS managed').length).toBeGreaterThan(1500);
    expect(filterPolicyOptions(policyOptions(account), 'AmazonSQSFullAccess', []).map((o) => o.name)).toEqual([
      'AmazonSQSFullAccess',
    ]);
  });

  it('put the policy named exactly as the filter first, then names starting with it, within the limit', () => {
    const shown = filterPolicyOptions(policyOptions(account), 'readonlyaccess', []);
    expect(shown).toHaveLength(PICKER_LIMIT);
    expect(shown[0].name).toBe('ReadOnlyAccess');
    expect(matchingPolicyOptions(policyOptions(account), 'readonlyaccess').length).toBeGreaterThan(PICKER_LIMIT);
  });
});

describe('tags', () => {
  it('rows left with an empty key are not sent, and no Tags parameter at all when none remain', () => {
    expect(
      tagsParam([
        { Key: 'team', Value: 'a' },
        { Key: ' ', Value: 'x' },
      ]),
    ).toEqual({ Tags: [{ Key: 'team', Value: 'a' }] });
    expect(tagsParam([{ Key: '', Value: '' }])).toEqual({});
  });
});
