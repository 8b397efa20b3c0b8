// Test helper: a policy text with `|` marking the cursor, split into text and offset.
/** Removes the `|` cursor mark and returns the text and the cursor's offset. */
export function atCursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf('|');
  if (offset < 0) throw new Error('no | cursor mark in the text');
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), offset };
}
