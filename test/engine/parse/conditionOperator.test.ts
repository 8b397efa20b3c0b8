// Condition operator names as the "Condition operators" page defines them: the base operators, the
// ...IfExists suffix, the ForAllValues:/ForAnyValue: qualifiers, and the combinations AWS rejects.

import { describe, expect, it } from 'vitest';
import { CONDITION_OPERATORS, readConditionOperator } from '../../../src/engine/parse/conditionOperator';

describe('condition operator names', () => {
  it.each(CONDITION_OPERATORS.filter((op) => op !== 'Null'))('%s accepts IfExists and both set qualifiers', (op) => {
    expect(readConditionOperator(op)).toEqual({ ok: true, operator: op, qualifier: null, ifExists: false });
    expect(readConditionOperator(`${op}IfExists`)).toEqual({ ok: true, operator: op, qualifier: null, ifExists: true });
    expect(readConditionOperator(`ForAllValues:${op}`)).toEqual({
      ok: true,
      operator: op,
      qualifier: 'ForAllValues',
      ifExists: false,
    });
    expect(readConditionOperator(`ForAnyValue:${op}IfExists`)).toEqual({
      ok: true,
      operator: op,
      qualifier: 'ForAnyValue',
      ifExists: true,
    });
  });

  it('Null is valid alone', () => {
    expect(readConditionOperator('Null')).toEqual({ ok: true, operator: 'Null', qualifier: null, ifExists: false });
  });

  it.each(['NullIfExists', 'ForAnyValue:Null'])('Null takes no IfExists or qualifier: %s', (raw) => {
    expect(readConditionOperator(raw)).toMatchObject({ ok: false, code: 'condition-operator-combination' });
  });

  it.each([
    'StringEqualz',
    'stringequals',
    'IfExists',
    'StringEqualsIfExistsIfExists',
    'ForAllValues:',
    'ForEach:StringEquals',
    'ForAllValues:ForAnyValue:StringEquals',
  ])('rejects %s as an unknown operator', (raw) => {
    expect(readConditionOperator(raw)).toMatchObject({ ok: false, code: 'condition-operator-unknown' });
  });
});
