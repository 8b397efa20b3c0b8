// Resources of other services: creation, resource-based policies (which the engine weighs), tags, PassRole.
import { describe, expect, it } from 'vitest';
import { authorize } from '../../src/api';
import { exampleCorpScenario } from '../../src/model';
import { asUser, doc, session } from './harness';

const nikki = asUser('Nikki');

describe('resources', () => {
  it('bucket names are global: another account cannot create an existing bucket', () => {
    const s = session(exampleCorpScenario());
    s.ok('s3:CreateBucket', { Bucket: 'reports-2026' }, nikki);
    s.fails('s3:CreateBucket', { Bucket: 'reports-2026' }, 'BucketAlreadyOwnedByYou', nikki);
    s.fails('s3:CreateBucket', { Bucket: 'reports-2026' }, 'BucketAlreadyExists', {
      type: 'root',
      accountId: '111122223333',
    });
  });

  it('a bucket policy must be a valid resource policy with a Principal', () => {
    const s = session(exampleCorpScenario());
    s.fails(
      's3:PutBucketPolicy',
      { Bucket: 'aws-s3-bucket', Policy: doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }) },
      'MalformedPolicy',
      nikki,
    );
  });

  it('a bucket policy that denies a user overrides the identity policy that allows', () => {
    const s = session(exampleCorpScenario());
    s.ok(
      's3:PutBucketPolicy',
      {
        Bucket: 'aws-s3-bucket',
        Policy: doc({
          Effect: 'Deny',
          Principal: { AWS: 'arn:aws:iam::123456789012:user/Zhang' },
          Action: 's3:GetObject',
          Resource: 'arn:aws:s3:::aws-s3-bucket/*',
        }),
      },
      nikki,
    );
    const a = authorize(s.ctx, s.scenario, asUser('Zhang'), {
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::aws-s3-bucket/home/Zhang/notes.txt',
    });
    expect(a.deniedMessage).toContain('with an explicit deny in a resource-based policy');
    expect(decodeURIComponent(s.ok('s3:GetBucketPolicy', { Bucket: 'aws-s3-bucket' }, nikki).Policy)).toContain('Deny');
  });

  it('a bucket with objects cannot be deleted', () => {
    const s = session(exampleCorpScenario());
    s.fails('s3:DeleteBucket', { Bucket: 'aws-s3-bucket' }, 'BucketNotEmpty', nikki);
  });

  it('a new KMS key gets the default key policy that delegates to the account', () => {
    const s = session(exampleCorpScenario());
    const { KeyMetadata } = s.ok('kms:CreateKey', {}, nikki);
    expect(KeyMetadata.Arn).toMatch(/^arn:aws:kms:us-east-1:123456789012:key\/[0-9a-f-]{36}$/);
    const key = s.scenario.resources.find((r) => r.arn === KeyMetadata.Arn)!;
    expect(JSON.parse(key.policy!).Statement[0].Principal).toEqual({ AWS: 'arn:aws:iam::123456789012:root' });
  });

  it('queues, topics, secrets and tables are created with their service ARNs', () => {
    const s = session(exampleCorpScenario());
    expect(s.ok('sqs:CreateQueue', { QueueName: 'orders' }, nikki).QueueUrl).toBe(
      'https://sqs.us-east-1.amazonaws.com/123456789012/orders',
    );
    s.ok(
      'sqs:SetQueueAttributes',
      {
        QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/orders',
        Attributes: {
          Policy: doc({
            Effect: 'Allow',
            Principal: { Service: 'sns.amazonaws.com' },
            Action: 'sqs:SendMessage',
            Resource: '*',
          }),
        },
      },
      nikki,
    );
    expect(s.scenario.resources.find((r) => r.arn === 'arn:aws:sqs:us-east-1:123456789012:orders')!.policy).toContain(
      'sns.amazonaws.com',
    );
    expect(s.ok('sns:CreateTopic', { Name: 'alerts' }, nikki).TopicArn).toBe(
      'arn:aws:sns:us-east-1:123456789012:alerts',
    );
    expect(s.ok('secretsmanager:CreateSecret', { Name: 'db-password' }, nikki).ARN).toMatch(
      /^arn:aws:secretsmanager:us-east-1:123456789012:secret:db-password-[A-Za-z]{6}$/,
    );
    expect(s.ok('dynamodb:CreateTable', { TableName: 'Invoices' }, nikki).TableDescription.TableArn).toBe(
      'arn:aws:dynamodb:us-east-1:123456789012:table/Invoices',
    );
  });

  it('launching an instance with a role needs iam:PassRole on that role (iam:PassedToService ec2.amazonaws.com)', () => {
    const s = session(exampleCorpScenario());
    const message = s.fails(
      'ec2:RunInstances',
      { IamInstanceProfile: { Name: 'AppServer' } },
      'AccessDenied',
      asUser('Zhang'),
    );
    expect(message).toContain('iam:PassRole on resource: arn:aws:iam::123456789012:role/AppServer');
    s.ok(
      'iam:PutGroupPolicy',
      {
        GroupName: 'Developers',
        PolicyName: 'PassAppServer',
        PolicyDocument: doc({
          Effect: 'Allow',
          Action: 'iam:PassRole',
          Resource: 'arn:aws:iam::123456789012:role/AppServer',
          Condition: { StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' } },
        }),
      },
      nikki,
    );
    const out = s.ok('ec2:RunInstances', { IamInstanceProfile: { Name: 'AppServer' } }, asUser('Zhang'));
    expect(out.Instances[0].InstanceId).toMatch(/^i-[0-9a-f]{17}$/);
  });

  it('tags on a resource become aws:ResourceTag keys', () => {
    const s = session(exampleCorpScenario());
    s.ok(
      'tag:TagResources',
      { ResourceARNList: ['arn:aws:dynamodb:us-east-1:123456789012:table/Orders'], Tags: { Team: 'Billing' } },
      nikki,
    );
    const a = authorize(s.ctx, s.scenario, nikki, {
      action: 'dynamodb:GetItem',
      resource: 'arn:aws:dynamodb:us-east-1:123456789012:table/Orders',
    });
    expect(a.request.context?.['aws:ResourceTag/Team']).toBe('Billing');
  });
});
