// Per-request memo of interned resource patterns and condition entries. Policies repeat the same
// Resource values and condition entries many times; each distinct one (by its packed words) gets an
// id at load time, and its result is computed at most once per request. Results depend only on the
// request (resource and context), so memoising them cannot change any answer.

import { stamp } from './request';

const ids = new Map<string, i32>();
let memoStamp = new StaticArray<i32>(256);
let memoValue = new StaticArray<bool>(256);

/** Interns the packed words [from, to) under `tag`; equal words get equal ids. */
export function intern(tag: i32, from: usize, to: usize): i32 {
  const n = <i32>((to - from) >> 2);
  const chars = new StaticArray<u16>(1 + 2 * n);
  unchecked(chars[0] = <u16>tag);
  for (let i = 0; i < n; i++) {
    const w = load<u32>(from + (<usize>i << 2));
    unchecked(chars[1 + 2 * i] = <u16>(w & 0xffff));
    unchecked(chars[2 + 2 * i] = <u16>(w >>> 16));
  }
  const key = String.UTF16.decodeUnsafe(changetype<usize>(chars), <usize>(1 + 2 * n) << 1);
  if (ids.has(key)) return ids.get(key);
  const id = ids.size;
  ids.set(key, id);
  if (id >= memoStamp.length) {
    const s = new StaticArray<i32>(memoStamp.length * 2);
    const v = new StaticArray<bool>(memoStamp.length * 2);
    for (let i = 0; i < memoStamp.length; i++) { s[i] = memoStamp[i]; v[i] = memoValue[i]; }
    memoStamp = s;
    memoValue = v;
  }
  unchecked(memoStamp[id] = -1);
  return id;
}

/** Forgets every interned id (all policies were reset, so no compiled pattern or entry refers to one). */
export function resetMemo(): void {
  ids.clear();
}

/** The memoised result for `id` in this request: 1 or 0, or -1 when not computed yet. */
// @ts-ignore: decorator
@inline export function recall(id: i32): i32 {
  return unchecked(memoStamp[id]) == stamp ? <i32>unchecked(memoValue[id]) : -1;
}

/** Records the result for `id` in this request and returns it. */
export function remember(id: i32, value: bool): bool {
  unchecked(memoStamp[id] = stamp);
  unchecked(memoValue[id] = value);
  return value;
}
