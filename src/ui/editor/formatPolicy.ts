// Formatting of policy JSON: two-space indentation, as the IAM console shows documents.
import { applyEdits, format } from 'jsonc-parser';

/** A text edit in offsets, the shape both jsonc-parser and the Monaco adapter use. */
export interface TextEdit {
  offset: number;
  length: number;
  content: string;
}

const OPTIONS = { tabSize: 2, insertSpaces: true, eol: '\n', insertFinalNewline: false } as const;

/** The edits that format `text` (minimal, so the cursor and undo history survive). */
export function policyFormatEdits(text: string): TextEdit[] {
  return format(text, undefined, OPTIONS);
}

/** `text` formatted. */
export function formatPolicyText(text: string): string {
  return applyEdits(text, policyFormatEdits(text));
}
