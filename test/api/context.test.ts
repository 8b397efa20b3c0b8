// The request context derived from the model, key by key, as AWS documents the global condition keys.
import { describe, expect, it } from 'vitest';
import { deriveContext } from '../../src/api';
import type { Identity } from '../../src/model';
import { exampleCorpScenario } from '../../src/model';

const s = exampleCorpScenario();
const now = Date.parse('2026-01-07T09:00:00Z');
const nikki: Identity = {
  type: 'user',
  accountId: '123456789012',
  userName: 'Nikki',
  mfaAuthenticatedAt: '2026-01-07T08:55:00Z',
};
const bucketObject = 'arn:aws:s3:::aws-s3-bucket/home/Zhang/notes.txt';
const ctxFor = (identity: Identity, resource = bucketObject) =>
  deriveContext(s, identity, { action: 's3:GetObject', resource }, now);
const roleSession: Identity = {
  type: 'assumedRole',
  accountId: '123456789012',
  roleName: 'SecurityAuditor',
  sessionName: 'nikki-audit',
  accessKeyId: 'ASIAAAAAAAAAAAAAAAAA',
  issuedAt: '2026-01-07T08:30:00Z',
  expiresAt: '2026-01-07T09:30:00Z',
  sessionTags: [{ Key: 'Project', Value: 'Audit' }],
  transitiveTagKeys: [],
  sourceIdentity: 'nikki',
  sessionPolicy: null,
  sessionPolicyArns: [],
  mfaAuthenticatedAt: null,
  chained: false,
  assumedBy: nikki,
};

describe('derived request context', () => {
  it('for an IAM user: aws:username, aws:userid (the unique id), aws:PrincipalArn and aws:PrincipalType User', () => {
    const c = ctxFor(nikki);
    const user = s.accounts[1].users.find((u) => u.name === 'Nikki')!;
    expect(c).toMatchObject({
      'aws:username': 'Nikki',
      'aws:userid': user.id,
      'aws:PrincipalArn': 'arn:aws:iam::123456789012:user/Nikki',
      'aws:PrincipalAccount': '123456789012',
      'aws:PrincipalType': 'User',
      'aws:PrincipalTag/Department': 'Operations',
    });
  });

  it('MFA: aws:MultiFactorAuthPresent true and aws:MultiFactorAuthAge in seconds since authentication', () => {
    expect(ctxFor(nikki)).toMatchObject({ 'aws:MultiFactorAuthPresent': 'true', 'aws:MultiFactorAuthAge': '300' });
    const c = ctxFor({ ...nikki, mfaAuthenticatedAt: null } as Identity);
    expect(c['aws:MultiFactorAuthPresent']).toBe('false');
    expect(c).not.toHaveProperty('aws:MultiFactorAuthAge');
  });

  it('for a role session: aws:userid is role-id:session-name, aws:PrincipalArn is the role ARN, session tags are principal tags', () => {
    const c = ctxFor(roleSession);
    const role = s.accounts[1].roles.find((r) => r.name === 'SecurityAuditor')!;
    expect(c).toMatchObject({
      'aws:userid': `${role.id}:nikki-audit`,
      'aws:PrincipalArn': role.arn,
      'aws:PrincipalType': 'AssumedRole',
      'aws:PrincipalTag/Project': 'Audit',
      'aws:SourceIdentity': 'nikki',
      'aws:TokenIssueTime': '2026-01-07T08:30:00Z',
    });
    expect(c).not.toHaveProperty('aws:username');
  });

  it('for the root user: aws:userid is the account id and aws:PrincipalType is Account', () => {
    expect(ctxFor({ type: 'root', accountId: '123456789012' })).toMatchObject({
      'aws:userid': '123456789012',
      'aws:PrincipalType': 'Account',
    });
  });

  it('organization keys: aws:PrincipalOrgID and aws:PrincipalOrgPaths', () => {
    const org = s.organization!;
    expect(ctxFor(nikki)).toMatchObject({
      'aws:PrincipalOrgID': org.id,
      'aws:PrincipalOrgPaths': [`${org.id}/${org.rootId}/`],
    });
  });

  it('time, network and region keys come from the scenario settings', () => {
    expect(ctxFor(nikki)).toMatchObject({
      'aws:CurrentTime': '2026-01-07T09:00:00Z',
      'aws:EpochTime': String(now / 1000),
      'aws:SourceIp': '192.0.2.10',
      'aws:SecureTransport': 'true',
      'aws:RequestedRegion': 'us-east-1',
    });
  });

  it('resource keys: aws:ResourceAccount and aws:ResourceTag from the resource', () => {
    const c = ctxFor(nikki, 'arn:aws:ec2:us-east-1:123456789012:instance/i-0abcd1234example0');
    expect(c).toMatchObject({ 'aws:ResourceAccount': '123456789012', 'aws:ResourceTag/Environment': 'Production' });
  });

  it('the tags of an IAM user or role are both aws:ResourceTag and iam:ResourceTag keys', () => {
    const c = deriveContext(s, nikki, { action: 'iam:TagUser', resource: 'arn:aws:iam::123456789012:user/Zhang' }, now);
    expect(c).toMatchObject({
      'aws:ResourceTag/Department': 'Engineering',
      'iam:ResourceTag/Department': 'Engineering',
    });
  });

  it('requests to global services such as IAM name us-east-1 as aws:RequestedRegion', () => {
    const elsewhere = { ...s, settings: { ...s.settings, region: 'eu-west-1' } };
    expect(
      deriveContext(elsewhere, nikki, { action: 'iam:ListUsers', resource: '*' }, now)['aws:RequestedRegion'],
    ).toBe('us-east-1');
    expect(
      deriveContext(elsewhere, nikki, { action: 's3:GetObject', resource: bucketObject }, now)['aws:RequestedRegion'],
    ).toBe('eu-west-1');
  });

  it('every derived value can be overridden by the user', () => {
    const withOverride = {
      ...s,
      settings: { ...s.settings, contextOverrides: { 'aws:SourceIp': '10.0.0.1', 's3:prefix': 'home/Nikki/' } },
    };
    const c = deriveContext(
      withOverride,
      nikki,
      { action: 's3:ListBucket', resource: 'arn:aws:s3:::aws-s3-bucket', overrides: { 'aws:username': 'someone' } },
      now,
    );
    expect(c).toMatchObject({ 'aws:SourceIp': '10.0.0.1', 's3:prefix': 'home/Nikki/', 'aws:username': 'someone' });
  });
});
