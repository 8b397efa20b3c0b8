// Inline and managed policies, versions and attachments, with IAM's errors and quotas.
import { describe, expect, it } from 'vitest';
import { ALLOW_ALL, doc, session } from './harness';

const READ = doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' });

describe('inline policies', () => {
  it('PutUserPolicy stores the document and GetUserPolicy returns it URL-encoded', () => {
    const s = session();
    s.ok('CreateUser', { UserName: 'alice' });
    s.ok('PutUserPolicy', { UserName: 'alice', PolicyName: 'read', PolicyDocument: READ });
    expect(decodeURIComponent(s.ok('GetUserPolicy', { UserName: 'alice', PolicyName: 'read' }).PolicyDocument)).toBe(READ);
    expect(s.ok('ListUserPolicies', { UserName: 'alice' }).PolicyNames).toEqual(['read']);
  });

  it('a malformed document is refused with MalformedPolicyDocument and its position', () => {
    const s = session();
    s.ok('CreateRole', { RoleName: 'r', AssumeRolePolicyDocument: doc({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }) });
    const message = s.fails('PutRolePolicy', { RoleName: 'r', PolicyName: 'p', PolicyDocument: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*"}]}' }, 'MalformedPolicyDocument');
    expect(message).toMatch(/line 1, column \d+/);
  });

  it("a user's inline policies may not exceed 2,048 characters in total", () => {
    const s = session();
    s.ok('CreateUser', { UserName: 'alice' });
    const big = doc({ Effect: 'Allow', Action: Array.from({ length: 120 }, (_, i) => `s3:GetObjectVersion${i}`), Resource: '*' });
    expect(s.fails('PutUserPolicy', { UserName: 'alice', PolicyName: 'big', PolicyDocument: big }, 'LimitExceeded')).toBe('Cannot exceed quota for UserPolicySize: 2048');
  });

  it('an inline policy that does not exist is NoSuchEntity', () => {
    const s = session();
    s.ok('CreateGroup', { GroupName: 'g' });
    s.fails('DeleteGroupPolicy', { GroupName: 'g', PolicyName: 'nope' }, 'NoSuchEntity');
  });
});

describe('managed policies', () => {
  const arn = 'arn:aws:iam::123456789012:policy/Read';

  it('CreatePolicy returns an ANPA id, version v1 as default, and no attachments', () => {
    const { Policy } = session().ok('CreatePolicy', { PolicyName: 'Read', PolicyDocument: READ });
    expect(Policy).toMatchObject({ Arn: arn, DefaultVersionId: 'v1', AttachmentCount: 0, IsAttachable: true });
    expect(Policy.PolicyId).toMatch(/^ANPA/);
  });

  it('a managed policy keeps at most five versions', () => {
    const s = session();
    s.ok('CreatePolicy', { PolicyName: 'Read', PolicyDocument: READ });
    for (let i = 0; i < 4; i++) s.ok('CreatePolicyVersion', { PolicyArn: arn, PolicyDocument: READ });
    expect(s.fails('CreatePolicyVersion', { PolicyArn: arn, PolicyDocument: READ }, 'LimitExceeded')).toContain('up to 5 versions');
  });

  it('version ids are never reused after a version is deleted', () => {
    const s = session();
    s.ok('CreatePolicy', { PolicyName: 'Read', PolicyDocument: READ });
    s.ok('CreatePolicyVersion', { PolicyArn: arn, PolicyDocument: READ });
    s.ok('DeletePolicyVersion', { PolicyArn: arn, VersionId: 'v2' });
    expect(s.ok('CreatePolicyVersion', { PolicyArn: arn, PolicyDocument: READ, SetAsDefault: true }).PolicyVersion).toMatchObject({ VersionId: 'v3', IsDefaultVersion: true });
  });

  it('the default version cannot be deleted', () => {
    const s = session();
    s.ok('CreatePolicy', { PolicyName: 'Read', PolicyDocument: READ });
    s.fails('DeletePolicyVersion', { PolicyArn: arn, VersionId: 'v1' }, 'DeleteConflict');
  });

  it('an attached policy cannot be deleted, and ListEntitiesForPolicy shows who has it', () => {
    const s = session();
    s.ok('CreatePolicy', { PolicyName: 'Read', PolicyDocument: READ });
    s.ok('CreateGroup', { GroupName: 'Devs' });
    s.ok('AttachGroupPolicy', { GroupName: 'Devs', PolicyArn: arn });
    s.fails('DeletePolicy', { PolicyArn: arn }, 'DeleteConflict');
    expect(s.ok('ListEntitiesForPolicy', { PolicyArn: arn }).PolicyGroups.map((g) => g.GroupName)).toEqual(['Devs']);
    expect(s.ok('GetPolicy', { PolicyArn: arn }).Policy.AttachmentCount).toBe(1);
  });

  it('an identity can have at most 10 managed policies attached', () => {
    const s = session();
    s.ok('CreateUser', { UserName: 'alice' });
    for (let i = 0; i < 11; i++) s.ok('CreatePolicy', { PolicyName: `p${i}`, PolicyDocument: ALLOW_ALL });
    for (let i = 0; i < 10; i++) s.ok('AttachUserPolicy', { UserName: 'alice', PolicyArn: `arn:aws:iam::123456789012:policy/p${i}` });
    expect(s.fails('AttachUserPolicy', { UserName: 'alice', PolicyArn: 'arn:aws:iam::123456789012:policy/p10' }, 'LimitExceeded')).toBe('Cannot exceed quota for AttachedPoliciesPerUser: 10');
  });

  it('attaching a policy that does not exist is NoSuchEntity', () => {
    const s = session();
    s.ok('CreateUser', { UserName: 'alice' });
    s.fails('AttachUserPolicy', { UserName: 'alice', PolicyArn: 'arn:aws:iam::aws:policy/NoSuchPolicy' }, 'NoSuchEntity');
  });

  it('AWS managed policies are listed with their real documents and cannot be changed', () => {
    const s = session();
    const admin = 'arn:aws:iam::aws:policy/AdministratorAccess';
    expect(s.ok('ListPolicies', { Scope: 'AWS' }).Policies.map((p) => p.Arn)).toContain(admin);
    const v = s.ok('GetPolicy', { PolicyArn: admin }).Policy.DefaultVersionId;
    expect(JSON.parse(decodeURIComponent(s.ok('GetPolicyVersion', { PolicyArn: admin, VersionId: v }).PolicyVersion.Document!))).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
    });
    s.fails('CreatePolicyVersion', { PolicyArn: admin, PolicyDocument: READ }, 'InvalidInput');
  });
});

describe('roles', () => {
  const trust = doc({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' });

  it('CreateRole returns an AROA id and the trust policy URL-encoded, with a one-hour default maximum session', () => {
    const { Role } = session().ok('CreateRole', { RoleName: 'app', AssumeRolePolicyDocument: trust });
    expect(Role.RoleId).toMatch(/^AROA/);
    expect(decodeURIComponent(Role.AssumeRolePolicyDocument)).toBe(trust);
    expect(Role.MaxSessionDuration).toBe(3600);
  });

  it('the maximum session duration is between 1 and 12 hours', () => {
    session().fails('CreateRole', { RoleName: 'app', AssumeRolePolicyDocument: trust, MaxSessionDuration: 43201 }, 'ValidationError');
  });

  it('a trust policy must name a principal', () => {
    session().fails('CreateRole', { RoleName: 'app', AssumeRolePolicyDocument: doc({ Effect: 'Allow', Action: 'sts:AssumeRole' }) }, 'MalformedPolicyDocument');
  });

  it('a service-linked role cannot be edited or deleted (UnmodifiableEntity)', () => {
    const s = session();
    const { Role } = s.ok('CreateServiceLinkedRole', { AWSServiceName: 'elasticbeanstalk.amazonaws.com' });
    expect(Role.Path).toBe('/aws-service-role/elasticbeanstalk.amazonaws.com/');
    expect(s.fails('PutRolePolicy', { RoleName: Role.RoleName, PolicyName: 'x', PolicyDocument: ALLOW_ALL }, 'UnmodifiableEntity')).toContain('only modifiable by AWS');
    s.fails('DeleteRole', { RoleName: Role.RoleName }, 'UnmodifiableEntity');
  });

  it('a permissions boundary is reported by GetRole', () => {
    const s = session();
    s.ok('CreateRole', { RoleName: 'app', AssumeRolePolicyDocument: trust });
    s.ok('PutRolePermissionsBoundary', { RoleName: 'app', PermissionsBoundary: 'arn:aws:iam::aws:policy/PowerUserAccess' });
    expect(s.ok('GetRole', { RoleName: 'app' }).Role.PermissionsBoundary?.PermissionsBoundaryArn).toBe('arn:aws:iam::aws:policy/PowerUserAccess');
  });
});
