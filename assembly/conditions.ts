// Condition operators over the request context, mirroring the reference's conditions.ts and
// operators.ts rule for rule: values for one key are ORed (NOR for negated operators); a missing key
// fails except for negated operators, ...IfExists and ForAllValues; without a qualifier a multivalued
// key behaves like ForAnyValue for positive operators and like ForAllValues for negated ones; a
// request value that does not parse for a typed operator never passes; Null tests presence only.
// Only String, ARN and Bool values can be dynamic (hold policy variables), as the packer writes them.

import * as L from './layout';
import { Cond, CondValue } from './policy';
import { unitAt, literalEquals, globMatch } from './glob';
import { arnMatch } from './match';
import { recall, remember } from './memo';
import { scratch, substitute } from './vars';
import { lookup, valueCount, valuePtr, valueLen } from './request';
import { parseNumber, parseDate, parseIp, ipBytes, ipSize, decodeBase64, b64Bytes, b64Len } from './values';

// Dynamic policy values are substituted into `scratch`, then copied here when they must be parsed.
let text = new StaticArray<u16>(256);
// The request value's address bytes / base64 bytes, saved before policy values are parsed.
const ctxIp = new StaticArray<u8>(16);
let ctxIpSize: i32 = 0;
let ctxBytes = new StaticArray<u8>(256);
let ctxBytesLen: i32 = 0;

/** Copies `n` scratch units into `text` and returns its address. */
function scratchText(n: i32): usize {
  if (n > text.length) text = new StaticArray<u16>(n + 64);
  for (let i = 0; i < n; i++) unchecked(text[i] = <u16>unchecked(scratch[i]));
  return changetype<usize>(text);
}

function isAscii(t: usize, len: i32): bool {
  for (let i = 0; i < len; i++) if (unitAt(t, i) >= 128) return false;
  return true;
}

function lowerAscii(c: i32): i32 {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** JavaScript-compatible toLowerCase of text in memory (allocates only for non-ASCII text). */
function lowerString(t: usize, len: i32): string {
  return String.UTF16.decodeUnsafe(t, <usize>len << 1).toLowerCase();
}

/** "true" -> 1, "false" -> 0, anything else -> -1 (case-insensitive, like the reference's readBool). */
function readBool(t: usize, len: i32): i32 {
  if (len == 4 && lowerAscii(unitAt(t, 0)) == 116 && lowerAscii(unitAt(t, 1)) == 114 &&
    lowerAscii(unitAt(t, 2)) == 117 && lowerAscii(unitAt(t, 3)) == 101) return 1;
  if (len == 5 && lowerAscii(unitAt(t, 0)) == 102 && lowerAscii(unitAt(t, 1)) == 97 &&
    lowerAscii(unitAt(t, 2)) == 108 && lowerAscii(unitAt(t, 3)) == 115 && lowerAscii(unitAt(t, 4)) == 101) return 0;
  return -1;
}

function compare(op: i32, c: f64, v: f64): bool {
  switch (op) {
    case L.OP_NUMERIC_LT: case L.OP_DATE_LT: return c < v;
    case L.OP_NUMERIC_LE: case L.OP_DATE_LE: return c <= v;
    case L.OP_NUMERIC_GT: case L.OP_DATE_GT: return c > v;
    case L.OP_NUMERIC_GE: case L.OP_DATE_GE: return c >= v;
    default: return c == v;
  }
}

function rangeContains(size: i32, prefix: i32, bytes: StaticArray<u8>): bool {
  if (size != ctxIpSize) return false;
  let bits = prefix;
  for (let i = 0; bits > 0; i++, bits -= 8) {
    const mask: i32 = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
    if ((<i32>unchecked(ctxIp[i]) & mask) != (<i32>unchecked(bytes[i]) & mask)) return false;
  }
  return true;
}

/** Whether one policy value matches the request value (already read into the per-class state). */
function valueMatches(op: i32, cls: i32, v: CondValue, t: usize, tlen: i32, ctxNum: f64, ctxLower: string | null): bool {
  let units = v.pattern.units;
  let n = units.length;
  if (v.dynamic) {
    n = substitute(v.pattern);
    if (n < 0) return false;
    units = scratch;
  } else if (!v.ok) return false;
  switch (cls) {
    case L.CLASS_EXACT: return literalEquals(units, 0, n, t, tlen);
    case L.CLASS_LIKE: return globMatch(units, 0, n, t, tlen);
    case L.CLASS_ARN: return arnMatch(units, n, t, tlen);
    case L.CLASS_IGNORE_CASE: {
      if (v.dynamic) {
        const lowered = lowerString(scratchText(n), n);
        if (ctxLower !== null) return lowered == ctxLower;
        if (lowered.length != tlen) return false;
        for (let i = 0; i < tlen; i++) if (<i32>lowered.charCodeAt(i) != lowerAscii(unitAt(t, i))) return false;
        return true;
      }
      if (ctxLower !== null) return literalEquals(units, 0, n, changetype<usize>(ctxLower), ctxLower.length);
      if (n != tlen) return false;
      for (let i = 0; i < n; i++) if (unchecked(units[i]) != lowerAscii(unitAt(t, i))) return false;
      return true;
    }
    // Numeric, Date, Binary and IP values are never dynamic: the packer keeps their `${...}` as text.
    case L.CLASS_NUMBER: case L.CLASS_DATE: return compare(op, ctxNum, v.num);
    case L.CLASS_BOOL: {
      const code = v.dynamic ? readBool(scratchText(n), n) : <i32>v.num;
      return code >= 0 && <f64>code == ctxNum;
    }
    case L.CLASS_BINARY: {
      if (n != ctxBytesLen) return false;
      for (let i = 0; i < n; i++) if (unchecked(units[i]) != <i32>unchecked(ctxBytes[i])) return false;
      return true;
    }
    default: return rangeContains(v.size, v.prefix, v.bytes);
  }
}

/** Whether one request value passes the condition (before the set logic). */
function passes(c: Cond, cls: i32, t: usize, tlen: i32): bool {
  let ctxNum: f64 = 0;
  let ctxLower: string | null = null;
  switch (cls) {
    case L.CLASS_NUMBER: ctxNum = parseNumber(t, tlen); if (isNaN(ctxNum)) return false; break;
    case L.CLASS_DATE: ctxNum = parseDate(t, tlen); if (isNaN(ctxNum)) return false; break;
    case L.CLASS_BOOL: { const b = readBool(t, tlen); if (b < 0) return false; ctxNum = <f64>b; break; }
    case L.CLASS_IGNORE_CASE: if (!isAscii(t, tlen)) ctxLower = lowerString(t, tlen); break;
    case L.CLASS_IP: {
      if (!parseIp(t, tlen)) return false;
      ctxIpSize = ipSize;
      for (let i = 0; i < 16; i++) unchecked(ctxIp[i] = unchecked(ipBytes[i]));
      break;
    }
    case L.CLASS_BINARY: {
      if (!decodeBase64(t, tlen)) return false;
      if (b64Len > ctxBytes.length) ctxBytes = new StaticArray<u8>(b64Len + 64);
      for (let i = 0; i < b64Len; i++) unchecked(ctxBytes[i] = unchecked(b64Bytes[i]));
      ctxBytesLen = b64Len;
      break;
    }
    default:
  }
  const vs = c.values;
  let any = false;
  for (let i = 0; i < vs.length && !any; i++) any = valueMatches(c.op, cls, unchecked(vs[i]), t, tlen, ctxNum, ctxLower);
  return L.isNegated(c.op) ? !any : any;
}

/** True when the condition entry holds for the current request. */
export function evalCond(c: Cond): bool {
  const e = lookup(c.key);
  const cls = L.opClass(c.op);
  if (cls == L.CLASS_NULL) {
    const present = e >= 0;
    for (let i = 0; i < c.values.length; i++) {
      const code = <i32>unchecked(c.values[i]).num;
      if (code == 1 ? !present : code == 0 && present) return true;
    }
    return false;
  }
  if (e < 0) {
    if (c.ifExists || c.qual == L.QUAL_FOR_ALL) return true;
    if (c.qual == L.QUAL_FOR_ANY) return false;
    return L.isNegated(c.op);
  }
  const n = valueCount(e);
  const every = c.qual == L.QUAL_FOR_ALL || (c.qual == L.QUAL_NONE && L.isNegated(c.op));
  for (let i = 0; i < n; i++) {
    const ok = passes(c, cls, valuePtr(e, i), valueLen(e, i));
    if (every && !ok) return false;
    if (!every && ok) return true;
  }
  return every;
}

/** True when every condition entry of a statement holds. */
export function evalConds(cs: Cond[]): bool {
  for (let i = 0; i < cs.length; i++) {
    const c = unchecked(cs[i]);
    const known = recall(c.memo);
    if (known == 0 || (known < 0 && !remember(c.memo, evalCond(c)))) return false;
  }
  return true;
}
