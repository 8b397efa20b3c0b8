// Maps offsets in a policy's JSON text to the 1-based line/column ranges the editor (Monaco) uses.

import type { SourceRange } from '../policy';

/** A text with a line index, turning offset spans into SourceRanges. */
export class SourceText {
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      // CR LF counts as one line break, as in Monaco; a lone CR or LF is one too.
      if (ch === 13 && text.charCodeAt(i + 1) === 10) i++;
      if (ch === 10 || ch === 13) this.lineStarts.push(i + 1);
    }
  }

  /** The range of `length` UTF-16 code units from `offset`; the end column is exclusive, as in Monaco. */
  range(offset: number, length: number): SourceRange {
    const start = this.position(offset);
    const end = this.position(offset + length);
    return {
      startLine: start.line,
      startColumn: start.column,
      endLine: end.line,
      endColumn: end.column,
      startOffset: offset,
      endOffset: offset + length,
    };
  }

  private position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.lineStarts[low] + 1 };
  }
}
