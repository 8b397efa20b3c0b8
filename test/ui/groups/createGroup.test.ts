import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/model';
import { createGroupSteps, emptyGroupForm, groupNameProblem } from '../../../src/ui/groups/createGroupSteps';
import { inMemoryConsole } from '../actions/inMemoryCall';

const account = (s: Scenario) => s.accounts.find((a) => a.id === s.session.identity.accountId)!;
const READ_ONLY = 'arn:aws:iam::aws:policy/ReadOnlyAccess';

describe('create user group', () => {
  it('group names are 1–128 letters, digits and + = , . @ _ - characters', () => {
    expect(groupNameProblem('Auditors+ops=1,.@_-')).toBeNull();
    expect(groupNameProblem('')).toMatch(/Enter/);
    expect(groupNameProblem('a'.repeat(128))).toBeNull();
    expect(groupNameProblem('a'.repeat(129))).toMatch(/128/);
    expect(groupNameProblem('two words')).toMatch(/only letters/);
    expect(groupNameProblem('a/b')).toMatch(/only letters/);
  });

  it('creates the group, then adds the chosen users, then attaches the chosen policies', () => {
    expect(
      createGroupSteps({ groupName: ' Auditors ', userNames: ['Zhang'], policyArns: [READ_ONLY] }).map((s) => [
        s.operation,
        s.params,
      ]),
    ).toEqual([
      ['iam:CreateGroup', { GroupName: 'Auditors' }],
      ['iam:AddUserToGroup', { GroupName: 'Auditors', UserName: 'Zhang' }],
      ['iam:AttachGroupPolicy', { GroupName: 'Auditors', PolicyArn: READ_ONLY }],
    ]);
  });

  it('a new group with an existing user and an AWS managed policy: the user is a member and the group has the policy', async () => {
    const c = inMemoryConsole();
    const member = account(c.scenario()).users[0]!.name;
    const out = c.runSteps(createGroupSteps({ groupName: 'Auditors', userNames: [member], policyArns: [READ_ONLY] }));
    expect(out).toEqual({ type: 'success' });
    expect(account(c.scenario()).groups.find((g) => g.name === 'Auditors')?.attachedPolicies).toEqual([READ_ONLY]);
    expect(account(c.scenario()).users.find((u) => u.name === member)?.groups).toContain('Auditors');
  });

  it('a group name already in the account is refused by IAM with EntityAlreadyExists, and nothing else runs', async () => {
    const c = inMemoryConsole();
    const taken = account(c.scenario()).groups[0]!.name;
    const out = c.runSteps(createGroupSteps({ ...emptyGroupForm(), groupName: taken, policyArns: [READ_ONLY] }));
    expect(out.type === 'failure' && out.outcome.result.type === 'failure' && out.outcome.result.errors[0]?.code).toBe(
      'EntityAlreadyExists',
    );
    expect(out.type === 'failure' && out.failed.operation).toBe('iam:CreateGroup');
  });
});
