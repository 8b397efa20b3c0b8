import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/engine/policy';
import { formatPolicyText } from '../../../src/ui/editor/formatPolicy';
import { MARKER_SEVERITY, diagnosticToMarker } from '../../../src/ui/editor/markers';

const range = (startLine: number, startColumn: number, endLine: number, endColumn: number) => ({
  startLine,
  startColumn,
  endLine,
  endColumn,
  startOffset: 0,
  endOffset: 0,
});

describe('parser diagnostics become editor markers', () => {
  it('a marker sits exactly at the diagnostic range, with its severity and code', () => {
    const d: Diagnostic = {
      code: 'bad-effect',
      severity: 'error',
      message: 'Effect must be Allow or Deny',
      range: range(3, 15, 3, 22),
    };
    expect(diagnosticToMarker(d)).toEqual({
      severity: MARKER_SEVERITY.error,
      message: d.message,
      code: 'bad-effect',
      source: 'IAM',
      startLineNumber: 3,
      startColumn: 15,
      endLineNumber: 3,
      endColumn: 22,
    });
  });

  it('an empty range (e.g. unexpected end of input) still underlines one character', () => {
    const d: Diagnostic = { code: 'invalid-json', severity: 'warning', message: 'x', range: range(5, 1, 5, 1) };
    expect(diagnosticToMarker(d)).toMatchObject({ severity: MARKER_SEVERITY.warning, startColumn: 1, endColumn: 2 });
  });
});

describe('formatting a policy', () => {
  it('indents with two spaces, one element per line', () => {
    expect(formatPolicyText('{"Version":"2012-10-17","Statement":[{"Effect":"Allow"}]}')).toBe(
      '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Effect": "Allow"\n    }\n  ]\n}',
    );
  });
});
