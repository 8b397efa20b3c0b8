// Decodes a packed policy (docs/wasm-layout.md) from linear memory into the engine's compiled form.
// Runs once per policy; evaluation then reads these objects without allocating.

import { intern } from './memo';
import { registerCond, registerPattern } from './program';
import { VAR, opClass, CLASS_NUMBER, CLASS_DATE, CLASS_BOOL, CLASS_NULL, CLASS_BINARY, CLASS_IP, PV_IAM_ROOT, PV_IAM_ROLE } from './layout';

/** A pattern or literal as units (chars, STAR, QMARK, VAR sequences); `hasVar` means substitute first. */
export class Pattern {
  /** Memo id (memo.ts) of a Resource value; -1 elsewhere. */
  memo: i32 = -1;
  constructor(public units: StaticArray<i32>, public hasVar: bool) {}
}

/**
 * One condition value. A dynamic value (it holds policy variables) keeps its pattern and is resolved
 * per request; a static one arrives compiled: `pattern` for string and ARN operators (lower-cased for
 * IgnoreCase, decoded bytes for BinaryEquals), `num` for numbers, dates, Bool and Null codes, and
 * size/prefix/bytes for CIDRs. `ok` is false when the static value is malformed (it never matches).
 */
export class CondValue {
  dynamic: bool = false;
  ok: bool = true;
  pattern: Pattern = EMPTY;
  num: f64 = 0;
  size: i32 = 0;
  prefix: i32 = 0;
  bytes: StaticArray<u8> = new StaticArray<u8>(16);
}

const EMPTY = new Pattern(new StaticArray<i32>(0), false);

/** One condition entry: operator, qualifier, IfExists, interned key id and its values. */
export class Cond {
  /** Memo id (memo.ts): equal entries share it. */
  memo: i32 = -1;
  op: i32 = 0;
  qual: i32 = 0;
  ifExists: bool = false;
  key: i32 = 0;
  values: CondValue[] = [];
}

/** One value of a Principal entry: `kind` says how it matches (layout.ts PV_*); IAM ARNs keep their parts. */
export class PrincipalValue {
  kind: i32 = 0;
  text: string = '';
  partition: string = '';
  account: string = '';
  roleName: string = '';
}

/** A compiled statement. */
export class Stmt {
  deny: bool = false;
  actionNegated: bool = false;
  actions: Pattern[] = [];
  hasResource: bool = false;
  resourceNegated: bool = false;
  resources: Pattern[] = [];
  hasPrincipal: bool = false;
  principalNegated: bool = false;
  principalWildcard: bool = false;
  principals: PrincipalValue[] = [];
  conds: Cond[] = [];
}

/** A compiled policy with its per-action memo of statements whose Action/NotAction applies. */
export class Policy {
  stmts: Stmt[] = [];
  memo: Map<i32, StaticArray<i32>> = new Map<i32, StaticArray<i32>>();
}

const MEMO_RESOURCE = 1;
const MEMO_CONDITION = 2;

/** A cursor over the packed i32 words. */
class Reader {
  constructor(public ptr: usize, public end: usize) {}
  next(): i32 {
    assert(this.ptr < this.end, 'packed policy truncated');
    const v = load<i32>(this.ptr);
    this.ptr += 4;
    return v;
  }
  f64(): f64 {
    const bits = <u64>(<u32>this.next()) | (<u64>(<u32>this.next()) << 32);
    return reinterpret<f64>(bits);
  }
  pattern(): Pattern {
    const n = this.next();
    const units = new StaticArray<i32>(n);
    let hasVar = false;
    for (let i = 0; i < n; i++) {
      const u = this.next();
      unchecked(units[i] = u);
      if (u == VAR) hasVar = true;
    }
    return new Pattern(units, hasVar);
  }
  /** A string; length -1 (null) reads as the empty string, which no compared value can equal. */
  string(): string {
    const n = this.next();
    if (n < 0) return '';
    const s = new StaticArray<u16>(n);
    for (let i = 0; i < n; i++) unchecked(s[i] = <u16>this.next());
    return String.UTF16.decodeUnsafe(changetype<usize>(s), <usize>n << 1);
  }
  patterns(): Pattern[] {
    const n = this.next();
    const out = new Array<Pattern>(n);
    for (let i = 0; i < n; i++) unchecked(out[i] = this.pattern());
    return out;
  }
}

function readValue(r: Reader, op: i32): CondValue {
  const v = new CondValue();
  v.dynamic = r.next() != 0;
  if (v.dynamic) {
    v.pattern = r.pattern();
    return v;
  }
  switch (opClass(op)) {
    case CLASS_NUMBER: case CLASS_DATE:
      v.ok = r.next() != 0;
      v.num = r.f64();
      break;
    case CLASS_BOOL: case CLASS_NULL:
      v.num = <f64>r.next();
      break;
    case CLASS_BINARY:
      v.ok = r.next() != 0;
      v.pattern = r.pattern();
      break;
    case CLASS_IP:
      v.ok = r.next() != 0;
      v.size = r.next();
      v.prefix = r.next();
      for (let b = 0; b < 16; b++) unchecked(v.bytes[b] = <u8>r.next());
      break;
    default:
      v.pattern = r.pattern();
  }
  return v;
}

function readCond(r: Reader): Cond {
  const from = r.ptr;
  const c = new Cond();
  c.op = r.next();
  c.qual = r.next();
  c.ifExists = r.next() != 0;
  c.key = r.next();
  const n = r.next();
  for (let i = 0; i < n; i++) c.values.push(readValue(r, c.op));
  c.memo = intern(MEMO_CONDITION, from, r.ptr);
  registerCond(c);
  return c;
}

function readStmt(r: Reader): Stmt {
  const s = new Stmt();
  s.deny = r.next() != 0;
  s.actionNegated = r.next() != 0;
  s.actions = r.patterns();
  s.hasResource = r.next() != 0;
  if (s.hasResource) {
    s.resourceNegated = r.next() != 0;
    const n = r.next();
    for (let i = 0; i < n; i++) {
      const from = r.ptr;
      const p = r.pattern();
      p.memo = intern(MEMO_RESOURCE, from, r.ptr);
      registerPattern(p);
      s.resources.push(p);
    }
  }
  s.hasPrincipal = r.next() != 0;
  if (s.hasPrincipal) {
    s.principalNegated = r.next() != 0;
    s.principalWildcard = r.next() != 0;
    const n = r.next();
    for (let i = 0; i < n; i++) {
      const v = new PrincipalValue();
      v.kind = r.next();
      v.text = r.string();
      if (v.kind == PV_IAM_ROOT || v.kind == PV_IAM_ROLE) {
        v.partition = r.string();
        v.account = r.string();
        v.roleName = r.string();
      }
      s.principals.push(v);
    }
  }
  const nc = r.next();
  for (let i = 0; i < nc; i++) s.conds.push(readCond(r));
  return s;
}

/** Decodes `words` packed i32 words at `ptr` into a Policy. */
export function decodePolicy(ptr: usize, words: i32): Policy {
  const r = new Reader(ptr, ptr + (<usize>words << 2));
  const p = new Policy();
  const n = r.next();
  for (let i = 0; i < n; i++) p.stmts.push(readStmt(r));
  return p;
}
