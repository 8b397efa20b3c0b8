// The policy-variable syntax of the IAM User Guide ("IAM policy elements: Variables and tags"):
// `${key}`, defaults `${key, 'default'}`, the special characters `${*}`, `${?}`, `${$}`, and what is malformed.

import { describe, expect, it } from 'vitest';
import { CONDITION_OPERATORS } from '../../../src/engine/parse/conditionOperator';
import { hasVariables, operatorSupportsVariables, tokenizeVariables } from '../../../src/engine/variables';

describe('policy variable tokenizer', () => {
  it('splits a value into text and a variable naming a context key', () => {
    expect(tokenizeVariables('arn:aws:s3:::bucket/${aws:username}/*')).toEqual({
      segments: [
        { kind: 'text', text: 'arn:aws:s3:::bucket/', start: 0, end: 20 },
        { kind: 'variable', key: 'aws:username', defaultValue: null, start: 20, end: 35 },
        { kind: 'text', text: '/*', start: 35, end: 37 },
      ],
      problems: [],
    });
  });

  it('reads a tag key after the slash of aws:PrincipalTag/', () => {
    expect(tokenizeVariables('${aws:PrincipalTag/cost-center}').segments).toMatchObject([
      { kind: 'variable', key: 'aws:PrincipalTag/cost-center' },
    ]);
  });

  it('reads web identity and OIDC keys, whose prefixes hold dots and slashes', () => {
    expect(tokenizeVariables('${accounts.google.com:sub}').segments).toMatchObject([
      { kind: 'variable', key: 'accounts.google.com:sub' },
    ]);
    expect(tokenizeVariables('${oidc.eks.us-east-1.amazonaws.com/id/ABC123:sub}').segments).toMatchObject([
      { kind: 'variable', key: 'oidc.eks.us-east-1.amazonaws.com/id/ABC123:sub' },
    ]);
  });

  it('reads a default value given after a comma in single quotes', () => {
    expect(tokenizeVariables("${aws:PrincipalTag/team, 'company-wide'}").segments).toMatchObject([
      { kind: 'variable', key: 'aws:PrincipalTag/team', defaultValue: 'company-wide' },
    ]);
    expect(tokenizeVariables("${s3:prefix,''}").segments).toMatchObject([
      { kind: 'variable', key: 's3:prefix', defaultValue: '' },
    ]);
  });

  it('treats ${*}, ${?} and ${$} as the literal characters, not wildcards', () => {
    expect(tokenizeVariables('a${*}b${?}c${$}').segments).toMatchObject([
      { kind: 'text', text: 'a' },
      { kind: 'literal', char: '*' },
      { kind: 'text', text: 'b' },
      { kind: 'literal', char: '?' },
      { kind: 'text', text: 'c' },
      { kind: 'literal', char: '$' },
    ]);
  });

  it('leaves a value without "${" as one text segment', () => {
    expect(hasVariables('arn:aws:s3:::bucket/$HOME/*')).toBe(false);
    expect(tokenizeVariables('a$b').segments).toEqual([{ kind: 'text', text: 'a$b', start: 0, end: 3 }]);
  });

  const malformed: [string, string, number, number][] = [
    ['an unclosed variable', 'x/${aws:username', 2, 16],
    ['an empty variable', 'x/${}', 2, 5],
    ['a key without a service prefix', '${username}', 0, 11],
    ['a default value without quotes', '${aws:username, bob}', 0, 20],
    ['a nested variable', '${aws:PrincipalTag/${aws:username}}', 0, 34],
  ];
  it.each(malformed)('reports %s, with its offsets, and keeps it as text', (_name, value, start, end) => {
    const { segments, problems } = tokenizeVariables(value);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ start, end });
    expect(segments.every((s) => s.kind === 'text')).toBe(true);
    expect(segments.map((s) => (s.kind === 'text' ? s.text : '')).join('')).toBe(value);
  });
});

describe('operators that support policy variables', () => {
  it('String, Bool and ARN operators do; Numeric, Date, Binary, IP address and Null do not', () => {
    expect(CONDITION_OPERATORS.filter(operatorSupportsVariables)).toEqual([
      'StringEquals',
      'StringNotEquals',
      'StringEqualsIgnoreCase',
      'StringNotEqualsIgnoreCase',
      'StringLike',
      'StringNotLike',
      'Bool',
      'ArnEquals',
      'ArnNotEquals',
      'ArnLike',
      'ArnNotLike',
    ]);
  });
});
