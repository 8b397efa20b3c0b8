// Linear-time wildcard matching of pattern units (see layout.ts) against UTF-16 text in linear memory.
// A pattern is split at its stars: the first piece is anchored at the start, the last at the end, and
// each middle piece takes its leftmost occurrence — greedy leftmost is optimal for `*` patterns, so there
// is no backtracking and `*a*a*a*a*a*b` against 10,000 characters costs one pass per piece.

import { STAR, QMARK } from './layout';

/** Reads the UTF-16 unit at index `i` of the text at `t`. */
// @ts-ignore: decorator
@inline export function unitAt(t: usize, i: i32): i32 {
  return <i32>load<u16>(t + (<usize>i << 1));
}

/** True when units p[a..b) match the text at offset `off` (`?` matches any one unit). */
function pieceAt(p: StaticArray<i32>, a: i32, b: i32, t: usize, off: i32): bool {
  for (let k = a; k < b; k++) {
    const u = unchecked(p[k]);
    if (u != QMARK && u != unitAt(t, off + k - a)) return false;
  }
  return true;
}

/** True when pattern units p[ps..pe) match all of the text t[0..tlen). */
export function globMatch(p: StaticArray<i32>, ps: i32, pe: i32, t: usize, tlen: i32): bool {
  let first = -1;
  let last = -1;
  for (let i = ps; i < pe; i++) {
    if (unchecked(p[i]) == STAR) {
      if (first < 0) first = i;
      last = i;
    }
  }
  if (first < 0) return pe - ps == tlen && pieceAt(p, ps, pe, t, 0);
  const preLen = first - ps;
  const sufLen = pe - last - 1;
  if (preLen + sufLen > tlen) return false;
  if (!pieceAt(p, ps, first, t, 0)) return false;
  const limit = tlen - sufLen;
  if (!pieceAt(p, last + 1, pe, t, limit)) return false;
  let pos = preLen;
  let i = first + 1;
  while (i < last) {
    let j = i;
    while (unchecked(p[j]) != STAR) j++;
    const len = j - i;
    if (len > 0) {
      let s = pos;
      while (s + len <= limit && !pieceAt(p, i, j, t, s)) s++;
      if (s + len > limit) return false;
      pos = s + len;
    }
    i = j + 1;
  }
  return true;
}

/** True when literal units p[ps..pe) equal the text exactly. */
export function literalEquals(p: StaticArray<i32>, ps: i32, pe: i32, t: usize, tlen: i32): bool {
  if (pe - ps != tlen) return false;
  for (let k = ps; k < pe; k++) if (unchecked(p[k]) != unitAt(t, k - ps)) return false;
  return true;
}

/** True when two texts in memory are equal. */
export function textEquals(a: usize, alen: i32, b: usize, blen: i32): bool {
  if (alen != blen) return false;
  return memory.compare(a, b, <usize>alen << 1) == 0;
}
