// The Wasm engine's exports: memory management for the packed inputs, registration of policies,
// actions, callers and context keys, and evaluation of single requests and batches.
// The binary layout of every input is documented in docs/wasm-layout.md.

import { decodePolicy } from './policy';
import { Action, Caller, actions, callers } from './registry';
import { policies, evaluateAt, decision, missingAllow, decisive, decisiveCount, forgetMerged } from './flow';
import { reserveKeys, setArena } from './request';
import { resetMemo } from './memo';
import { resetPrograms } from './program';

/** Layout version; the TypeScript side refuses a module with another. */
export function layoutVersion(): i32 {
  return 1;
}

/** Allocates `bytes` of unmanaged memory for TypeScript to fill (may grow memory). */
export function alloc(bytes: usize): usize {
  return heap.alloc(bytes);
}

/** Frees memory from `alloc`. */
export function free(ptr: usize): void {
  heap.free(ptr);
}

/** Decodes a packed policy of `words` i32 words at `ptr`; returns its handle. */
export function loadPolicy(ptr: usize, words: i32): i32 {
  policies.push(decodePolicy(ptr, words));
  forgetMerged();
  return policies.length - 1;
}

/** Forgets every policy (handles restart at 0); actions, callers and keys stay registered. */
export function resetPolicies(): void {
  policies.length = 0;
  forgetMerged();
  resetMemo();
  resetPrograms();
}

function readString(ptr: usize, at: i32): string {
  const n = load<i32>(ptr + (<usize>at << 2));
  if (n < 0) return '';
  const s = new StaticArray<u16>(n);
  for (let i = 0; i < n; i++) unchecked(s[i] = <u16>load<i32>(ptr + (<usize>(at + 1 + i) << 2)));
  return String.UTF16.decodeUnsafe(changetype<usize>(s), <usize>n << 1);
}

function stringWords(ptr: usize, at: i32): i32 {
  const n = load<i32>(ptr + (<usize>at << 2));
  return 1 + (n < 0 ? 0 : n);
}

/** Registers an action (flags, then the lower-cased text); returns its id. */
export function addAction(ptr: usize): i32 {
  actions.push(new Action(readString(ptr, 1), load<i32>(ptr)));
  return actions.length - 1;
}

/** Registers a caller (kind, hasAccount, then name, account, partition, role name); returns its id. */
export function addCaller(ptr: usize): i32 {
  const c = new Caller();
  c.kind = load<i32>(ptr);
  c.hasAccount = load<i32>(ptr + 4) != 0;
  let at = 2;
  c.name = readString(ptr, at);
  at += stringWords(ptr, at);
  c.account = readString(ptr, at);
  at += stringWords(ptr, at);
  c.partition = readString(ptr, at);
  at += stringWords(ptr, at);
  c.roleName = readString(ptr, at);
  callers.push(c);
  return callers.length - 1;
}

/** Makes room for `n` interned context keys. */
export function setKeyCount(n: i32): void {
  reserveKeys(n);
}

/** Evaluates the request at word `at` of the arena with decisive statements; returns the decision code. */
export function evaluateOne(words: usize, chars: usize, at: i32): u8 {
  setArena(words, chars);
  evaluateAt(at, true);
  return decision;
}

/** missingAllow slot code of the last evaluateOne (-1: none). */
export function lastMissingAllow(): i32 {
  return missingAllow;
}

/** Number of decisive statements of the last evaluateOne. */
export function lastDecisiveCount(): i32 {
  return decisiveCount;
}

/** Address of the last evaluateOne's decisive refs: 4 i32 words each (slot, level, policy, statement). */
export function lastDecisivePtr(): usize {
  return changetype<usize>(decisive);
}

/** Evaluates `n` consecutive request records from word 0; writes one decision byte each at `out`. */
export function evaluateBatch(words: usize, chars: usize, n: i32, out: usize): void {
  setArena(words, chars);
  let at = 0;
  for (let i = 0; i < n; i++) {
    at = evaluateAt(at, false);
    store<u8>(out + <usize>i, decision);
  }
}
