// STS: AssumeRole as AWS evaluates it, with the IAM User Guide's cross-account delegation tutorial
// (Production 999999999999, Development 111111111111, role UpdateApp, Developers allowed, Testers denied).
import { beforeEach, describe, expect, it } from 'vitest';
import { authorize, switchRole } from '../../src/api';
import type { AssumedRoleIdentity, Identity, Scenario } from '../../src/model';
import { actAs, base32Decode, emptyAccount, emptyScenario, previousIdentity, totpAt } from '../../src/model';
import { asUser, doc, session } from './harness';

const PROD = '999999999999';
const DEV = '111111111111';
const ROLE_ARN = `arn:aws:iam::${PROD}:role/UpdateApp`;
const prodRoot: Identity = { type: 'root', accountId: PROD };
const devRoot: Identity = { type: 'root', accountId: DEV };
const dev = (userName: string) => asUser(userName, DEV);

/** Builds the tutorial's two accounts through the API, as their administrators would. */
function tutorial() {
  const start: Scenario = emptyScenario('Delegation tutorial', PROD);
  start.accounts.push(emptyAccount(DEV, 'Development', 'dev@example.com'));
  const s = session(start);
  s.ok(
    'iam:CreatePolicy',
    {
      PolicyName: 'read-write-app-bucket',
      PolicyDocument: doc(
        { Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' },
        { Effect: 'Allow', Action: ['s3:ListBucket', 's3:GetBucketLocation'], Resource: 'arn:aws:s3:::productionapp' },
        {
          Effect: 'Allow',
          Action: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'],
          Resource: 'arn:aws:s3:::productionapp/*',
        },
      ),
    },
    prodRoot,
  );
  s.ok(
    'iam:CreateRole',
    {
      RoleName: 'UpdateApp',
      AssumeRolePolicyDocument: doc({
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${DEV}:root` },
        Action: 'sts:AssumeRole',
      }),
      MaxSessionDuration: 7200,
    },
    prodRoot,
  );
  s.ok(
    'iam:AttachRolePolicy',
    { RoleName: 'UpdateApp', PolicyArn: `arn:aws:iam::${PROD}:policy/read-write-app-bucket` },
    prodRoot,
  );
  for (const group of ['Developers', 'Testers']) {
    s.ok('iam:CreateGroup', { GroupName: group }, devRoot);
    s.ok('iam:AttachGroupPolicy', { GroupName: group, PolicyArn: 'arn:aws:iam::aws:policy/PowerUserAccess' }, devRoot);
  }
  s.ok(
    'iam:PutGroupPolicy',
    {
      GroupName: 'Developers',
      PolicyName: 'allow-assume-S3-role-in-production',
      PolicyDocument: doc({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: ROLE_ARN }),
    },
    devRoot,
  );
  s.ok(
    'iam:PutGroupPolicy',
    {
      GroupName: 'Testers',
      PolicyName: 'deny-assume-S3-role-in-production',
      PolicyDocument: doc({ Effect: 'Deny', Action: 'sts:AssumeRole', Resource: ROLE_ARN }),
    },
    devRoot,
  );
  for (const [user, group] of [
    ['David', 'Developers'],
    ['Theresa', 'Testers'],
  ]) {
    s.ok('iam:CreateUser', { UserName: user }, devRoot);
    s.ok('iam:AddUserToGroup', { UserName: user, GroupName: group }, devRoot);
  }
  s.ok('iam:CreateUser', { UserName: 'Nobody' }, devRoot);
  return s;
}

describe('cross-account delegation tutorial', () => {
  let s: ReturnType<typeof tutorial>;
  beforeEach(() => {
    s = tutorial();
  });

  it('a developer can assume UpdateApp and then use the production bucket', () => {
    const out = s.ok('sts:AssumeRole', { RoleArn: ROLE_ARN, RoleSessionName: 'David' }, dev('David'));
    expect(out.AssumedRoleUser.Arn).toBe(`arn:aws:sts::${PROD}:assumed-role/UpdateApp/David`);
    expect(out.Credentials.AccessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    const asRole = out.PlaygroundIdentity;
    expect(
      authorize(s.ctx, s.scenario, asRole, { action: 's3:ListBucket', resource: 'arn:aws:s3:::productionapp' }).result
        .decision,
    ).toBe('Allow');
    expect(
      authorize(s.ctx, s.scenario, asRole, { action: 's3:ListBucket', resource: 'arn:aws:s3:::otherbucket' }).result
        .decision,
    ).toBe('ImplicitDeny');
  });

  it('a tester is refused by the explicit deny, even though PowerUserAccess allows sts:AssumeRole', () => {
    expect(
      s.fails('sts:AssumeRole', { RoleArn: ROLE_ARN, RoleSessionName: 'Theresa' }, 'AccessDenied', dev('Theresa')),
    ).toBe(
      `User: arn:aws:iam::${DEV}:user/Theresa is not authorized to perform: sts:AssumeRole on resource: ${ROLE_ARN} with an explicit deny in an identity-based policy`,
    );
  });

  it('a user whose identity policies do not allow sts:AssumeRole cannot assume the role although the trust policy trusts the account', () => {
    expect(
      s.fails('sts:AssumeRole', { RoleArn: ROLE_ARN, RoleSessionName: 'x1' }, 'AccessDenied', dev('Nobody')),
    ).toContain('because no identity-based policy allows the sts:AssumeRole action');
  });

  it('a role whose trust policy does not name the caller cannot be assumed', () => {
    s.ok(
      'iam:UpdateAssumeRolePolicy',
      {
        RoleName: 'UpdateApp',
        PolicyDocument: doc({ Effect: 'Allow', Principal: { AWS: '222222222222' }, Action: 'sts:AssumeRole' }),
      },
      prodRoot,
    );
    expect(
      s.fails('sts:AssumeRole', { RoleArn: ROLE_ARN, RoleSessionName: 'David' }, 'AccessDenied', dev('David')),
    ).toContain('because no resource-based policy allows');
  });

  it('GetCallerIdentity of the session names the assumed-role ARN and role-id:session', () => {
    const asRole = s.ok(
      'sts:AssumeRole',
      { RoleArn: ROLE_ARN, RoleSessionName: 'David' },
      dev('David'),
    ).PlaygroundIdentity;
    const who = s.ok('sts:GetCallerIdentity', {}, asRole);
    const role = s.scenario.accounts.find((a) => a.id === PROD)!.roles[0];
    expect(who).toEqual({
      UserId: `${role.id}:David`,
      Account: PROD,
      Arn: `arn:aws:sts::${PROD}:assumed-role/UpdateApp/David`,
    });
  });
});

describe('AssumeRole rules', () => {
  let s: ReturnType<typeof tutorial>;
  beforeEach(() => {
    s = tutorial();
  });
  const assume = (params: Partial<Parameters<typeof s.ok<'sts:AssumeRole'>>[1]> = {}, who = dev('David')) =>
    s.call('sts:AssumeRole', { RoleArn: ROLE_ARN, RoleSessionName: 'David', ...params }, who);

  it('DurationSeconds may not exceed the role maximum session duration', () => {
    expect(assume({ DurationSeconds: 7200 }).result.type).toBe('success');
    const out = assume({ DurationSeconds: 7201 });
    expect(out.result.type === 'failure' && out.result.errors[0].message).toBe(
      'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
    );
  });

  it('DurationSeconds is at least 900 seconds', () => {
    expect(assume({ DurationSeconds: 899 }).result).toMatchObject({
      type: 'failure',
      errors: [{ code: 'ValidationError' }],
    });
  });

  it('role chaining limits the session to one hour', () => {
    s.ok(
      'iam:UpdateAssumeRolePolicy',
      {
        RoleName: 'UpdateApp',
        PolicyDocument: doc({
          Effect: 'Allow',
          Principal: { AWS: [`arn:aws:iam::${DEV}:root`, `arn:aws:iam::${PROD}:root`] },
          Action: 'sts:AssumeRole',
        }),
      },
      prodRoot,
    );
    s.ok(
      'iam:PutRolePolicy',
      {
        RoleName: 'UpdateApp',
        PolicyName: 'chain',
        PolicyDocument: doc({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: ROLE_ARN }),
      },
      prodRoot,
    );
    const first = s.ok(
      'sts:AssumeRole',
      { RoleArn: ROLE_ARN, RoleSessionName: 'first' },
      dev('David'),
    ).PlaygroundIdentity;
    const tooLong = s.call(
      'sts:AssumeRole',
      { RoleArn: ROLE_ARN, RoleSessionName: 'second', DurationSeconds: 3601 },
      first,
    );
    expect(tooLong.result.type === 'failure' && tooLong.result.errors[0].message).toContain(
      '1 hour session limit for roles assumed by role chaining',
    );
    const second = s.ok('sts:AssumeRole', { RoleArn: ROLE_ARN, RoleSessionName: 'second' }, first).PlaygroundIdentity;
    expect(second.chained).toBe(true);
  });

  it('an external id required by the trust policy must be passed (sts:ExternalId)', () => {
    s.ok(
      'iam:UpdateAssumeRolePolicy',
      {
        RoleName: 'UpdateApp',
        PolicyDocument: doc({
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${DEV}:root` },
          Action: 'sts:AssumeRole',
          Condition: { StringEquals: { 'sts:ExternalId': 'Unique-1234' } },
        }),
      },
      prodRoot,
    );
    expect(assume().result.type).toBe('failure');
    expect(assume({ ExternalId: 'Wrong-1234' }).result.type).toBe('failure');
    expect(assume({ ExternalId: 'Unique-1234' }).result.type).toBe('success');
  });

  it('a trust policy requiring MFA accepts a valid TOTP code from the caller’s virtual MFA device', () => {
    s.ok(
      'iam:UpdateAssumeRolePolicy',
      {
        RoleName: 'UpdateApp',
        PolicyDocument: doc({
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${DEV}:root` },
          Action: 'sts:AssumeRole',
          Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
        }),
      },
      prodRoot,
    );
    const device = s.ok('iam:CreateVirtualMFADevice', { VirtualMFADeviceName: 'David' }, devRoot).VirtualMFADevice;
    const key = base32Decode(device.Base32StringSeed);
    const now = s.ctx.env.now();
    s.ok(
      'iam:EnableMFADevice',
      {
        UserName: 'David',
        SerialNumber: device.SerialNumber,
        AuthenticationCode1: totpAt(key, now - 30_000),
        AuthenticationCode2: totpAt(key, now),
      },
      devRoot,
    );
    expect(assume().result.type).toBe('failure');
    expect(assume({ SerialNumber: device.SerialNumber, TokenCode: '000000' }).result).toMatchObject({
      type: 'failure',
      errors: [{ code: 'AccessDenied' }],
    });
    const ok = assume({ SerialNumber: device.SerialNumber, TokenCode: totpAt(key, now) });
    expect(ok.result.type === 'success' && ok.result.value.PlaygroundIdentity.mfaAuthenticatedAt).toBe(
      '2026-03-01T12:00:00Z',
    );
  });

  const trustWith = (...actions: string[]) =>
    s.ok(
      'iam:UpdateAssumeRolePolicy',
      {
        RoleName: 'UpdateApp',
        PolicyDocument: doc({
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${DEV}:root` },
          Action: ['sts:AssumeRole', ...actions],
        }),
      },
      prodRoot,
    );

  it('passing session tags needs sts:TagSession in the trust policy', () => {
    expect(assume({ Tags: [{ Key: 'Project', Value: 'Blue' }] }).result).toMatchObject({
      type: 'failure',
      errors: [{ code: 'AccessDenied', message: expect.stringContaining('sts:TagSession') }],
    });
    trustWith('sts:TagSession');
    expect(assume({ Tags: [{ Key: 'Project', Value: 'Blue' }] }).result.type).toBe('success');
  });

  it('session tags become principal tags and transitive tags carry into chained sessions', () => {
    trustWith('sts:TagSession');
    const out = s.ok(
      'sts:AssumeRole',
      {
        RoleArn: ROLE_ARN,
        RoleSessionName: 'David',
        Tags: [{ Key: 'Project', Value: 'Blue' }],
        TransitiveTagKeys: ['Project'],
      },
      dev('David'),
    );
    const id = out.PlaygroundIdentity;
    expect(id.sessionTags).toEqual([{ Key: 'Project', Value: 'Blue' }]);
    const a = authorize(s.ctx, s.scenario, id, { action: 's3:ListBucket', resource: 'arn:aws:s3:::productionapp' });
    expect(a.request.context?.['aws:PrincipalTag/Project']).toBe('Blue');
    s.ok(
      'iam:UpdateAssumeRolePolicy',
      {
        RoleName: 'UpdateApp',
        PolicyDocument: doc({
          Effect: 'Allow',
          Principal: { AWS: [`arn:aws:iam::${DEV}:root`, `arn:aws:iam::${PROD}:root`] },
          Action: ['sts:AssumeRole', 'sts:TagSession'],
        }),
      },
      prodRoot,
    );
    s.ok(
      'iam:PutRolePolicy',
      {
        RoleName: 'UpdateApp',
        PolicyName: 'chain',
        PolicyDocument: doc({ Effect: 'Allow', Action: ['sts:AssumeRole', 'sts:TagSession'], Resource: ROLE_ARN }),
      },
      prodRoot,
    );
    const chained = s.ok('sts:AssumeRole', { RoleArn: ROLE_ARN, RoleSessionName: 'again' }, id).PlaygroundIdentity;
    expect(chained.sessionTags).toEqual([{ Key: 'Project', Value: 'Blue' }]);
    s.fails(
      'sts:AssumeRole',
      { RoleArn: ROLE_ARN, RoleSessionName: 'again', Tags: [{ Key: 'project', Value: 'Red' }] },
      'InvalidParameterValue',
      id,
    );
  });

  it('a session policy limits the session to the intersection with the role’s policies', () => {
    const out = s.ok(
      'sts:AssumeRole',
      {
        RoleArn: ROLE_ARN,
        RoleSessionName: 'David',
        Policy: doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }),
      },
      dev('David'),
    );
    const id: AssumedRoleIdentity = out.PlaygroundIdentity;
    const list = authorize(s.ctx, s.scenario, id, { action: 's3:ListBucket', resource: 'arn:aws:s3:::productionapp' });
    expect(list.deniedMessage).toContain('because no session policy allows the s3:ListBucket action');
    expect(
      authorize(s.ctx, s.scenario, id, { action: 's3:GetObject', resource: 'arn:aws:s3:::productionapp/a.txt' }).result
        .decision,
    ).toBe('Allow');
  });

  it('a source identity may not start with aws:', () => {
    trustWith('sts:SetSourceIdentity');
    expect(assume({ SourceIdentity: 'aws:evil' }).result).toMatchObject({
      type: 'failure',
      errors: [{ code: 'ValidationError' }],
    });
  });

  it('the source identity is kept through role chaining and cannot be changed', () => {
    s.ok(
      'iam:UpdateAssumeRolePolicy',
      {
        RoleName: 'UpdateApp',
        PolicyDocument: doc({
          Effect: 'Allow',
          Principal: { AWS: [`arn:aws:iam::${DEV}:root`, `arn:aws:iam::${PROD}:root`] },
          Action: ['sts:AssumeRole', 'sts:SetSourceIdentity'],
        }),
      },
      prodRoot,
    );
    s.ok(
      'iam:PutRolePolicy',
      {
        RoleName: 'UpdateApp',
        PolicyName: 'chain',
        PolicyDocument: doc({
          Effect: 'Allow',
          Action: ['sts:AssumeRole', 'sts:SetSourceIdentity'],
          Resource: ROLE_ARN,
        }),
      },
      prodRoot,
    );
    const first = s.ok(
      'sts:AssumeRole',
      { RoleArn: ROLE_ARN, RoleSessionName: 'David', SourceIdentity: 'david' },
      dev('David'),
    );
    expect(first.SourceIdentity).toBe('david');
    const chained = s.ok('sts:AssumeRole', { RoleArn: ROLE_ARN, RoleSessionName: 'again' }, first.PlaygroundIdentity);
    expect(chained.PlaygroundIdentity.sourceIdentity).toBe('david');
    s.fails(
      'sts:AssumeRole',
      { RoleArn: ROLE_ARN, RoleSessionName: 'again', SourceIdentity: 'mallory' },
      'InvalidParameterValue',
      first.PlaygroundIdentity,
    );
  });

  it('an expired session can no longer call AWS', () => {
    const id = s.ok(
      'sts:AssumeRole',
      { RoleArn: ROLE_ARN, RoleSessionName: 'David', DurationSeconds: 900 },
      dev('David'),
    ).PlaygroundIdentity;
    s.ctx.env.advance(901_000);
    s.fails('sts:GetCallerIdentity', {}, 'ExpiredToken', id);
  });

  it('the root user cannot assume a role', () => {
    s.fails('sts:AssumeRole', { RoleArn: ROLE_ARN, RoleSessionName: 'root' }, 'AccessDenied', devRoot);
  });

  it('GetSessionToken is refused to role sessions', () => {
    const id = s.ok('sts:AssumeRole', { RoleArn: ROLE_ARN, RoleSessionName: 'David' }, dev('David')).PlaygroundIdentity;
    expect(s.fails('sts:GetSessionToken', {}, 'AccessDenied', id)).toBe(
      'Cannot call GetSessionToken with session credentials',
    );
    expect(s.ok('sts:GetSessionToken', {}, dev('David')).Credentials.Expiration).toBe('2026-03-02T00:00:00Z');
  });

  it('switching identity remembers the role in the recent-roles history', () => {
    const id = s.ok('sts:AssumeRole', { RoleArn: ROLE_ARN, RoleSessionName: 'David' }, dev('David')).PlaygroundIdentity;
    const next = actAs(s.scenario, id, { displayName: 'Prod app', color: 'red' });
    expect(next.session.recentRoles).toEqual([
      { accountId: PROD, roleName: 'UpdateApp', displayName: 'Prod app', color: 'red' },
    ]);
  });
});

describe('Switch role (console)', () => {
  it('a developer switches to UpdateApp with the user name as session name, and can go back', () => {
    const s = tutorial();
    const signedIn = actAs(s.scenario, dev('David'));
    const out = switchRole(s.ctx, signedIn, {
      accountId: PROD,
      roleName: 'UpdateApp',
      displayName: 'Production',
      color: 'red',
    });
    expect(out.result.type).toBe('success');
    expect(out.scenario.session.identity).toMatchObject({
      type: 'assumedRole',
      roleName: 'UpdateApp',
      sessionName: 'David',
    });
    expect(out.scenario.session.recentRoles[0]).toEqual({
      accountId: PROD,
      roleName: 'UpdateApp',
      displayName: 'Production',
      color: 'red',
    });
    expect(previousIdentity(out.scenario)).toEqual(dev('David'));
  });

  it('a tester is refused, and stays who they were', () => {
    const s = tutorial();
    const signedIn = actAs(s.scenario, dev('Theresa'));
    const out = switchRole(s.ctx, signedIn, { accountId: PROD, roleName: 'UpdateApp' });
    expect(out.result).toMatchObject({ type: 'failure', errors: [{ code: 'AccessDenied' }] });
    expect(out.scenario).toBe(signedIn);
  });
});
