// Context values typed by the user, and the condition keys that applicable policies test but the
// request lacks (as the IAM simulator reports them in MissingContextValues).
import { describe, expect, it } from 'vitest';
import { parsePolicyValue } from '../../../src/engine/parse/parsePolicy';
import {
  contextRows,
  formatContextValue,
  missingContextKeys,
  parseOverride,
} from '../../../src/ui/simulator/requestContext';

const policy = parsePolicyValue(
  {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'ListOwnHome',
        Effect: 'Allow',
        Action: 's3:ListBucket',
        Resource: '*',
        Condition: { StringLike: { 's3:prefix': 'home/*' } },
      },
      {
        Sid: 'NeedMfa',
        Effect: 'Deny',
        NotAction: 'iam:*',
        Resource: '*',
        Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
      },
      {
        Effect: 'Allow',
        Action: 'ec2:*',
        Resource: '*',
        Condition: { StringEquals: { 'ec2:InstanceType': 't3.micro' } },
      },
    ],
  },
  'identity',
).policy!;

describe('missing context keys', () => {
  it('are the keys tested by statements that cover the action, absent from the context (compared case-insensitively)', () => {
    const missing = missingContextKeys([{ label: 'p', policy }], 's3:ListBucket', {
      'AWS:MULTIFACTORAUTHPRESENT': 'true',
    });
    expect(missing).toEqual([
      { key: 's3:prefix', testedBy: [{ policy: 'p', statement: 'ListOwnHome', operator: 'StringLike' }] },
    ]);
  });

  it('follow NotAction: a statement that excludes the action tests nothing for it', () => {
    expect(missingContextKeys([{ label: 'p', policy }], 'iam:ListUsers', {})).toEqual([]);
    expect(missingContextKeys([{ label: 'p', policy }], 'ec2:RunInstances', {}).map((m) => m.key)).toEqual([
      'aws:MultiFactorAuthPresent',
      'ec2:InstanceType',
    ]);
  });
});

describe('typed context values', () => {
  it('are one string unless written as a JSON list, which makes a multi-valued key', () => {
    expect(parseOverride('10.0.0.1')).toBe('10.0.0.1');
    expect(parseOverride('["a", "b"]')).toEqual(['a', 'b']);
    expect(parseOverride('[not json')).toBe('[not json');
  });

  it('round-trip through the text shown in the field', () => {
    for (const v of ['x', ['o-1/r-2/', 'o-1/r-3/']]) expect(parseOverride(formatContextValue(v))).toEqual(v);
  });
});

describe('the context table', () => {
  it('shows each derived key once, and marks keys whose value differs between requests, or that some lack, as varying', () => {
    const rows = contextRows([
      { 'aws:SourceIp': '192.0.2.10', 'aws:ResourceTag/team': 'a', 'aws:PrincipalOrgPaths': ['o/r/'] },
      { 'aws:SourceIp': '192.0.2.10', 'aws:PrincipalOrgPaths': ['o/r/'] },
      { 'aws:SourceIp': '192.0.2.10', 'aws:ResourceTag/team': 'b', 'aws:PrincipalOrgPaths': ['o/r/'] },
    ]);
    expect(rows).toEqual([
      { key: 'aws:PrincipalOrgPaths', value: ['o/r/'], varies: false },
      { key: 'aws:ResourceTag/team', value: null, varies: true },
      { key: 'aws:SourceIp', value: '192.0.2.10', varies: false },
    ]);
  });
});
