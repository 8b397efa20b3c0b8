// Names of saved scenarios: new names never repeat, typed names and account ids are checked, and export
// file names are safe on every operating system.
import { describe, expect, it } from 'vitest';
import {
  accountIdProblem,
  duplicateName,
  exportFileName,
  scenarioNameProblem,
  uniqueName,
} from '../../../src/ui/state/scenarioNames';

describe('scenario names', () => {
  it('a name already taken gets the first free number', () => {
    expect(uniqueName('Example Corp', ['First'])).toBe('Example Corp');
    expect(uniqueName('Example Corp', ['Example Corp', 'Example Corp (2)'])).toBe('Example Corp (3)');
  });

  it('a duplicate is named as a copy', () => {
    expect(duplicateName('Lab', ['Lab'])).toBe('Lab (copy)');
    expect(duplicateName('Lab', ['Lab', 'Lab (copy)'])).toBe('Lab (copy) (2)');
  });

  it.each([
    ['', 'Enter a name.'],
    ['   ', 'Enter a name.'],
    ['x'.repeat(201), 'A name has at most 200 characters.'],
    ['Lab 1', null],
  ])('the name %j: %s', (name, problem) => {
    expect(scenarioNameProblem(name)).toBe(problem);
  });

  it('an AWS account id is exactly 12 digits, a leading zero included', () => {
    expect(accountIdProblem('012345678901')).toBeNull();
    for (const bad of ['12345678901', '1234567890123', '12345678901a', '1234-5678-9012'])
      expect(accountIdProblem(bad)).toMatch(/12 digits/);
  });
});

describe('export file names', () => {
  it.each([
    ['Example Corp', 'Example Corp.iam-playground.json'],
    ['a/b\\c: "d"?', 'a-b-c- -d-.iam-playground.json'],
    ['..', 'scenario.iam-playground.json'],
  ])('%j is saved as %j', (name, fileName) => {
    expect(exportFileName(name)).toBe(fileName);
  });
});
