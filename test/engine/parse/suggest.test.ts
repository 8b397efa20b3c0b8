// Misspelt names get a "did you mean" hint naming the closest valid name.

import { describe, expect, it } from 'vitest';
import { readConditionOperator } from '../../../src/engine/parse/conditionOperator';
import { parsePolicy } from '../../../src/engine/parse/parsePolicy';
import { closestName } from '../../../src/engine/parse/suggest';

const messagesOf = (text: string) => parsePolicy(text, 'identity').diagnostics.map((d) => d.message);

describe('did-you-mean hints', () => {
  it('find the closest name within two edits, ignoring case', () => {
    expect(closestName('Actions', ['Action', 'NotAction', 'Resource'])).toBe('Action');
    expect(closestName('resource', ['Action', 'Resource'])).toBe('Resource');
    expect(closestName('Banana', ['Action', 'Resource'])).toBeNull();
  });

  it('name the statement element a misspelt one was probably meant to be', () => {
    expect(
      messagesOf('{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Actions": "*", "Resource": "*"}}'),
    ).toContain('unknown element "Actions" in Statement[0]; did you mean "Action"?');
  });

  it('say when only the case of an element name is wrong', () => {
    expect(
      messagesOf('{"version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}'),
    ).toContain('unknown top-level element "version"; did you mean "Version"? (names are case-sensitive)');
  });

  it('say that a statement element at the top level belongs inside a statement', () => {
    expect(
      messagesOf(
        '{"Version": "2012-10-17", "Effect": "Allow", "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}',
      ),
    ).toContain('unknown top-level element "Effect" (Effect belongs inside a statement)');
  });

  it('keep the qualifier and IfExists when suggesting a condition operator', () => {
    expect(readConditionOperator('ForAnyValue:StringEqualzIfExists')).toMatchObject({
      message:
        'unknown condition operator "ForAnyValue:StringEqualzIfExists"; did you mean "ForAnyValue:StringEqualsIfExists"?',
    });
    expect(readConditionOperator('ForAnyValues:StringEquals')).toMatchObject({
      message: expect.stringContaining('did you mean "ForAnyValue"?'),
    });
  });
});
