// The IAM User Guide's Example Corp use cases, checked against the built-in scenario with the engine.
import { describe, expect, it } from 'vitest';
import { authorize, callApi, switchRole } from '../../src/api';
import type { Identity } from '../../src/model';
import { actAs, exampleCorpScenario } from '../../src/model';
import { asUser, makeCtx } from './harness';

const ctx = makeCtx();
const s = exampleCorpScenario();
const decision = (who: Identity, action: string, resource = '*', overrides = {}) =>
  authorize(ctx, s, who, { action, resource, overrides }).result.decision;
const INSTANCE = 'arn:aws:ec2:us-east-1:123456789012:instance/i-0abcd1234example0';

describe('Example Corp (IAM User Guide business use case)', () => {
  it('the SysAdmins group may use every EC2 action (AmazonEC2FullAccess)', () => {
    const out = callApi(ctx, s, 'iam:SimulatePrincipalPolicy', {
      PolicySourceArn: 'arn:aws:iam::123456789012:group/SysAdmins',
      ActionNames: ['ec2:CreateSnapshot', 'iam:CreateUser'],
    });
    expect(out.result.type === 'success' && out.result.value.EvaluationResults.map((r) => r.EvalDecision)).toEqual([
      'allowed',
      'implicitDeny',
    ]);
  });

  it('developers may work with instances only', () => {
    expect(decision(asUser('Zhang'), 'ec2:RunInstances', INSTANCE)).toBe('Allow');
    expect(decision(asUser('Zhang'), 'ec2:CreateSnapshot', INSTANCE)).toBe('ImplicitDeny');
  });

  it('support users may only call EC2 Describe operations', () => {
    expect(decision(asUser('Paulo'), 'ec2:DescribeInstances')).toBe('Allow');
    expect(decision(asUser('Paulo'), 'ec2:StartInstances', INSTANCE)).toBe('ImplicitDeny');
  });

  it('each user reads and writes only their own home directory', () => {
    expect(decision(asUser('Mary'), 's3:PutObject', 'arn:aws:s3:::aws-s3-bucket/home/Mary/plan.txt')).toBe('Allow');
    expect(decision(asUser('Mary'), 's3:GetObject', 'arn:aws:s3:::aws-s3-bucket/home/Zhang/notes.txt')).toBe(
      'ImplicitDeny',
    );
    expect(decision(asUser('Mary'), 's3:ListBucket', 'arn:aws:s3:::aws-s3-bucket', { 's3:prefix': 'home/Mary/' })).toBe(
      'Allow',
    );
  });

  it('developers share share/developers/, which managers cannot read', () => {
    expect(decision(asUser('Zhang'), 's3:GetObject', 'arn:aws:s3:::aws-s3-bucket/share/developers/design.md')).toBe(
      'Allow',
    );
    expect(decision(asUser('Paulo'), 's3:GetObject', 'arn:aws:s3:::aws-s3-bucket/share/developers/design.md')).toBe(
      'ImplicitDeny',
    );
  });

  it('the WidgetCo partner may only put objects, through the aws-s3-bucket1 bucket policy', () => {
    expect(decision(asUser('Shirley'), 's3:PutObject', 'arn:aws:s3:::aws-s3-bucket1/upload.csv')).toBe('Allow');
    expect(decision(asUser('Shirley'), 's3:GetObject', 'arn:aws:s3:::aws-s3-bucket1/upload.csv')).toBe('ExplicitDeny');
  });

  it('requests from outside the corporate network are denied to everyone in AllUsers', () => {
    expect(decision(asUser('Nikki'), 'ec2:DescribeInstances', '*', { 'aws:SourceIp': '198.51.100.1' })).toBe(
      'ExplicitDeny',
    );
  });

  it('only the AppServer role may read the production database secret', () => {
    const secret = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-password-a1B2c3';
    expect(decision(asUser('Nikki'), 'secretsmanager:GetSecretValue', secret)).toBe('ExplicitDeny');
  });

  it('an administrator signed in with MFA may switch to the SecurityAuditor role; a developer may not', () => {
    const nikki = switchRole(ctx, s, { accountId: '123456789012', roleName: 'SecurityAuditor' });
    expect(nikki.result.type).toBe('success');
    const mary = switchRole(ctx, actAs(s, asUser('Mary')), { accountId: '123456789012', roleName: 'SecurityAuditor' });
    expect(mary.result.type).toBe('failure');
  });

  it("the Engineering OU's SCP stops member accounts from leaving the organization", () => {
    expect(decision({ type: 'root', accountId: '111122223333' }, 'organizations:LeaveOrganization')).toBe(
      'ExplicitDeny',
    );
    expect(
      decision({ type: 'root', accountId: '111122223333' }, 'iam:CreateUser', 'arn:aws:iam::111122223333:user/x'),
    ).toBe('Allow');
  });
});
