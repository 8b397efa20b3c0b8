// Test helper: policy texts with the expected range marked as ⟦...⟧, so each case shows exactly where
// the editor should underline.

/** The text without markers and the marked span's offsets and 1-based line/column (end exclusive). */
export function unmark(marked: string): {
  text: string;
  range: {
    startOffset: number;
    endOffset: number;
    startLine: number;
    startColumn: number;
    endLine: number;
    endColumn: number;
  };
} {
  const start = marked.indexOf('⟦');
  const end = marked.indexOf('⟧') - 1;
  if (start < 0 || end < start) throw new Error(`no ⟦range⟧ in ${marked}`);
  const text = marked.replace('⟦', '').replace('⟧', '');
  const at = (offset: number) => {
    const before = text.slice(0, offset);
    return { line: before.split('\n').length, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
  };
  const s = at(start);
  const e = at(end);
  return {
    text,
    range: {
      startOffset: start,
      endOffset: end,
      startLine: s.line,
      startColumn: s.column,
      endLine: e.line,
      endColumn: e.column,
    },
  };
}
