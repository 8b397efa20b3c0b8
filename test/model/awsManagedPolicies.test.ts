// Every AWS managed policy is known by ARN at once; the core set's documents are bundled and the rest
// arrive with one lazy load.
import { describe, expect, it } from 'vitest';
import {
  AWS_MANAGED_POLICIES,
  awsManagedPolicyDocument,
  findAwsManagedPolicy,
  isAwsManagedPolicyArn,
} from '../../src/model';

const SQS_FULL = 'arn:aws:iam::aws:policy/AmazonSQSFullAccess';
const LAMBDA_BASIC = 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole';
const ADMIN = 'arn:aws:iam::aws:policy/AdministratorAccess';

describe('the AWS managed policy index', () => {
  it('lists every policy of the snapshot (well over a thousand), each ARN once', () => {
    expect(AWS_MANAGED_POLICIES.length).toBeGreaterThan(1500);
    expect(new Set(AWS_MANAGED_POLICIES.map((p) => p.arn)).size).toBe(AWS_MANAGED_POLICIES.length);
  });

  it('derives each ARN from the path and the name, as AWS does for its policies', () => {
    expect(findAwsManagedPolicy(LAMBDA_BASIC)).toMatchObject({
      name: 'AWSLambdaBasicExecutionRole',
      path: '/service-role/',
    });
    for (const p of AWS_MANAGED_POLICIES) expect(p.arn).toBe(`arn:aws:iam::aws:policy${p.path}${p.name}`);
  });

  it('gives each policy its latest version id and ISO dates', () => {
    for (const p of AWS_MANAGED_POLICIES) {
      expect(p.versionId).toMatch(/^v\d+$/);
      expect(p.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      expect(Date.parse(p.updatedAt)).toBeGreaterThanOrEqual(Date.parse(p.createdAt));
    }
  });

  it('recognizes a real AWS managed policy outside the core set and refuses a made-up one', () => {
    expect(isAwsManagedPolicyArn(SQS_FULL)).toBe(true);
    expect(isAwsManagedPolicyArn('arn:aws:iam::aws:policy/AmazonSQSFullAccessPlus')).toBe(false);
    expect(isAwsManagedPolicyArn('arn:aws:iam::123456789012:policy/AmazonSQSFullAccess')).toBe(false);
  });
});

describe('AWS managed policy documents', () => {
  it('has a core document at once, indented like the console shows it', () => {
    const text = awsManagedPolicyDocument(ADMIN)!;
    expect(JSON.parse(text)).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
    });
    expect(text).toContain('\n  "Statement"');
  });

  it('has no document for an ARN that is not an AWS managed policy', () => {
    expect(awsManagedPolicyDocument('arn:aws:iam::aws:policy/NoSuchPolicy')).toBeUndefined();
  });
});
