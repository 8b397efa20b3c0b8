// The Wasm implementation of the engine contract. Policies are packed once and loaded into the
// module; requests are encoded into a reusable arena and evaluated there, singly (with decisive
// statements) or in batches (decision bytes only). The module's exports are injected, so this file
// works with any instance: the worker's, the CLI's in Node, or a test's.

import {
  DECISIONS,
  type CompiledBundle,
  type Engine,
  type EvaluationResult,
  type PolicyHandle,
  type StatementRef,
} from '../contract';
import type { Policy } from '../policy';
import { parseCaller } from '../evaluate/principals';
import { ContextKeys } from './contextKeys';
import type { WasmEngineExports } from './exports';
import { ACTION_FLAG, CALLER_CODE, LAYOUT_VERSION, SLOT_BY_CODE } from './layout';
import { packPolicy } from './packPolicy';
import { isTrustPolicyAction } from '../trustPolicy';
import { RequestArena, type RequestIds } from './requestArena';
import { WordWriter } from './wordWriter';

function actionFlags(lower: string): number {
  const colon = lower.indexOf(':');
  const service = colon === -1 ? lower : lower.slice(0, colon);
  return (
    (lower === 'sts:getcalleridentity' ? ACTION_FLAG.getCallerIdentity : 0) |
    (isTrustPolicyAction(lower) ? ACTION_FLAG.trustPolicy : 0) |
    (service === 'kms' ? ACTION_FLAG.kms : 0)
  );
}

/** The Wasm engine: same answers as TsEngine (see test/differential/), evaluated in the module. */
export class WasmEngine implements Engine {
  readonly kind = 'wasm' as const;
  private readonly keys = new ContextKeys();
  private syncedKeys = -1;
  private readonly actionIds = new Map<string, number>();
  private readonly actionsByLower = new Map<string, number>();
  private readonly callerIds = new Map<string, number>();
  private readonly arena: RequestArena;
  private outPtr = 0;
  private outCap = 0;
  private readonly ids: RequestIds;

  /** `arena` sets the request arena's initial capacity in words and chars (tests use a tiny one). */
  constructor(
    private readonly wasm: WasmEngineExports,
    arena?: { words: number; chars: number },
  ) {
    const version = wasm.layoutVersion();
    if (version !== LAYOUT_VERSION)
      throw new Error(
        `Wasm engine layout ${version} does not match ${LAYOUT_VERSION}; rebuild with npm run build:wasm`,
      );
    wasm.resetPolicies();
    this.arena = new RequestArena(wasm, arena?.words, arena?.chars);
    const keys = this.keys;
    this.ids = { principal: 0, action: 0, key: (raw) => keys.id(raw) };
  }

  compile(policy: Policy): PolicyHandle {
    return this.load(packPolicy(policy, this.keys));
  }

  evaluate(bundle: CompiledBundle): EvaluationResult {
    const arena = this.arena;
    arena.clear();
    this.prepare(bundle);
    arena.append(bundle, this.ids);
    this.syncKeys();
    const code = this.wasm.evaluateOne(arena.wordsPtr, arena.charsPtr, 0);
    const missing = this.wasm.lastMissingAllow();
    const count = this.wasm.lastDecisiveCount();
    const refs = new Int32Array(this.wasm.memory.buffer, this.wasm.lastDecisivePtr(), count * 4);
    const decisive: StatementRef[] = [];
    for (let i = 0; i < count; i++) {
      decisive.push({
        slot: SLOT_BY_CODE[refs[i * 4]],
        level: refs[i * 4 + 1],
        policy: refs[i * 4 + 2],
        statement: refs[i * 4 + 3],
      });
    }
    return { decision: DECISIONS[code], decisive, missingAllow: missing < 0 ? null : SLOT_BY_CODE[missing] };
  }

  evaluateBatch(bundles: readonly CompiledBundle[]): Uint8Array {
    const out = new Uint8Array(bundles.length);
    const arena = this.arena;
    arena.clear();
    let start = 0;
    for (let i = 0; i < bundles.length; i++) {
      this.prepare(bundles[i]);
      if (!arena.append(bundles[i], this.ids)) {
        this.flush(out, start);
        start = i;
        this.prepare(bundles[i]);
        arena.append(bundles[i], this.ids);
      }
    }
    if (arena.count > 0) this.flush(out, start);
    return out;
  }

  reset(): void {
    this.wasm.resetPolicies();
  }

  /** Evaluates the arena's records and copies their decisions into `out` from `start`. */
  private flush(out: Uint8Array, start: number): void {
    const arena = this.arena;
    const n = arena.count;
    if (n > this.outCap) {
      if (this.outCap > 0) this.wasm.free(this.outPtr);
      this.outCap = Math.max(n, 1024);
      this.outPtr = this.wasm.alloc(this.outCap);
    }
    this.syncKeys();
    this.wasm.evaluateBatch(arena.wordsPtr, arena.charsPtr, n, this.outPtr);
    out.set(new Uint8Array(this.wasm.memory.buffer, this.outPtr, n), start);
    arena.clear();
  }

  /**
   * Interns the bundle's principal and action before it is encoded. Handles are checked by the module
   * as it reads them: an unknown one makes the call throw ("unknown policy handle").
   */
  private prepare(b: CompiledBundle): void {
    this.ids.principal = this.callerId(b.request.principal);
    this.ids.action = this.actionId(b.request.action);
  }

  private syncKeys(): void {
    if (this.keys.size === this.syncedKeys) return;
    this.wasm.setKeyCount(this.keys.size);
    this.syncedKeys = this.keys.size;
  }

  /** Copies packed words into module memory and runs `loadPolicy`. */
  private load(words: Int32Array): number {
    const ptr = this.wasm.alloc(Math.max(4, words.length * 4));
    new Int32Array(this.wasm.memory.buffer, ptr, words.length).set(words);
    const handle = this.wasm.loadPolicy(ptr, words.length);
    this.wasm.free(ptr);
    return handle;
  }

  private register(words: Int32Array, add: (ptr: number) => number): number {
    const ptr = this.wasm.alloc(words.length * 4);
    new Int32Array(this.wasm.memory.buffer, ptr, words.length).set(words);
    const id = add(ptr);
    this.wasm.free(ptr);
    return id;
  }

  private actionId(action: string): number {
    let id = this.actionIds.get(action);
    if (id !== undefined) return id;
    const lower = action.toLowerCase();
    id = this.actionsByLower.get(lower);
    if (id === undefined) {
      const w = new WordWriter();
      w.push(actionFlags(lower));
      w.string(lower);
      id = this.register(w.finish(), (ptr) => this.wasm.addAction(ptr));
      this.actionsByLower.set(lower, id);
    }
    this.actionIds.set(action, id);
    return id;
  }

  private callerId(principal: string): number {
    let id = this.callerIds.get(principal);
    if (id !== undefined) return id;
    const c = parseCaller(principal);
    const w = new WordWriter();
    w.push(CALLER_CODE[c.kind]);
    w.push(c.account === null ? 0 : 1);
    w.string(c.name);
    w.string(c.account);
    w.string(c.partition);
    w.string(c.roleName);
    id = this.register(w.finish(), (ptr) => this.wasm.addCaller(ptr));
    this.callerIds.set(principal, id);
    return id;
  }
}
