// Inline and managed policies, versions and attachments, with IAM's errors and quotas.
import { describe, expect, it } from 'vitest';
import { ALLOW_ALL, doc, session } from './harness';

const READ = doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' });

describe('inline policies', () => {
  it('PutUserPolicy stores the document and GetUserPolicy returns it URL-encoded', () => {
    const s = session();
    s.ok('iam:CreateUser', { UserName: 'alice' });
    s.ok('iam:PutUserPolicy', { UserName: 'alice', PolicyName: 'read', PolicyDocument: READ });
    expect(
      decodeURIComponent(s.ok('iam:GetUserPolicy', { UserName: 'alice', PolicyName: 'read' }).PolicyDocument),
    ).toBe(READ);
    expect(s.ok('iam:ListUserPolicies', { UserName: 'alice' }).PolicyNames).toEqual(['read']);
  });

  it('a malformed document is refused with MalformedPolicyDocument and its position', () => {
    const s = session();
    s.ok('iam:CreateRole', {
      RoleName: 'r',
      AssumeRolePolicyDocument: doc({
        Effect: 'Allow',
        Principal: { Service: 'ec2.amazonaws.com' },
        Action: 'sts:AssumeRole',
      }),
    });
    const message = s.fails(
      'iam:PutRolePolicy',
      {
        RoleName: 'r',
        PolicyName: 'p',
        PolicyDocument: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*"}]}',
      },
      'MalformedPolicyDocument',
    );
    expect(message).toMatch(/line 1, column \d+/);
  });

  it("a user's inline policies may not exceed 2,048 characters in total", () => {
    const s = session();
    s.ok('iam:CreateUser', { UserName: 'alice' });
    const big = doc({
      Effect: 'Allow',
      Action: Array.from({ length: 120 }, (_, i) => `s3:GetObjectVersion${i}`),
      Resource: '*',
    });
    expect(
      s.fails('iam:PutUserPolicy', { UserName: 'alice', PolicyName: 'big', PolicyDocument: big }, 'LimitExceeded'),
    ).toBe('Cannot exceed quota for UserPolicySize: 2048');
  });

  it('an inline policy that does not exist is NoSuchEntity', () => {
    const s = session();
    s.ok('iam:CreateGroup', { GroupName: 'g' });
    s.fails('iam:DeleteGroupPolicy', { GroupName: 'g', PolicyName: 'nope' }, 'NoSuchEntity');
  });
});

describe('managed policies', () => {
  const arn = 'arn:aws:iam::123456789012:policy/Read';

  it('CreatePolicy returns an ANPA id, version v1 as default, and no attachments', () => {
    const { Policy } = session().ok('iam:CreatePolicy', { PolicyName: 'Read', PolicyDocument: READ });
    expect(Policy).toMatchObject({ Arn: arn, DefaultVersionId: 'v1', AttachmentCount: 0, IsAttachable: true });
    expect(Policy.PolicyId).toMatch(/^ANPA/);
  });

  it('a managed policy keeps at most five versions', () => {
    const s = session();
    s.ok('iam:CreatePolicy', { PolicyName: 'Read', PolicyDocument: READ });
    for (let i = 0; i < 4; i++) s.ok('iam:CreatePolicyVersion', { PolicyArn: arn, PolicyDocument: READ });
    expect(s.fails('iam:CreatePolicyVersion', { PolicyArn: arn, PolicyDocument: READ }, 'LimitExceeded')).toContain(
      'up to 5 versions',
    );
  });

  it('version ids are never reused after a version is deleted', () => {
    const s = session();
    s.ok('iam:CreatePolicy', { PolicyName: 'Read', PolicyDocument: READ });
    s.ok('iam:CreatePolicyVersion', { PolicyArn: arn, PolicyDocument: READ });
    s.ok('iam:DeletePolicyVersion', { PolicyArn: arn, VersionId: 'v2' });
    expect(
      s.ok('iam:CreatePolicyVersion', { PolicyArn: arn, PolicyDocument: READ, SetAsDefault: true }).PolicyVersion,
    ).toMatchObject({ VersionId: 'v3', IsDefaultVersion: true });
  });

  it('the default version cannot be deleted', () => {
    const s = session();
    s.ok('iam:CreatePolicy', { PolicyName: 'Read', PolicyDocument: READ });
    s.fails('iam:DeletePolicyVersion', { PolicyArn: arn, VersionId: 'v1' }, 'DeleteConflict');
  });

  it('an attached policy cannot be deleted, and ListEntitiesForPolicy shows who has it', () => {
    const s = session();
    s.ok('iam:CreatePolicy', { PolicyName: 'Read', PolicyDocument: READ });
    s.ok('iam:CreateGroup', { GroupName: 'Devs' });
    s.ok('iam:AttachGroupPolicy', { GroupName: 'Devs', PolicyArn: arn });
    s.fails('iam:DeletePolicy', { PolicyArn: arn }, 'DeleteConflict');
    expect(s.ok('iam:ListEntitiesForPolicy', { PolicyArn: arn }).PolicyGroups.map((g) => g.GroupName)).toEqual([
      'Devs',
    ]);
    expect(s.ok('iam:GetPolicy', { PolicyArn: arn }).Policy.AttachmentCount).toBe(1);
  });

  it('an identity can have at most 10 managed policies attached', () => {
    const s = session();
    s.ok('iam:CreateUser', { UserName: 'alice' });
    for (let i = 0; i < 11; i++) s.ok('iam:CreatePolicy', { PolicyName: `p${i}`, PolicyDocument: ALLOW_ALL });
    for (let i = 0; i < 10; i++)
      s.ok('iam:AttachUserPolicy', { UserName: 'alice', PolicyArn: `arn:aws:iam::123456789012:policy/p${i}` });
    expect(
      s.fails(
        'iam:AttachUserPolicy',
        { UserName: 'alice', PolicyArn: 'arn:aws:iam::123456789012:policy/p10' },
        'LimitExceeded',
      ),
    ).toBe('Cannot exceed quota for AttachedPoliciesPerUser: 10');
  });

  it('attaching a policy that does not exist is NoSuchEntity', () => {
    const s = session();
    s.ok('iam:CreateUser', { UserName: 'alice' });
    s.fails(
      'iam:AttachUserPolicy',
      { UserName: 'alice', PolicyArn: 'arn:aws:iam::aws:policy/NoSuchPolicy' },
      'NoSuchEntity',
    );
  });

  it('AWS managed policies are listed with their real documents and cannot be changed', () => {
    const s = session();
    const admin = 'arn:aws:iam::aws:policy/AdministratorAccess';
    expect(s.ok('iam:ListPolicies', { Scope: 'AWS' }).Policies.map((p) => p.Arn)).toContain(admin);
    const v = s.ok('iam:GetPolicy', { PolicyArn: admin }).Policy.DefaultVersionId;
    expect(
      JSON.parse(
        decodeURIComponent(s.ok('iam:GetPolicyVersion', { PolicyArn: admin, VersionId: v }).PolicyVersion.Document!),
      ),
    ).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
    });
    s.fails('iam:CreatePolicyVersion', { PolicyArn: admin, PolicyDocument: READ }, 'InvalidInput');
  });
});

describe('roles', () => {
  const trust = doc({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' });

  it('CreateRole returns an AROA id and the trust policy URL-encoded, with a one-hour default maximum session', () => {
    const { Role } = session().ok('iam:CreateRole', { RoleName: 'app', AssumeRolePolicyDocument: trust });
    expect(Role.RoleId).toMatch(/^AROA/);
    expect(decodeURIComponent(Role.AssumeRolePolicyDocument)).toBe(trust);
    expect(Role.MaxSessionDuration).toBe(3600);
  });

  it('the maximum session duration is between 1 and 12 hours', () => {
    session().fails(
      'iam:CreateRole',
      { RoleName: 'app', AssumeRolePolicyDocument: trust, MaxSessionDuration: 43201 },
      'ValidationError',
    );
  });

  it('a trust policy must name a principal', () => {
    session().fails(
      'iam:CreateRole',
      { RoleName: 'app', AssumeRolePolicyDocument: doc({ Effect: 'Allow', Action: 'sts:AssumeRole' }) },
      'MalformedPolicyDocument',
    );
  });

  it('a service-linked role cannot be edited or deleted (UnmodifiableEntity)', () => {
    const s = session();
    const { Role } = s.ok('iam:CreateServiceLinkedRole', { AWSServiceName: 'elasticbeanstalk.amazonaws.com' });
    expect(Role.Path).toBe('/aws-service-role/elasticbeanstalk.amazonaws.com/');
    expect(
      s.fails(
        'iam:PutRolePolicy',
        { RoleName: Role.RoleName, PolicyName: 'x', PolicyDocument: ALLOW_ALL },
        'UnmodifiableEntity',
      ),
    ).toContain('only modifiable by AWS');
    s.fails('iam:DeleteRole', { RoleName: Role.RoleName }, 'UnmodifiableEntity');
    s.fails('iam:UpdateRole', { RoleName: Role.RoleName, MaxSessionDuration: 7200 }, 'UnmodifiableEntity');
  });

  it('the description of a service-linked role can be edited, as of any role (UpdateRole, UpdateRoleDescription)', () => {
    const s = session();
    const { Role } = s.ok('iam:CreateServiceLinkedRole', { AWSServiceName: 'elasticbeanstalk.amazonaws.com' });
    s.ok('iam:UpdateRole', { RoleName: Role.RoleName, Description: 'Beanstalk environments' });
    expect(s.ok('iam:GetRole', { RoleName: Role.RoleName }).Role.Description).toBe('Beanstalk environments');
    expect(
      s.ok('iam:UpdateRoleDescription', { RoleName: Role.RoleName, Description: 'Managed by Beanstalk' }).Role
        .Description,
    ).toBe('Managed by Beanstalk');
    expect(s.ok('iam:GetRole', { RoleName: Role.RoleName }).Role.MaxSessionDuration).toBe(3600);
  });

  it('a permissions boundary is reported by GetRole', () => {
    const s = session();
    s.ok('iam:CreateRole', { RoleName: 'app', AssumeRolePolicyDocument: trust });
    s.ok('iam:PutRolePermissionsBoundary', {
      RoleName: 'app',
      PermissionsBoundary: 'arn:aws:iam::aws:policy/PowerUserAccess',
    });
    expect(s.ok('iam:GetRole', { RoleName: 'app' }).Role.PermissionsBoundary?.PermissionsBoundaryArn).toBe(
      'arn:aws:iam::aws:policy/PowerUserAccess',
    );
  });
});
