// Strict JSON on top of jsonc-parser's positioned tree: comments, trailing commas and duplicate keys,
// which jsonc tolerates or silently merges, are reported as errors because IAM accepts only plain JSON.

import { parseTree, printParseErrorCode } from 'jsonc-parser';
import type { Node, ParseError } from 'jsonc-parser';
import type { DiagnosticSink } from './diagnostics';
import { shown } from './diagnostics';

const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'invalid symbol',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'a property name in double quotes was expected',
  ValueExpected: 'a value was expected',
  ColonExpected: 'a colon was expected',
  CommaExpected: 'a comma was expected',
  CloseBraceExpected: 'a closing brace "}" was expected',
  CloseBracketExpected: 'a closing bracket "]" was expected',
  EndOfFileExpected: 'unexpected text after the end of the JSON value',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid unicode escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in string (control characters must be escaped)',
};

/** Far deeper than any policy needs; guards the recursive JSON parser against stack exhaustion. */
const MAX_DEPTH = 64;

/** Parses JSON text into a positioned tree, or reports why it is not strict JSON and returns null. */
export function parseStrictJson(sink: DiagnosticSink): Node | null {
  const text = sink.source.text;
  const tooDeep = offsetBeyondDepth(text, MAX_DEPTH);
  if (tooDeep !== null) {
    sink.error(
      'json-syntax',
      `invalid policy: JSON nested more than ${MAX_DEPTH} levels deep`,
      sink.source.range(tooDeep, 1),
    );
    return null;
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const comments = errors.filter((e) => printParseErrorCode(e.error) === 'InvalidCommentToken');
  for (const comment of comments) {
    sink.error(
      'json-comment',
      'invalid JSON: comments are not allowed in a policy',
      sink.source.range(comment.offset, comment.length),
    );
  }
  // Otherwise only the first syntax error is reported: later ones are usually consequences of it.
  const first = errors[0];
  if (first && comments.length === 0) {
    const comma = trailingCommaBefore(text, first.offset);
    if (comma !== null) {
      sink.error(
        'json-trailing-comma',
        'invalid JSON: trailing comma (JSON does not allow a comma before "}" or "]")',
        sink.source.range(comma, 1),
      );
    } else {
      const name = printParseErrorCode(first.error);
      const found =
        first.offset >= text.length
          ? 'end of text'
          : JSON.stringify(text.slice(first.offset, first.offset + Math.max(1, first.length)).slice(0, 20));
      sink.error(
        'json-syntax',
        `invalid JSON: ${SYNTAX_MESSAGES[name] ?? name} (found ${found})`,
        sink.source.range(first.offset, first.length),
      );
    }
  }
  if (first) return null;
  if (!root) {
    sink.error('json-syntax', 'invalid JSON: the text is empty', sink.source.range(0, text.length));
    return null;
  }
  // Duplicate keys are errors, but the rest of the document is still worth checking.
  reportDuplicateKeys(root, sink);
  return root;
}

/** The offset of the first bracket that opens level `limit + 1`, or null; strings are skipped. */
function offsetBeyondDepth(text: string, limit: number): number | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') {
      inString = true;
    } else if (ch === '{' || ch === '[') {
      if (++depth > limit) return i;
    } else if (ch === '}' || ch === ']') {
      depth--;
    }
  }
  return null;
}

/** The offset of a comma that directly precedes `}` or `]` at `offset`, if the error is a trailing comma. */
function trailingCommaBefore(text: string, offset: number): number | null {
  const closer = text[offset];
  if (closer !== '}' && closer !== ']') return null;
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  return text[i] === ',' ? i : null;
}

function reportDuplicateKeys(node: Node, sink: DiagnosticSink): void {
  if (node.type === 'object') {
    const seen = new Set<string>();
    for (const property of node.children ?? []) {
      const key = property.children?.[0];
      if (!key) continue;
      const name = String(key.value);
      if (seen.has(name))
        sink.error(
          'json-duplicate-key',
          `duplicate key ${shown(name)}: each element may appear only once in an object`,
          key,
        );
      seen.add(name);
    }
  }
  for (const child of node.children ?? []) reportDuplicateKeys(child, sink);
}
