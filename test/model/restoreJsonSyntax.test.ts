// A scenario file that is not JSON is refused with the line and column of its first syntax error,
// so a person can find the mistake in the file they edited.
import { describe, expect, it } from 'vitest';
import { restoreScenario } from '../../src/model';
import { lineAndColumn } from '../../src/model/jsonSyntaxError';

const messageOf = (text: string): string => {
  const r = restoreScenario(text);
  if (r.type === 'success') throw new Error('restored a malformed file');
  expect(r.errors[0].code).toBe('InvalidScenario');
  return r.errors[0].message;
};

describe('malformed scenario JSON', () => {
  it.each([
    [
      'a document cut off after a property name',
      '{"format": ',
      'line 1, column 12: value expected (found end of text)',
    ],
    ['a missing colon', '{"format" "x"}', 'line 1, column 11: colon expected (found "\\"x\\"")'],
    [
      'a bare word on the third line',
      '{\n  "format": 1,\n  oops\n}',
      'line 3, column 3: invalid symbol (found "oops")',
    ],
    ['a trailing comma', '{\r\n  "version": 1,\r\n}', 'line 3, column 1: property name expected (found "}")'],
    ['a comment', '{"version": 1} // note', 'line 1, column 16: invalid comment token'],
    ['an empty file', '', 'line 1, column 1: value expected (found end of text)'],
  ])('%s is reported with its line and column', (_name, text, where) => {
    expect(messageOf(text)).toContain(`The scenario is not valid JSON: ${where}`);
  });

  it('valid JSON of the wrong shape is not reported as a syntax error', () => {
    expect(messageOf('[1, 2]')).toBe('A scenario document must be a JSON object.');
  });
});

describe('lineAndColumn', () => {
  it('counts CR LF as one line break and columns from 1', () => {
    expect(lineAndColumn('ab\r\ncd\nef', 8)).toEqual({ line: 3, column: 2 });
    expect(lineAndColumn('ab', 0)).toEqual({ line: 1, column: 1 });
  });
});
