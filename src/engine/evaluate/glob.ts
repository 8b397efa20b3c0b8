// Wildcard patterns (`*` any run, `?` one character) compiled once and matched in linear time.
// Used by Action, Resource, StringLike and ArnLike. A pattern is a list of parts so that characters
// produced by policy variables (`${*}`, substituted values) stay literal.
//
// Matching splits the pattern at its stars into pieces: the first piece is anchored at the start,
// the last at the end, and each middle piece is taken at its leftmost occurrence. Leftmost is always
// safe for `*`-only globs, so there is no backtracking: the cost is O(value length × piece length).
// `?` matches one UTF-16 code unit (the Wasm engine uses the same unit).

/** A wildcard in a pattern: ANY_RUN is `*`, ANY_CHAR is `?`. */
export const ANY_RUN = 0;
export const ANY_CHAR = 1;

/** Literal text or a wildcard. */
export type PatternPart = string | typeof ANY_RUN | typeof ANY_CHAR;

interface Piece {
  text: string;
  /** Positions holding `?`; null when the piece has none. */
  anyAt: Uint8Array | null;
}

/** A compiled wildcard pattern. */
export interface Glob {
  head: Piece;
  /** Pieces between stars, each non-empty. */
  middle: Piece[];
  /** Null when the pattern has no star (then `head` must match the whole value). */
  tail: Piece | null;
}

/** Splits raw policy text into parts, treating `*` and `?` as wildcards. */
export function wildcardParts(raw: string): PatternPart[] {
  const parts: PatternPart[] = [];
  let start = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c !== 42 && c !== 63) continue;
    if (i > start) parts.push(raw.slice(start, i));
    parts.push(c === 42 ? ANY_RUN : ANY_CHAR);
    start = i + 1;
  }
  if (start < raw.length) parts.push(raw.slice(start));
  return parts;
}

function makePiece(chunks: PatternPart[]): Piece {
  let text = '';
  const anyPositions: number[] = [];
  for (const c of chunks) {
    if (c === ANY_CHAR) {
      anyPositions.push(text.length);
      text += '?';
    } else text += c as string;
  }
  if (anyPositions.length === 0) return { text, anyAt: null };
  const anyAt = new Uint8Array(text.length);
  for (const p of anyPositions) anyAt[p] = 1;
  return { text, anyAt };
}

/** Compiles parts into a Glob. */
export function compileGlob(parts: readonly PatternPart[]): Glob {
  const pieces: Piece[] = [];
  let current: PatternPart[] = [];
  for (const p of parts) {
    if (p === ANY_RUN) {
      pieces.push(makePiece(current));
      current = [];
    } else current.push(p);
  }
  pieces.push(makePiece(current));
  if (pieces.length === 1) return { head: pieces[0], middle: [], tail: null };
  return {
    head: pieces[0],
    middle: pieces.slice(1, -1).filter((p) => p.text.length > 0),
    tail: pieces[pieces.length - 1],
  };
}

/** Compiles raw policy text with `*` and `?` as wildcards. */
export function compileWildcard(raw: string): Glob {
  return compileGlob(wildcardParts(raw));
}

function pieceAt(piece: Piece, value: string, at: number): boolean {
  const { text, anyAt } = piece;
  for (let i = 0; i < text.length; i++) {
    if (anyAt !== null && anyAt[i] === 1) continue;
    if (text.charCodeAt(i) !== value.charCodeAt(at + i)) return false;
  }
  return true;
}

/** True when `value[from, to)` matches the whole glob. */
export function matchGlob(glob: Glob, value: string, from = 0, to = value.length): boolean {
  const { head, middle, tail } = glob;
  if (tail === null) return to - from === head.text.length && pieceAt(head, value, from);
  const tailStart = to - tail.text.length;
  if (tailStart < from + head.text.length) return false;
  if (!pieceAt(head, value, from) || !pieceAt(tail, value, tailStart)) return false;
  let pos = from + head.text.length;
  for (const piece of middle) {
    const last = tailStart - piece.text.length;
    while (pos <= last && !pieceAt(piece, value, pos)) pos++;
    if (pos > last) return false;
    pos += piece.text.length;
  }
  return true;
}
