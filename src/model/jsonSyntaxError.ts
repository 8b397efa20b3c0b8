// Locates the first syntax error of a JSON text as a line and column, so a person can find it in the
// file: JSON.parse's own message names a character offset at best ("Unexpected end of JSON input" not even that).

import { parse, printParseErrorCode } from 'jsonc-parser';
import type { ParseError } from 'jsonc-parser';

/** The 1-based line and column of `offset` in `text` (CR LF, CR and LF each end a line). */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const ch = text[i];
    if (ch === '\r' && text[i + 1] === '\n') i++;
    if (ch === '\n' || ch === '\r') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** "ValueExpected" → "value expected": jsonc-parser's error names read well enough as words. */
const words = (code: string) => code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

/**
 * Where and what the first JSON syntax error in `text` is, e.g. `line 1, column 12: value expected (found end
 * of text)`; null when strict JSON rules find nothing wrong.
 */
export function describeJsonSyntaxError(text: string): string | null {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return null;
  const { line, column } = lineAndColumn(text, first.offset);
  const found =
    first.offset >= text.length
      ? 'end of text'
      : JSON.stringify(text.slice(first.offset, first.offset + Math.max(1, first.length)).slice(0, 20));
  return `line ${line}, column ${column}: ${words(printParseErrorCode(first.error))} (found ${found})`;
}
