// The policy simulator APIs over Example Corp.
import { describe, expect, it } from 'vitest';
import { exampleCorpScenario } from '../../src/model';
import { asUser, doc, session } from './harness';

const corp = () => session(exampleCorpScenario());
const nikki = asUser('Nikki');
const user = (name: string) => `arn:aws:iam::123456789012:user/${name}`;

describe('SimulatePrincipalPolicy', () => {
  it("a developer's home directory: allowed in home/<own name>/, not in another user's", () => {
    const out = corp().ok(
      'iam:SimulatePrincipalPolicy',
      {
        PolicySourceArn: user('Zhang'),
        ActionNames: ['s3:GetObject'],
        ResourceArns: [
          'arn:aws:s3:::aws-s3-bucket/home/Zhang/notes.txt',
          'arn:aws:s3:::aws-s3-bucket/home/Mary/plan.txt',
        ],
      },
      nikki,
    );
    expect(out.EvaluationResults.map((r) => r.EvalDecision)).toEqual(['allowed', 'implicitDeny']);
    // The second statement (ReadWriteOwnHome) of the pretty-printed HomeDirectoryAccess policy starts on line 17.
    expect(out.EvaluationResults[0].MatchedStatements).toEqual([
      expect.objectContaining({
        SourcePolicyId: expect.stringContaining('policy/HomeDirectoryAccess'),
        SourcePolicyType: 'user-managed',
        StartPosition: { Line: 17, Column: 5 },
      }),
    ]);
  });

  it('a matched deny statement is reported with its policy and position', () => {
    const out = corp().ok(
      'iam:SimulatePrincipalPolicy',
      { PolicySourceArn: user('Shirley'), ActionNames: ['s3:GetObject'] },
      nikki,
    );
    expect(out.EvaluationResults[0]).toMatchObject({
      EvalDecision: 'explicitDeny',
      MatchedStatements: [{ SourcePolicyId: 'inline policy WriteOnly of group WidgetCo', SourcePolicyType: 'group' }],
    });
  });

  it('condition keys the policies test but the context lacks are listed as missing', () => {
    const out = corp().ok(
      'iam:SimulatePrincipalPolicy',
      { PolicySourceArn: user('Zhang'), ActionNames: ['s3:ListBucket'], ResourceArns: ['arn:aws:s3:::aws-s3-bucket'] },
      nikki,
    );
    expect(out.EvaluationResults[0].MissingContextValues).toContain('s3:prefix');
    const given = corp().ok(
      'iam:SimulatePrincipalPolicy',
      {
        PolicySourceArn: user('Zhang'),
        ActionNames: ['s3:ListBucket'],
        ResourceArns: ['arn:aws:s3:::aws-s3-bucket'],
        ContextEntries: [{ ContextKeyName: 's3:prefix', ContextKeyValues: ['home/Zhang/'], ContextKeyType: 'string' }],
      },
      nikki,
    );
    expect(given.EvaluationResults[0]).toMatchObject({ EvalDecision: 'allowed', MissingContextValues: [] });
  });

  it('extra policies in PolicyInputList are added to the principal’s own', () => {
    const out = corp().ok(
      'iam:SimulatePrincipalPolicy',
      {
        PolicySourceArn: user('Paulo'),
        ActionNames: ['dynamodb:GetItem'],
        PolicyInputList: [doc({ Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: '*' })],
      },
      nikki,
    );
    expect(out.EvaluationResults[0].MatchedStatements[0].SourcePolicyId).toBe('PolicyInputList.1');
  });

  it('a group can be simulated on its own policies', () => {
    const out = corp().ok(
      'iam:SimulatePrincipalPolicy',
      {
        PolicySourceArn: 'arn:aws:iam::123456789012:group/SysAdmins',
        ActionNames: ['ec2:RunInstances', 's3:GetObject'],
      },
      nikki,
    );
    expect(out.EvaluationResults.map((r) => r.EvalDecision)).toEqual(['allowed', 'implicitDeny']);
  });

  it('a permissions boundary to try is reported in PermissionsBoundaryDecisionDetail', () => {
    const out = corp().ok(
      'iam:SimulatePrincipalPolicy',
      {
        PolicySourceArn: user('Mateo'),
        ActionNames: ['iam:CreateUser'],
        PermissionsBoundaryPolicyInputList: [doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' })],
      },
      nikki,
    );
    expect(out.EvaluationResults[0]).toMatchObject({
      EvalDecision: 'implicitDeny',
      PermissionsBoundaryDecisionDetail: { AllowedByPermissionsBoundary: false },
    });
  });

  it('needs iam:SimulatePrincipalPolicy permission', () => {
    corp().fails(
      'iam:SimulatePrincipalPolicy',
      { PolicySourceArn: user('Zhang'), ActionNames: ['s3:GetObject'] },
      'AccessDenied',
      asUser('Paulo'),
    );
  });
});

describe('SimulateCustomPolicy', () => {
  it('evaluates only the given policies', () => {
    const out = corp().ok(
      'iam:SimulateCustomPolicy',
      {
        PolicyInputList: [
          doc({
            Effect: 'Allow',
            Action: 'sqs:SendMessage',
            Resource: '*',
            Condition: { Bool: { 'aws:SecureTransport': 'true' } },
          }),
        ],
        ActionNames: ['sqs:SendMessage', 'sqs:DeleteQueue'],
      },
      nikki,
    );
    expect(out.EvaluationResults.map((r) => r.EvalDecision)).toEqual(['allowed', 'implicitDeny']);
  });

  it('a malformed input policy is MalformedPolicyDocument', () => {
    corp().fails(
      'iam:SimulateCustomPolicy',
      { PolicyInputList: ['{"Statement": ['], ActionNames: ['s3:GetObject'] },
      'MalformedPolicyDocument',
      nikki,
    );
  });
});
