// The typed policy the parser produces: elements as AWS defines them, with the source range of each
// statement, value and condition entry, and the "one value or an array" forms normalised to lists.

import { describe, expect, it } from 'vitest';
import { parsePolicy, parsePolicyValue } from '../../../src/engine/parse/parsePolicy';
import type { Policy, SourceRange } from '../../../src/engine/policy';

/** The text a range covers, for readable range assertions. */
const cover = (text: string, range: SourceRange) => text.slice(range.startOffset, range.endOffset);

const text = [
  '{',
  '  "Version": "2012-10-17",',
  '  "Id": "example",',
  '  "Statement": [',
  '    {',
  '      "Sid": "ReadOwnFolder",',
  '      "Effect": "Allow",',
  '      "Action": ["s3:GetObject", "s3:ListBucket"],',
  '      "Resource": "arn:aws:s3:::photos/${aws:username}/*",',
  '      "Condition": {',
  '        "ForAnyValue:StringLikeIfExists": {"aws:PrincipalTag/team": ["blue", "green"]},',
  '        "NumericLessThan": {"s3:max-keys": 10.50},',
  '        "Bool": {"aws:SecureTransport": true}',
  '      }',
  '    },',
  '    {"Effect": "Deny", "NotAction": "iam:*", "NotResource": ["arn:aws:iam::111122223333:role/admin"]}',
  '  ]',
  '}',
].join('\n');

function parsed(source: string, kind: Parameters<typeof parsePolicy>[1] = 'identity'): Policy {
  const { policy, diagnostics } = parsePolicy(source, kind);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return policy!;
}

describe('the parsed policy', () => {
  const policy = parsed(text);
  const [first, second] = policy.statements;

  it('keeps Version and Id', () => {
    expect(policy.version).toBe('2012-10-17');
    expect(policy.id).toBe('example');
    expect(policy.range).toMatchObject({
      startLine: 1,
      startColumn: 1,
      endLine: 18,
      endColumn: 2,
      startOffset: 0,
      endOffset: text.length,
    });
  });

  it('gives each statement its index, Sid, Effect and the range of its object', () => {
    expect(first).toMatchObject({ index: 0, sid: 'ReadOwnFolder', effect: 'Allow' });
    expect(first.range).toMatchObject({ startLine: 5, startColumn: 5, endLine: 15, endColumn: 6 });
    expect(cover(text, second.range)).toMatch(/^\{"Effect": "Deny".*\}$/);
    expect(second).toMatchObject({ index: 1, sid: null, effect: 'Deny', principal: null, conditions: [] });
  });

  it('turns an Action array into a list with the range of each value', () => {
    expect(first.action).toMatchObject({ negated: false, values: ['s3:GetObject', 's3:ListBucket'] });
    expect(first.action.valueRanges.map((r) => cover(text, r))).toEqual(['"s3:GetObject"', '"s3:ListBucket"']);
    expect(first.action.valueRanges[1]).toMatchObject({ startLine: 8, startColumn: 34, endLine: 8, endColumn: 49 });
    expect(cover(text, first.action.range)).toBe('"Action": ["s3:GetObject", "s3:ListBucket"]');
  });

  it('turns a lone Resource string into a one-element list', () => {
    expect(first.resource).toMatchObject({ negated: false, values: ['arn:aws:s3:::photos/${aws:username}/*'] });
    expect(cover(text, first.resource!.valueRanges[0])).toBe('"arn:aws:s3:::photos/${aws:username}/*"');
  });

  it('marks NotAction and NotResource as negated lists', () => {
    expect(second.action).toMatchObject({ negated: true, values: ['iam:*'] });
    expect(second.resource).toMatchObject({ negated: true, values: ['arn:aws:iam::111122223333:role/admin'] });
  });

  it('splits a condition operator into base operator, set qualifier and IfExists', () => {
    expect(first.conditions[0]).toMatchObject({
      raw: 'ForAnyValue:StringLikeIfExists',
      operator: 'StringLike',
      qualifier: 'ForAnyValue',
      ifExists: true,
      key: 'aws:PrincipalTag/team',
      values: ['blue', 'green'],
    });
    expect(cover(text, first.conditions[0].range)).toBe('"aws:PrincipalTag/team": ["blue", "green"]');
    expect(first.conditions[0].valueRanges.map((r) => cover(text, r))).toEqual(['"blue"', '"green"']);
  });

  it('keeps numbers and booleans in condition values as their JSON text', () => {
    expect(first.conditions[1]).toMatchObject({
      operator: 'NumericLessThan',
      qualifier: null,
      ifExists: false,
      values: ['10.50'],
    });
    expect(first.conditions[2]).toMatchObject({ operator: 'Bool', values: ['true'] });
    expect(first.conditions[2].range).toMatchObject({ startLine: 13, startColumn: 18, endLine: 13, endColumn: 45 });
  });

  it('accepts federation condition keys, whose prefixes hold dots', () => {
    const trust = parsed(
      '{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "sts:AssumeRoleWithWebIdentity", "Principal": {"Federated": "accounts.google.com"}, "Condition": {"StringEquals": {"accounts.google.com:aud": "app-id"}}}}',
      'trust',
    );
    expect(trust.statements[0].conditions[0].key).toBe('accounts.google.com:aud');
  });

  it('accepts a single Statement object as statement 0', () => {
    const single = parsed(
      '{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}',
    );
    expect(single.statements).toHaveLength(1);
    expect(single.statements[0]).toMatchObject({ index: 0, action: { values: ['*'] }, resource: { values: ['*'] } });
  });
});

describe('principals', () => {
  const policyWith = (principal: string) =>
    parsed(
      `{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Principal": ${principal}}}`,
      'resource',
    ).statements[0].principal!;

  it('records Principal "*" as a wildcard with no entries', () => {
    expect(policyWith('"*"')).toMatchObject({ negated: false, wildcard: true, entries: [] });
  });

  it('records {"AWS": "*"} as a wildcard too, keeping the entry as written', () => {
    expect(policyWith('{"AWS": "*"}')).toMatchObject({ wildcard: true, entries: [{ type: 'AWS', values: ['*'] }] });
  });

  it('reads each principal type with one value or an array of values', () => {
    const block = policyWith(
      '{"AWS": ["111122223333", "arn:aws:iam::111122223333:user/alice"], "Service": "ec2.amazonaws.com"}',
    );
    expect(block.wildcard).toBe(false);
    expect(block.entries).toMatchObject([
      { type: 'AWS', values: ['111122223333', 'arn:aws:iam::111122223333:user/alice'] },
      { type: 'Service', values: ['ec2.amazonaws.com'] },
    ]);
    expect(block.entries[0].valueRanges).toHaveLength(2);
  });

  it('a role trust policy needs no Resource', () => {
    const trust = parsed(
      '{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"Service": "ec2.amazonaws.com"}}}',
      'trust',
    );
    expect(trust.statements[0].resource).toBeNull();
  });

  it('NotPrincipal with Deny is read as a negated block', () => {
    const policy = parsed(
      '{"Version": "2012-10-17", "Statement": {"Effect": "Deny", "Action": "*", "Resource": "*", "NotPrincipal": {"AWS": "111122223333"}}}',
      'resource',
    );
    expect(policy.statements[0].principal).toMatchObject({ negated: true, wildcard: false });
  });
});

describe('source positions', () => {
  it('counts CRLF as one line break, as the editor does', () => {
    const crlf =
      '{\r\n"Version": "2012-10-17",\r\n"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}\r\n}';
    const statement = parsed(crlf).statements[0];
    expect(statement.range).toMatchObject({ startLine: 3, startColumn: 14, endLine: 3, endColumn: 65 });
  });

  it('places a JSON syntax error at its line and column', () => {
    const { policy, diagnostics } = parsePolicy('{\n  "Version": "2012-10-17"\n  "Statement": []\n}', 'identity');
    expect(policy).toBeNull();
    expect(diagnostics[0]).toMatchObject({
      code: 'json-syntax',
      severity: 'error',
      range: { startLine: 3, startColumn: 3 },
    });
  });
});

describe('parsePolicyValue', () => {
  it('parses an already-parsed object through its pretty-printed text, so ranges exist', () => {
    const { policy, diagnostics } = parsePolicyValue(
      { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] },
      'identity',
    );
    expect(diagnostics).toEqual([]);
    expect(policy!.statements[0].action.valueRanges[0]).toMatchObject({ startLine: 6, startColumn: 17 });
  });

  it('reports a value that is not an object', () => {
    expect(parsePolicyValue(['Statement'], 'identity').diagnostics[0].code).toBe('policy-not-object');
    expect(parsePolicyValue(undefined, 'identity').policy).toBeNull();
  });
});
