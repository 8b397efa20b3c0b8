// Action, resource-ARN and StringLike matching, as the IAM "Action", "Resource" and "Condition
// operators" pages document them, plus the linear-time guarantee of the wildcard matcher.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileActionPattern, matchAction } from '../../src/engine/evaluate/actionPattern';
import { compileArnPattern, matchArn } from '../../src/engine/evaluate/arnPattern';
import { ANY_RUN, compileGlob, compileWildcard, matchGlob } from '../../src/engine/evaluate/glob';
import { wildcardParts } from '../../src/engine/evaluate/glob';

const glob = (pattern: string, value: string) => matchGlob(compileWildcard(pattern), value);
const action = (pattern: string, value: string) => matchAction(compileActionPattern(pattern), value.toLowerCase());
const arn = (pattern: string, value: string) => matchArn(compileArnPattern(wildcardParts(pattern)), value);

describe('StringLike wildcards', () => {
  it.each([
    ['* matches any run of characters, including none', 'a*c', 'abbbc', true],
    ['* matches the empty string', 'a*c', 'ac', true],
    ['? matches exactly one character', 'a?c', 'abc', true],
    ['? does not match zero characters', 'a?c', 'ac', false],
    ['? does not match two characters', 'a?c', 'abbc', false],
    ['matching is case-sensitive', 'ABC', 'abc', false],
    ['without a wildcard the whole value must match', 'abc', 'abcd', false],
    ['a leading and a trailing * allow a substring', '*bc*', 'abcd', true],
    ['pieces must appear in order', '*b*a*', 'ab', false],
    ['the last piece is anchored at the end', '*ab', 'abab', true],
    ['head and tail may not overlap', 'ab*ba', 'aba', false],
  ])('%s', (_rule, pattern, value, expected) => {
    expect(glob(pattern, value)).toBe(expected);
  });

  it('characters that came from a variable stay literal', () => {
    expect(matchGlob(compileGlob(['a', '*', 'b']), 'a*b')).toBe(true);
    expect(matchGlob(compileGlob(['a', '*', 'b']), 'axb')).toBe(false);
    expect(matchGlob(compileGlob(['a', ANY_RUN, 'b']), 'axb')).toBe(true);
  });

  it('matching is linear: *a*a*a*a*a*b against 10,000 characters gives the right answer', () => {
    const value = 'a'.repeat(10_000);
    expect(glob('*a*a*a*a*a*b', value)).toBe(false);
    expect(glob('*a*a*a*a*a*b', `${value}b`)).toBe(true);
    expect(glob('*?a*?a*?a*?a*b', value)).toBe(false);
    expect(arn('arn:*a*a*a*a*a*b', `arn:${value}`)).toBe(false);
  });

  it('agrees with a regular-expression reading of * and ? on generated inputs', () => {
    const alphabet = fc.constantFrom('a', 'b', '*', '?');
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 8 }),
        fc.array(fc.constantFrom('a', 'b'), { maxLength: 10 }),
        (p, v) => {
          const pattern = p.join('');
          const value = v.join('');
          const regex = new RegExp(`^${pattern.replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 's');
          expect(glob(pattern, value)).toBe(regex.test(value));
        },
      ),
      { seed: 20261127, numRuns: 2000 },
    );
  });
});

describe('Action matching', () => {
  it.each([
    ['the service prefix and action name are case-insensitive in the policy', 'S3:getobject', 's3:GetObject', true],
    ['the action in the request is case-insensitive too', 's3:GetObject', 'S3:GETOBJECT', true],
    ['a service wildcard matches every action of the service', 's3:*', 's3:PutObject', true],
    ['a service wildcard does not match another service', 's3:*', 'sqs:SendMessage', false],
    ['a wildcard may appear inside the action name', 'iam:*AccessKey*', 'iam:CreateAccessKey', true],
    ['? matches one character of the action', 's3:?etObject', 's3:GetObject', true],
    ['"*" matches every action', '*', 'ec2:RunInstances', true],
    ['a prefix wildcard does not match another prefix', 's3:Get*', 's3:PutObject', false],
  ])('%s', (_rule, pattern, value, expected) => {
    expect(action(pattern, value)).toBe(expected);
  });
});

describe('Resource ARN matching', () => {
  it.each([
    ['"*" matches any resource', '*', 'arn:aws:s3:::bucket/key', true],
    ['"*" matches the resource "*"', '*', '*', true],
    ['an ARN pattern does not match the resource "*"', 'arn:aws:s3:::*', '*', false],
    ['* in the resource part spans slashes', 'arn:aws:s3:::b/*/archive/*', 'arn:aws:s3:::b/2024/q1/archive/x', true],
    [
      '* in the resource part spans colons',
      'arn:aws:logs:us-east-1:111111111111:log-group:app:*',
      'arn:aws:logs:us-east-1:111111111111:log-group:app:log-stream:web',
      true,
    ],
    ['S3 ARNs have empty Region and account parts', 'arn:aws:s3:::bucket', 'arn:aws:s3:::bucket', true],
    [
      'wildcards may stand for whole Region and account parts',
      'arn:aws:ec2:*:*:instance/*',
      'arn:aws:ec2:eu-west-1:111111111111:instance/i-1',
      true,
    ],
    [
      'a * that ends a shorter pattern spans the remaining parts',
      'arn:aws:ec2:us-east-1:*',
      'arn:aws:ec2:us-east-1:111111111111:instance/i-1',
      true,
    ],
    [
      'a * that ends an early part spans the remaining parts',
      'arn:aws:ec2:us-*',
      'arn:aws:ec2:us-east-1:111111111111:instance/i-1',
      true,
    ],
    [
      'a * followed by more characters stays inside its part',
      'arn:aws:sqs:us-*1:jobs',
      'arn:aws:sqs:us-east-1:111111111111:jobs',
      false,
    ],
    [
      'a * inside the Region part does not cross into the account',
      'arn:aws:sqs:*:jobs',
      'arn:aws:sqs:us-east-1:111111111111:jobs',
      false,
    ],
    [
      '? matches one character within a part',
      'arn:aws:sns:us-east-?:111111111111:t',
      'arn:aws:sns:us-east-2:111111111111:t',
      true,
    ],
    ['? does not match a colon', 'arn:aws:sns:us-east-1?111111111111:t', 'arn:aws:sns:us-east-1:111111111111:t', false],
    [
      'matching is case-sensitive (user names)',
      'arn:aws:iam::111111111111:user/Bob',
      'arn:aws:iam::111111111111:user/bob',
      false,
    ],
    [
      'a pattern with fewer parts and no trailing * does not match a longer ARN',
      'arn:aws:sqs:us-east-1:111111111111',
      'arn:aws:sqs:us-east-1:111111111111:jobs',
      false,
    ],
    ['a value that is not an ARN does not match an ARN pattern', 'arn:aws:s3:::b', 'b', false],
    [
      'the account part is compared part by part',
      'arn:aws:sns:*:111111111111:billing/*',
      'arn:aws:sns:us-east-2:444444444444:shop/x:111111111111:billing/r',
      false,
    ],
  ])('%s', (_rule, pattern, value, expected) => {
    expect(arn(pattern, value)).toBe(expected);
  });
});
