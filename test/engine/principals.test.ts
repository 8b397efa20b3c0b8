// Principal and NotPrincipal matching, as "AWS JSON policy elements: Principal" and
// "...: NotPrincipal" document them, and how each match decides which other policies still apply.
import { describe, expect, it } from 'vitest';
import type { PrincipalBlock, PrincipalType, SourceRange } from '../../src/engine/policy';
import { arnAccount, matchPrincipal, parseCaller } from '../../src/engine/evaluate/principals';

const RANGE: SourceRange = { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1, startOffset: 0, endOffset: 0 };
const block = (entries: [PrincipalType, string[]][], negated = false, wildcard = false): PrincipalBlock => ({
  negated,
  wildcard,
  range: RANGE,
  entries: entries.map(([type, values]) => ({ type, values, valueRanges: values.map(() => RANGE) })),
});
const aws = (...values: string[]) => block([['AWS', values]]);
const match = (b: PrincipalBlock, caller: string, isDeny = false, hasBoundary = false) =>
  matchPrincipal(b, parseCaller(caller), isDeny, hasBoundary);

const SESSION = 'arn:aws:sts::111111111111:assumed-role/reader/job-7';

describe('Principal', () => {
  it.each([
    ['"*" matches anonymous callers', block([], false, true), 'anonymous', 'direct'],
    ['{"AWS": "*"} matches anonymous callers', aws('*'), 'anonymous', 'direct'],
    [
      'an account ID matches every principal of the account, delegating to its policies',
      aws('111111111111'),
      SESSION,
      'account',
    ],
    [
      'the root ARN is the same as the account ID',
      aws('arn:aws:iam::111111111111:root'),
      'arn:aws:iam::111111111111:user/a',
      'account',
    ],
    [
      'an account principal does not match another account',
      aws('222222222222'),
      'arn:aws:iam::111111111111:user/a',
      null,
    ],
    ['an account principal does not match anonymous callers', aws('111111111111'), 'anonymous', null],
    [
      'a user ARN matches that user exactly',
      aws('arn:aws:iam::111111111111:user/a'),
      'arn:aws:iam::111111111111:user/a',
      'direct',
    ],
    [
      'the user name is case-sensitive',
      aws('arn:aws:iam::111111111111:user/A'),
      'arn:aws:iam::111111111111:user/a',
      null,
    ],
    ['a role ARN matches sessions of the role', aws('arn:aws:iam::111111111111:role/reader'), SESSION, 'role'],
    [
      'a role ARN with a path matches sessions of the role',
      aws('arn:aws:iam::111111111111:role/team/reader'),
      SESSION,
      'role',
    ],
    ['a role ARN does not match sessions of another role', aws('arn:aws:iam::111111111111:role/writer'), SESSION, null],
    [
      'a role ARN does not match the same role name in another account',
      aws('arn:aws:iam::222222222222:role/reader'),
      SESSION,
      null,
    ],
    ['a session ARN matches that exact session', aws(SESSION), SESSION, 'direct'],
    [
      'a federated-user ARN matches that federated user',
      aws('arn:aws:sts::111111111111:federated-user/f'),
      'arn:aws:sts::111111111111:federated-user/f',
      'direct',
    ],
    [
      'a service principal matches that service',
      block([['Service', ['sns.amazonaws.com']]]),
      'sns.amazonaws.com',
      'direct',
    ],
    [
      'a service principal does not match a user',
      block([['Service', ['sns.amazonaws.com']]]),
      'arn:aws:iam::111111111111:user/a',
      null,
    ],
    ['the strongest match wins when several entries match', aws('111111111111', SESSION), SESSION, 'direct'],
  ])('%s', (_rule, b, caller, expected) => {
    expect(match(b, caller)).toBe(expected);
  });
});

describe('NotPrincipal', () => {
  const exempt = block([['AWS', ['arn:aws:iam::111111111111:user/a', '111111111111']]], true);
  it('applies to every caller that is not listed', () => {
    expect(match(exempt, 'arn:aws:iam::222222222222:user/b', true)).toBe('direct');
    expect(match(exempt, 'anonymous', true)).toBe('direct');
  });
  it('does not apply to a listed caller', () => {
    expect(match(exempt, 'arn:aws:iam::111111111111:user/a', true)).toBeNull();
  });
  it('a Deny with NotPrincipal always applies to a caller that has a permissions boundary', () => {
    expect(match(exempt, 'arn:aws:iam::111111111111:user/a', true, true)).toBe('direct');
  });
});

describe('callers', () => {
  it.each([
    ['anonymous', 'anonymous', null],
    ['arn:aws:iam::111111111111:root', 'root', '111111111111'],
    ['arn:aws:iam::111111111111:user/a', 'user', '111111111111'],
    [SESSION, 'assumed-role', '111111111111'],
    ['arn:aws:sts::111111111111:federated-user/f', 'federated-user', '111111111111'],
    ['ec2.amazonaws.com', 'service', null],
  ])('%s is a %s caller of account %s', (name, kind, account) => {
    const caller = parseCaller(name);
    expect([caller.kind, caller.account]).toEqual([kind, account]);
  });
});

describe('resource account from the ARN', () => {
  it.each([
    ['arn:aws:sqs:us-east-1:222222222222:jobs', '222222222222'],
    ['arn:aws:iam::111111111111:user/x', '111111111111'],
    ['arn:aws:s3:::bucket/key', null],
    ['*', null],
  ])('the account of %s is %s (S3 ARNs and "*" carry none)', (arn, account) => {
    expect(arnAccount(arn)).toBe(account);
  });
});
