// Condition operators and their combination rules, as the "Condition operators" and
// "Single-valued vs. multivalued context keys" pages document them.
import { describe, expect, it } from 'vitest';
import type { ContextValue } from '../../src/engine/contract';
import { compileCondition, evaluateCondition } from '../../src/engine/evaluate/conditions';
import { prepareContext } from '../../src/engine/evaluate/requestContext';
import type { ConditionEntry, ConditionOperatorName, SetQualifier, SourceRange } from '../../src/engine/policy';

const RANGE: SourceRange = { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1, startOffset: 0, endOffset: 0 };

/** Evaluates `"<raw>": {"<key>": values}` against a context. */
function holds(
  raw: string,
  key: string,
  values: string[],
  context: Record<string, ContextValue>,
  version2012 = true,
): boolean {
  const qualifier = (raw.match(/^(ForAllValues|ForAnyValue):/)?.[1] ?? null) as SetQualifier | null;
  const base = raw.replace(/^(ForAllValues|ForAnyValue):/, '');
  const ifExists = base.endsWith('IfExists');
  const entry: ConditionEntry = {
    raw,
    operator: base.replace(/IfExists$/, '') as ConditionOperatorName,
    qualifier,
    ifExists,
    key,
    values,
    valueRanges: values.map(() => RANGE),
    range: RANGE,
  };
  return evaluateCondition(compileCondition(entry, version2012), prepareContext(context));
}

const OPERATOR_CASES: [ConditionOperatorName, string, string, string][] = [
  // operator, policy value, a request value that matches, one that does not
  ['StringEquals', 'abc', 'abc', 'ABC'],
  ['StringNotEquals', 'abc', 'ABC', 'abc'],
  ['StringEqualsIgnoreCase', 'abc', 'ABC', 'abd'],
  ['StringNotEqualsIgnoreCase', 'abc', 'abd', 'ABC'],
  ['StringLike', 'a*c?', 'abbcd', 'abbc'],
  ['StringNotLike', 'a*c?', 'abbc', 'abbcd'],
  ['NumericEquals', '10', '10.0', '11'],
  ['NumericNotEquals', '10', '11', '10'],
  ['NumericLessThan', '10', '9.5', '10'],
  ['NumericLessThanEquals', '10', '10', '10.01'],
  ['NumericGreaterThan', '10', '10.5', '10'],
  ['NumericGreaterThanEquals', '10', '10', '9'],
  ['DateEquals', '2024-01-01T00:00:00Z', '1704067200', '2024-01-01T00:00:01Z'],
  ['DateNotEquals', '2024-01-01T00:00:00Z', '2024-01-02', '2024-01-01'],
  ['DateLessThan', '2024-01-01T00:00:00Z', '2023-12-31T23:59:59Z', '2024-01-01T00:00:00Z'],
  ['DateLessThanEquals', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z', '2024-01-01T00:00:01Z'],
  ['DateGreaterThan', '2024-01-01T00:00:00Z', '2024-01-01T00:00:01Z', '2024-01-01T00:00:00Z'],
  ['DateGreaterThanEquals', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z', '2023-12-31'],
  ['Bool', 'true', 'true', 'false'],
  ['BinaryEquals', 'aGVsbG8=', 'aGVsbG8=', 'd29ybGQ='],
  ['IpAddress', '10.0.0.0/8', '10.1.2.3', '11.0.0.1'],
  ['NotIpAddress', '10.0.0.0/8', '11.0.0.1', '10.1.2.3'],
  [
    'ArnEquals',
    'arn:aws:sns:*:111111111111:t*',
    'arn:aws:sns:us-east-1:111111111111:topic',
    'arn:aws:sns:us-east-1:222222222222:topic',
  ],
  [
    'ArnNotEquals',
    'arn:aws:sns:*:111111111111:t*',
    'arn:aws:sns:us-east-1:222222222222:topic',
    'arn:aws:sns:us-east-1:111111111111:topic',
  ],
  [
    'ArnLike',
    'arn:aws:sns:*:111111111111:t*',
    'arn:aws:sns:us-east-1:111111111111:topic',
    'arn:aws:sns:us-east-1:111111111111:Topic',
  ],
  [
    'ArnNotLike',
    'arn:aws:sns:*:111111111111:t*',
    'arn:aws:sns:us-east-1:111111111111:Topic',
    'arn:aws:sns:us-east-1:111111111111:topic',
  ],
];
const NEGATED = new Set([
  'StringNotEquals',
  'StringNotEqualsIgnoreCase',
  'StringNotLike',
  'NumericNotEquals',
  'DateNotEquals',
  'NotIpAddress',
  'ArnNotEquals',
  'ArnNotLike',
]);

describe.each(OPERATOR_CASES)('%s', (operator, policyValue, matching, other) => {
  it('is true for a matching request value', () => {
    expect(holds(operator, 'k:v', [policyValue], { 'k:v': matching })).toBe(true);
  });
  it('is false for a non-matching request value', () => {
    expect(holds(operator, 'k:v', [policyValue], { 'k:v': other })).toBe(false);
  });
  it(`on a missing key is ${NEGATED.has(operator)} (only negated operators hold on a missing key)`, () => {
    expect(holds(operator, 'k:v', [policyValue], {})).toBe(NEGATED.has(operator));
  });
  it('with IfExists is true on a missing key and unchanged on a present one', () => {
    expect(holds(`${operator}IfExists`, 'k:v', [policyValue], {})).toBe(true);
    expect(holds(`${operator}IfExists`, 'k:v', [policyValue], { 'k:v': other })).toBe(false);
  });
  it('ForAllValues is true on a missing key; ForAnyValue is false', () => {
    expect(holds(`ForAllValues:${operator}`, 'k:v', [policyValue], {})).toBe(true);
    expect(holds(`ForAnyValue:${operator}`, 'k:v', [policyValue], {})).toBe(false);
  });
});

describe('condition rules', () => {
  it.each([
    ['StringEquals', ['x', 'abc'], 'abc', true],
    ['ArnLike', ['arn:aws:sns:*:1:a', 'arn:aws:sns:*:1:b*'], 'arn:aws:sns:us-east-1:1:bee', true],
    ['NumericLessThan', ['1', '100'], '50', true],
    ['StringNotEquals', ['x', 'abc'], 'abc', false],
    ['NotIpAddress', ['192.0.2.0/24', '10.0.0.0/8'], '10.1.1.1', false],
    ['DateNotEquals', ['2020-01-01', '2024-01-01'], '2024-01-01T00:00:00Z', false],
  ])('several values for one key: %s ORs them (negated operators NOR them)', (operator, values, value, expected) => {
    expect(holds(operator, 'k:v', values, { 'k:v': value })).toBe(expected);
  });
  it('context key names are case-insensitive, including the tag-key part', () => {
    expect(holds('StringEquals', 'AWS:PrincipalTag/Team', ['red'], { 'aws:principaltag/team': 'red' })).toBe(true);
  });
  it('Null "true" holds when the key is absent and "false" when it is present', () => {
    expect(holds('Null', 'k:v', ['true'], {})).toBe(true);
    expect(holds('Null', 'k:v', ['true'], { 'k:v': 'x' })).toBe(false);
    expect(holds('Null', 'k:v', ['false'], { 'k:v': 'x' })).toBe(true);
    expect(holds('Null', 'k:v', ['false'], {})).toBe(false);
  });
  it('ForAllValues requires every request value to match; an empty set passes', () => {
    expect(holds('ForAllValues:StringEquals', 'k:v', ['a', 'b'], { 'k:v': ['a', 'b'] })).toBe(true);
    expect(holds('ForAllValues:StringEquals', 'k:v', ['a', 'b'], { 'k:v': ['a', 'c'] })).toBe(false);
    expect(holds('ForAllValues:StringEquals', 'k:v', ['a'], { 'k:v': [] })).toBe(true);
  });
  it('ForAnyValue requires one request value to match; an empty set fails', () => {
    expect(holds('ForAnyValue:StringEquals', 'k:v', ['a'], { 'k:v': ['c', 'a'] })).toBe(true);
    expect(holds('ForAnyValue:StringEquals', 'k:v', ['a'], { 'k:v': [] })).toBe(false);
  });
  it('ForAnyValue with a negated operator holds when some request value matches no policy value', () => {
    expect(holds('ForAnyValue:StringNotEquals', 'k:v', ['a'], { 'k:v': ['a', 'b'] })).toBe(true);
    expect(holds('ForAnyValue:StringNotEquals', 'k:v', ['a'], { 'k:v': ['a'] })).toBe(false);
  });
  it('a multivalued key with a single-valued operator: positive operators need one match, negated ones need none', () => {
    expect(holds('StringEquals', 'k:v', ['a'], { 'k:v': ['b', 'a'] })).toBe(true);
    expect(holds('StringNotEquals', 'k:v', ['a'], { 'k:v': ['b', 'a'] })).toBe(false);
    expect(holds('StringNotEquals', 'k:v', ['a'], { 'k:v': ['b', 'c'] })).toBe(true);
  });
  it.each(['Numeric', 'Date', 'Ip'])(
    'a malformed request value matches neither the %s operator nor its negation',
    (family) => {
      const [positive, negated, value] = {
        Numeric: ['NumericEquals', 'NumericNotEquals', '1'],
        Date: ['DateEquals', 'DateNotEquals', '2024-01-01'],
        Ip: ['IpAddress', 'NotIpAddress', '10.0.0.0/8'],
      }[family] as [string, string, string];
      expect(holds(positive, 'k:v', [value], { 'k:v': 'garbage' })).toBe(false);
      expect(holds(negated, 'k:v', [value], { 'k:v': 'garbage' })).toBe(false);
    },
  );
  it('a malformed policy value never matches, but does not stop another value from matching', () => {
    expect(holds('NumericEquals', 'k:v', ['ten', '10'], { 'k:v': '10' })).toBe(true);
    expect(holds('NumericEquals', 'k:v', ['ten'], { 'k:v': '10' })).toBe(false);
  });
  it('policy variables in condition values are substituted under 2012-10-17 only', () => {
    const context = { 'aws:username': 'alice', 'k:v': 'alice' };
    expect(holds('StringEquals', 'k:v', ['${aws:username}'], context)).toBe(true);
    expect(holds('StringEquals', 'k:v', ['${aws:username}'], context, false)).toBe(false);
  });
  it('an unresolvable variable makes a positive operator fail and a negated one hold', () => {
    expect(holds('StringEquals', 'k:v', ['${aws:username}'], { 'k:v': 'alice' })).toBe(false);
    expect(holds('StringNotEquals', 'k:v', ['${aws:username}'], { 'k:v': 'alice' })).toBe(true);
  });
  it("a variable's default is used when its key is absent", () => {
    expect(holds('StringEquals', 'k:v', ["${aws:PrincipalTag/team, 'none'}"], { 'k:v': 'none' })).toBe(true);
  });
  it('String, ARN and Bool operators support policy variables', () => {
    const context = {
      'aws:PrincipalTag/v': 'alice',
      'aws:PrincipalTag/flag': 'true',
      'k:s': 'ALICE',
      'k:b': 'true',
      'k:a': 'arn:aws:iam::111111111111:user/alice',
    };
    expect(holds('StringEqualsIgnoreCase', 'k:s', ['${aws:PrincipalTag/v}'], context)).toBe(true);
    expect(holds('ArnLike', 'k:a', ['arn:aws:iam::*:user/${aws:PrincipalTag/v}'], context)).toBe(true);
    expect(holds('Bool', 'k:b', ['${aws:PrincipalTag/flag}'], context)).toBe(true);
  });
  it.each([
    ['NumericEquals', '10', false],
    ['NumericNotEquals', '10', true],
    ['DateEquals', '2030-01-01T00:00:00Z', false],
    ['DateNotEquals', '2030-01-01T00:00:00Z', true],
    ['IpAddress', '203.0.113.5', false],
    ['NotIpAddress', '203.0.113.5', true],
    ['BinaryEquals', 'aGVsbG8=', false],
  ] as const)(
    '%s does not support policy variables: ${...} is literal text that matches nothing',
    (operator, value, expected) => {
      // With substitution the variable's value would equal the request value, so each operator would flip.
      const context = { 'aws:PrincipalTag/v': value, 'k:v': value };
      expect(holds(operator, 'k:v', ['${aws:PrincipalTag/v}'], context)).toBe(expected);
      expect(holds(operator, 'k:v', ["${aws:PrincipalTag/absent, '" + value + "'}"], context)).toBe(expected);
    },
  );
  it('${*}, ${?} and ${$} are literal characters in StringLike', () => {
    expect(holds('StringLike', 'k:v', ['a${*}b${?}${$}'], { 'k:v': 'a*b?$' })).toBe(true);
    expect(holds('StringLike', 'k:v', ['a${*}b'], { 'k:v': 'axxb' })).toBe(false);
  });
});
