// Access to the request being evaluated: its record in the arena (docs/wasm-layout.md) and an index
// from interned key id to context entry, rebuilt per request by stamping instead of clearing.

/** Base of the arena's word region and char region for the current batch. */
export let wordsBase: usize = 0;
export let charsBase: usize = 0;

/** Word index of the current request's fields. */
export let principalId: i32 = 0;
export let actionId: i32 = 0;
export let resourceOff: i32 = 0;
export let resourceLen: i32 = 0;
export let resourceAccountOff: i32 = 0;
export let resourceAccountLen: i32 = 0;

/** Increases with every request; memo entries stamped with it are valid for the current request. */
export let stamp: i32 = 0;
let keyStamp = new StaticArray<i32>(64);
let keyEntry = new StaticArray<i32>(64);

/** Reads word `i` of the arena. */
// @ts-ignore: decorator
@inline export function word(i: i32): i32 {
  return load<i32>(wordsBase + (<usize>i << 2));
}

/** Address of char offset `off` in the arena. */
// @ts-ignore: decorator
@inline export function charPtr(off: i32): usize {
  return charsBase + (<usize>off << 1);
}

/** Makes room for `n` interned keys in the context index. */
export function reserveKeys(n: i32): void {
  if (n <= keyStamp.length) return;
  let cap = keyStamp.length;
  while (cap < n) cap <<= 1;
  const s = new StaticArray<i32>(cap);
  const e = new StaticArray<i32>(cap);
  for (let i = 0; i < keyStamp.length; i++) { s[i] = keyStamp[i]; e[i] = keyEntry[i]; }
  keyStamp = s;
  keyEntry = e;
}

/** Sets the arena bases for a batch. */
export function setArena(words: usize, chars: usize): void {
  wordsBase = words;
  charsBase = chars;
}

/** Reads the request record at word `at`; returns the word index where its policy slots start. */
export function beginRequest(at: i32): i32 {
  principalId = word(at);
  actionId = word(at + 1);
  resourceOff = word(at + 2);
  resourceLen = word(at + 3);
  resourceAccountOff = word(at + 4);
  resourceAccountLen = word(at + 5);
  const n = word(at + 6);
  stamp++;
  let p = at + 7;
  for (let i = 0; i < n; i++) {
    const key = word(p);
    unchecked(keyStamp[key] = stamp);
    unchecked(keyEntry[key] = p);
    const count = word(p + 1);
    p += 2 + 2 * (count < 0 ? 1 : count);
  }
  return p;
}

/** Word index of the context entry for `key`, or -1 when the request has no such key. */
export function lookup(key: i32): i32 {
  return unchecked(keyStamp[key]) == stamp ? unchecked(keyEntry[key]) : -1;
}

/** Number of values of the entry at `e` (a scalar counts as one). */
export function valueCount(e: i32): i32 {
  const c = word(e + 1);
  return c < 0 ? 1 : c;
}

/** True when the entry at `e` is a single value rather than a list. */
export function isScalar(e: i32): bool {
  return word(e + 1) < 0;
}

/** Address of value `i` of the entry at `e`. */
export function valuePtr(e: i32, i: i32): usize {
  return charPtr(word(e + 2 + 2 * i));
}

/** Length in units of value `i` of the entry at `e`. */
export function valueLen(e: i32, i: i32): i32 {
  return word(e + 3 + 2 * i);
}
