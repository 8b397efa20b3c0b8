// IAM users and groups: shapes, errors and quotas as the IAM API documents them.
import { describe, expect, it } from 'vitest';
import { session } from './harness';

describe('CreateUser', () => {
  it('returns the User with an AIDA id, the ARN with its path, and the create date', () => {
    const s = session();
    const { User } = s.ok('iam:CreateUser', { UserName: 'alice', Path: '/division/' });
    expect(User.Arn).toBe('arn:aws:iam::123456789012:user/division/alice');
    expect(User.UserId).toMatch(/^AIDA[A-Z2-7]{17}$/);
    expect(User.CreateDate).toBe('2026-03-01T12:00:00Z');
  });

  it('user names are unique regardless of case (EntityAlreadyExists)', () => {
    const s = session();
    s.ok('iam:CreateUser', { UserName: 'alice' });
    expect(s.fails('iam:CreateUser', { UserName: 'ALICE' }, 'EntityAlreadyExists')).toBe(
      'User with name ALICE already exists.',
    );
  });

  it('a user name longer than 64 characters or with other characters fails validation', () => {
    const s = session();
    s.fails('iam:CreateUser', { UserName: 'a'.repeat(65) }, 'ValidationError');
    expect(s.fails('iam:CreateUser', { UserName: 'bad name' }, 'ValidationError')).toContain(
      "at 'userName' failed to satisfy constraint",
    );
  });

  it('a path must begin and end with a slash', () => {
    session().fails('iam:CreateUser', { UserName: 'alice', Path: '/division' }, 'ValidationError');
  });

  it('an entity can carry at most 50 tags', () => {
    const Tags = Array.from({ length: 51 }, (_, i) => ({ Key: `k${i}`, Value: 'v' }));
    session().fails('iam:CreateUser', { UserName: 'alice', Tags }, 'LimitExceeded');
  });
});

describe('GetUser / DeleteUser', () => {
  it('an unknown user is NoSuchEntity with AWS wording', () => {
    expect(session().fails('iam:GetUser', { UserName: 'nobody' }, 'NoSuchEntity')).toBe(
      'The user with name nobody cannot be found.',
    );
  });

  it('a user in a group cannot be deleted until removed from it (DeleteConflict)', () => {
    const s = session();
    s.ok('iam:CreateUser', { UserName: 'alice' });
    s.ok('iam:CreateGroup', { GroupName: 'Devs' });
    s.ok('iam:AddUserToGroup', { GroupName: 'Devs', UserName: 'alice' });
    s.fails('iam:DeleteUser', { UserName: 'alice' }, 'DeleteConflict');
    s.fails('iam:DeleteGroup', { GroupName: 'Devs' }, 'DeleteConflict');
    s.ok('iam:RemoveUserFromGroup', { GroupName: 'Devs', UserName: 'alice' });
    s.ok('iam:DeleteUser', { UserName: 'alice' });
    expect(s.scenario.accounts[0].users).toEqual([]);
  });

  it('a user with an attached managed policy cannot be deleted until it is detached', () => {
    const s = session();
    s.ok('iam:CreateUser', { UserName: 'alice' });
    s.ok('iam:AttachUserPolicy', { UserName: 'alice', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' });
    expect(s.fails('iam:DeleteUser', { UserName: 'alice' }, 'DeleteConflict')).toBe(
      'Cannot delete entity, must detach all policies first.',
    );
  });
});

describe('groups', () => {
  it('GetGroup lists its members', () => {
    const s = session();
    s.ok('iam:CreateGroup', { GroupName: 'Devs' });
    s.ok('iam:CreateUser', { UserName: 'alice' });
    s.ok('iam:AddUserToGroup', { GroupName: 'Devs', UserName: 'alice' });
    const out = s.ok('iam:GetGroup', { GroupName: 'Devs' });
    expect(out.Group.GroupId).toMatch(/^AGPA/);
    expect(out.Users.map((u) => u.UserName)).toEqual(['alice']);
  });

  it('renaming a group keeps its members', () => {
    const s = session();
    s.ok('iam:CreateGroup', { GroupName: 'Devs' });
    s.ok('iam:CreateUser', { UserName: 'alice' });
    s.ok('iam:AddUserToGroup', { GroupName: 'Devs', UserName: 'alice' });
    s.ok('iam:UpdateGroup', { GroupName: 'Devs', NewGroupName: 'Engineers', NewPath: '/eng/' });
    expect(s.ok('iam:GetGroup', { GroupName: 'Engineers' })).toMatchObject({
      Group: { Arn: 'arn:aws:iam::123456789012:group/eng/Engineers' },
      Users: [{ UserName: 'alice' }],
    });
    s.fails('iam:GetGroup', { GroupName: 'Devs' }, 'NoSuchEntity');
  });

  it('a user can be in at most 10 groups', () => {
    const s = session();
    s.ok('iam:CreateUser', { UserName: 'alice' });
    for (let i = 0; i < 11; i++) s.ok('iam:CreateGroup', { GroupName: `g${i}` });
    for (let i = 0; i < 10; i++) s.ok('iam:AddUserToGroup', { GroupName: `g${i}`, UserName: 'alice' });
    expect(s.fails('iam:AddUserToGroup', { GroupName: 'g10', UserName: 'alice' }, 'LimitExceeded')).toBe(
      'Cannot exceed quota for GroupsPerUser: 10',
    );
  });
});
