// Encodes requests into a reusable arena in Wasm memory (docs/wasm-layout.md): a word region for
// records and a char region for their strings. Nothing is allocated per request once the intern
// tables have seen a request's principal, action and keys. Typed-array views over memory are
// re-derived whenever memory may have grown (`views`), never kept across a call into the module.

import type { CompiledBundle } from '../contract';
import type { WasmEngineExports } from './exports';

/** Interned ids the arena needs for one request. */
export interface RequestIds {
  principal: number;
  action: number;
  key(raw: string): number;
}

function valueText(v: string | number | boolean): string {
  return typeof v === 'string' ? v : String(v);
}

function levelsWords(levels: readonly (readonly number[])[] | undefined): number {
  let n = 1;
  if (levels !== undefined) for (const l of levels) n += 1 + l.length;
  return n;
}

/** Writes an SCP/RCP slot: level count (-1: absent), then each level's count and handles. */
function writeLevels(words: Int32Array, at: number, levels: readonly (readonly number[])[] | undefined): number {
  let w = at;
  words[w++] = levels === undefined ? -1 : levels.length;
  if (levels !== undefined) {
    for (const l of levels) {
      words[w++] = l.length;
      for (const h of l) words[w++] = h;
    }
  }
  return w;
}

/** The request arena: encode records one after another, then hand them to the module. */
export class RequestArena {
  /** Byte address of the word region and the char region; capacities in words and chars. */
  wordsPtr = 0;
  charsPtr = 0;
  private wordCap = 0;
  private charCap = 0;
  /** Records and chars written since the last `clear`. */
  count = 0;
  private w = 0;
  private c = 0;
  private buffer: ArrayBuffer | null = null;
  private words = new Int32Array(0);
  private chars = new Uint16Array(0);

  constructor(
    private readonly wasm: WasmEngineExports,
    wordCap = 1 << 16,
    charCap = 1 << 18,
  ) {
    this.allocate(wordCap, charCap);
  }

  private allocate(wordCap: number, charCap: number): void {
    if (this.wordCap > 0) {
      this.wasm.free(this.wordsPtr);
      this.wasm.free(this.charsPtr);
    }
    this.wordsPtr = this.wasm.alloc(wordCap * 4);
    this.charsPtr = this.wasm.alloc(charCap * 2);
    this.wordCap = wordCap;
    this.charCap = charCap;
    this.buffer = null;
  }

  /** Re-derives the views when memory has grown since they were made. */
  private views(): void {
    const buffer = this.wasm.memory.buffer;
    if (buffer === this.buffer) return;
    this.buffer = buffer;
    this.words = new Int32Array(buffer, this.wordsPtr, this.wordCap);
    this.chars = new Uint16Array(buffer, this.charsPtr, this.charCap);
  }

  /** Forgets the records written so far. */
  clear(): void {
    this.count = 0;
    this.w = 0;
    this.c = 0;
  }

  private keyIds = new Int32Array(64);

  /**
   * Appends a record; returns false (writing nothing) when it does not fit beside the records already
   * written. An empty arena grows to fit any record.
   */
  append(b: CompiledBundle, ids: RequestIds): boolean {
    if (this.write(b, ids)) return true;
    if (this.count > 0) return false;
    // Even an empty arena was too small: grow until the record fits.
    do this.allocate(this.wordCap * 2, this.charCap * 2);
    while (!this.write(b, ids));
    return true;
  }

  /** Writes a record at the end; returns false (leaving the arena as it was) when it does not fit. */
  private write(b: CompiledBundle, ids: RequestIds): boolean {
    // Interning may call into the module (and grow memory), so it happens before views are taken.
    const principal = ids.principal;
    const action = ids.action;
    const context = b.request.context;
    let nKeys = 0;
    if (context !== undefined) {
      for (const key in context) {
        if (nKeys === this.keyIds.length) {
          const grown = new Int32Array(nKeys * 2);
          grown.set(this.keyIds);
          this.keyIds = grown;
        }
        this.keyIds[nKeys++] = ids.key(key);
      }
    }
    const keyIds = this.keyIds;
    this.views();
    const words = this.words;
    const r = b.request;
    const startChars = this.c;
    let w = this.w;
    // Words still needed besides list values and SCP/RCP levels, which are checked as they are written.
    const reserve = 12 + nKeys * 4 + (b.identityPolicies?.length ?? 0);
    if (w + reserve > this.wordCap) return false;
    words[w++] = principal;
    words[w++] = action;
    words[w++] = this.text(r.resource);
    words[w++] = r.resource.length;
    if (r.resourceAccount === undefined) {
      words[w++] = 0;
      words[w++] = -1;
    } else {
      words[w++] = this.text(r.resourceAccount);
      words[w++] = r.resourceAccount.length;
    }
    if (this.c < 0) return this.rollback(startChars);
    words[w++] = nKeys;
    if (context !== undefined) {
      let k = 0;
      for (const key in context) {
        const v = context[key];
        words[w++] = keyIds[k++];
        if (Array.isArray(v)) {
          if (w + 2 * v.length + reserve > this.wordCap) return this.rollback(startChars);
          words[w++] = v.length;
          for (const x of v) {
            const s = valueText(x);
            words[w++] = this.text(s);
            words[w++] = s.length;
          }
        } else {
          const s = valueText(v);
          words[w++] = -1;
          words[w++] = this.text(s);
          words[w++] = s.length;
        }
      }
    }
    if (this.c < 0) return this.rollback(startChars);
    const ip = b.identityPolicies;
    words[w++] = ip === undefined ? -1 : ip.length;
    if (ip !== undefined) for (const h of ip) words[w++] = h;
    words[w++] = b.resourcePolicy ?? -1;
    words[w++] = b.permissionsBoundary ?? -1;
    words[w++] = b.sessionPolicy ?? -1;
    words[w++] = b.endpointPolicy ?? -1;
    if (w + levelsWords(b.serviceControlPolicies) + levelsWords(b.resourceControlPolicies) > this.wordCap)
      return this.rollback(startChars);
    w = writeLevels(words, w, b.serviceControlPolicies);
    w = writeLevels(words, w, b.resourceControlPolicies);
    this.w = w;
    this.count++;
    return true;
  }

  private rollback(chars: number): false {
    this.c = chars;
    return false;
  }

  /** Copies a string into the char region; returns its char offset. Sets `c` to -1 when it does not fit. */
  private text(s: string): number {
    const at = this.c;
    if (at < 0 || at + s.length > this.charCap) {
      this.c = -1;
      return 0;
    }
    const chars = this.chars;
    for (let i = 0; i < s.length; i++) chars[at + i] = s.charCodeAt(i);
    this.c = at + s.length;
    return at;
  }
}
