// Parsers for typed context values (numbers, dates, booleans, IP addresses) read from UTF-16 text in
// linear memory. Policy-side values arrive already parsed by the packer; these read the request side.
// They mirror the reference engine's value parsers rule for rule (src/engine/evaluate/).

import { unitAt } from './glob';

function isDigit(c: i32): bool {
  return c >= 48 && c <= 57;
}

/**
 * Parses a Numeric* value: optional sign, digits with an optional fraction, or a fraction alone; no
 * exponent (the reference's grammar in numbers.ts). NaN when malformed.
 */
export function parseNumber(t: usize, len: i32): f64 {
  let i = 0;
  if (i < len && (unitAt(t, i) == 45 || unitAt(t, i) == 43)) i++;
  const start = i;
  let intDigits = 0;
  let fracDigits = 0;
  let exact: f64 = 0;
  while (i < len && isDigit(unitAt(t, i))) { exact = exact * 10 + <f64>(unitAt(t, i) - 48); i++; intDigits++; }
  let dot = false;
  if (i < len && unitAt(t, i) == 46) {
    dot = true;
    i++;
    while (i < len && isDigit(unitAt(t, i))) { i++; fracDigits++; }
  }
  if (i != len || (intDigits == 0 && fracDigits == 0)) return NaN;
  const negative = start > 0 && unitAt(t, 0) == 45;
  // Up to 15 integer digits are exact in f64; anything else goes through the correctly rounded parser.
  if (!dot && intDigits <= 15) return negative ? -exact : exact;
  return parseFloat(String.UTF16.decodeUnsafe(t, <usize>len << 1));
}

function digitsAt(t: usize, len: i32, at: i32, n: i32): i32 {
  if (at + n > len) return -1;
  let v = 0;
  for (let k = 0; k < n; k++) {
    const c = unitAt(t, at + k);
    if (!isDigit(c)) return -1;
    v = v * 10 + (c - 48);
  }
  return v;
}

/** Days from 1970-01-01 to the given civil date (proleptic Gregorian). */
function daysFromCivil(y: i32, m: i32, d: i32): i64 {
  const yy: i64 = <i64>(m <= 2 ? y - 1 : y);
  const era: i64 = (yy >= 0 ? yy : yy - 399) / 400;
  const yoe: i64 = yy - era * 400;
  const mp: i64 = <i64>((m + 9) % 12);
  const doy: i64 = (153 * mp + 2) / 5 + <i64>d - 1;
  const doe: i64 = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

function daysInMonth(y: i32, m: i32): i32 {
  if (m == 2) return (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
  return (m == 4 || m == 6 || m == 9 || m == 11) ? 30 : 31;
}

/**
 * Parses a Date* value into epoch milliseconds, mirroring the reference's dates.ts: epoch seconds
 * (optional '-' and 1-15 digits), or YYYY-MM-DD with optional 'T'hh:mm, :ss, .fraction (1-9 digits,
 * truncated to milliseconds) and zone 'Z' / ±hh:mm / ±hhmm (no zone means UTC). NaN when malformed.
 */
export function parseDate(t: usize, len: i32): f64 {
  if (len == 0) return NaN;
  const neg = unitAt(t, 0) == 45;
  const digits = len - (neg ? 1 : 0);
  if (digits >= 1 && digits <= 15) {
    let v: f64 = 0;
    let i = neg ? 1 : 0;
    while (i < len && isDigit(unitAt(t, i))) { v = v * 10 + <f64>(unitAt(t, i) - 48); i++; }
    if (i == len) return (neg ? -v : v) * 1000;
  }
  const y = digitsAt(t, len, 0, 4);
  if (y < 0 || len < 10 || unitAt(t, 4) != 45 || unitAt(t, 7) != 45) return NaN;
  const mo = digitsAt(t, len, 5, 2);
  const d = digitsAt(t, len, 8, 2);
  if (mo < 0 || d < 0) return NaN;
  let h = 0;
  let mi = 0;
  let s = 0;
  let millis = 0;
  let offset = 0;
  let i = 10;
  if (i < len) {
    if (unitAt(t, i) != 84) return NaN;
    h = digitsAt(t, len, 11, 2);
    if (h < 0 || len < 16 || unitAt(t, 13) != 58) return NaN;
    mi = digitsAt(t, len, 14, 2);
    if (mi < 0) return NaN;
    i = 16;
    if (i < len && unitAt(t, i) == 58) {
      s = digitsAt(t, len, 17, 2);
      if (s < 0) return NaN;
      i = 19;
      if (i < len && unitAt(t, i) == 46) {
        i++;
        const start = i;
        while (i < len && isDigit(unitAt(t, i)) && i - start < 9) {
          if (i - start < 3) millis = millis * 10 + unitAt(t, i) - 48;
          i++;
        }
        const n = i - start;
        if (n == 0) return NaN;
        for (let k = n; k < 3; k++) millis *= 10;
      }
    }
    if (i < len) {
      const z = unitAt(t, i);
      if (z == 90) i++;
      else if (z == 43 || z == 45) {
        const oh = digitsAt(t, len, i + 1, 2);
        let at = i + 3;
        if (at < len && unitAt(t, at) == 58) at++;
        const om = digitsAt(t, len, at, 2);
        if (oh < 0 || om < 0) return NaN;
        if (oh > 23 || om > 59) return NaN;
        offset = z == 45 ? -(oh * 60 + om) : oh * 60 + om;
        i = at + 2;
      } else return NaN;
    }
    if (i != len) return NaN;
  }
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return NaN;
  if (h > 23 || mi > 59 || s > 59) return NaN;
  return <f64>daysFromCivil(y, mo, d) * 86400000 + (<f64>((h * 60 + mi - offset) * 60 + s)) * 1000 + <f64>millis;
}

function hexVal(c: i32): i32 {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 32;
  if (l >= 97 && l <= 102) return l - 87;
  return -1;
}

/** Parsed address bytes (4 for IPv4, 16 for IPv6) of the last successful parseIp. */
export const ipBytes = new StaticArray<u8>(16);
/** Byte count of the last parsed address: 4 or 16. */
export let ipSize: i32 = 0;

/** IPv4 as in ipAddresses.ts: exactly four dot-separated octets, "0" or 1-3 digits without a leading zero, <= 255. */
function parseV4(t: usize, a: i32, b: i32, at: i32): bool {
  let i = a;
  for (let part = 0; part < 4; part++) {
    const start = i;
    let v = 0;
    while (i < b && unitAt(t, i) != 46) {
      const c = unitAt(t, i);
      if (!isDigit(c) || i - start >= 3) return false;
      v = v * 10 + c - 48;
      i++;
    }
    const n = i - start;
    if (n == 0 || (n > 1 && unitAt(t, start) == 48) || v > 255) return false;
    unchecked(ipBytes[at + part] = <u8>v);
    if (part < 3) {
      if (i >= b) return false;
      i++;
    }
  }
  return i == b;
}

// The IPv6 body after an embedded IPv4 tail is rewritten, as the reference does, into this scratch.
const body = new StaticArray<u16>(64);
const groups = new StaticArray<i32>(16);

/** Parses colon-separated 1-4 digit hex groups of body[a..b) into groups[at..]; -1 when malformed. */
function parseGroups(a: i32, b: i32, at: i32): i32 {
  if (a == b) return at;
  let n = at;
  let i = a;
  while (true) {
    let v = 0;
    const start = i;
    while (i < b && unchecked(body[i]) != 58) {
      const h = hexVal(unchecked(body[i]));
      if (h < 0 || i - start >= 4 || n >= 16) return -1;
      v = v * 16 + h;
      i++;
    }
    if (i == start || n >= 16) return -1;
    unchecked(groups[n++] = v);
    if (i == b) return n;
    i++;
  }
}

function parseV6(t: usize, a: i32, b: i32): bool {
  let lastColon = -1;
  for (let i = a; i < b; i++) if (unitAt(t, i) == 58) lastColon = i;
  let tailV4 = false;
  for (let i = lastColon; i < b; i++) if (unitAt(t, i) == 46) { tailV4 = true; break; }
  const keep = tailV4 ? lastColon + 1 - a : b - a;
  if (keep + 3 > body.length) return false;
  for (let i = 0; i < keep; i++) unchecked(body[i] = <u16>unitAt(t, a + i));
  let n = keep;
  if (tailV4) {
    if (!parseV4(t, lastColon + 1, b, 12)) return false;
    unchecked(body[n++] = 48);
    unchecked(body[n++] = 58);
    unchecked(body[n++] = 48);
  }
  let gap = -1;
  for (let i = 0; i + 1 < n; i++) {
    if (unchecked(body[i]) == 58 && unchecked(body[i + 1]) == 58) {
      if (gap >= 0) return false;
      gap = i;
      i++;
    }
  }
  let total: i32;
  let headCount: i32;
  if (gap < 0) {
    total = parseGroups(0, n, 0);
    if (total != 8) return false;
    headCount = 8;
  } else {
    headCount = parseGroups(0, gap, 0);
    if (headCount < 0) return false;
    total = parseGroups(gap + 2, n, headCount);
    if (total < 0 || total > 7) return false;
  }
  const limit = tailV4 ? 6 : 8;
  const zeros = 8 - total;
  for (let g = 0; g < limit; g++) {
    let v = 0;
    if (g < headCount) v = unchecked(groups[g]);
    else if (g >= headCount + zeros) v = unchecked(groups[g - zeros]);
    unchecked(ipBytes[g * 2] = <u8>(v >> 8));
    unchecked(ipBytes[g * 2 + 1] = <u8>(v & 0xff));
  }
  return true;
}

/**
 * Parses a request's address (no `/prefix`: a context value names one host) into ipBytes/ipSize, as the
 * reference's parseIpRange does without prefixes. Policy CIDRs are parsed by the packer, never here.
 */
export function parseIp(t: usize, len: i32): bool {
  let colon = false;
  for (let i = 0; i < len; i++) {
    const c = unitAt(t, i);
    if (c == 47) return false;
    if (c == 58) colon = true;
  }
  for (let i = 0; i < 16; i++) unchecked(ipBytes[i] = 0);
  if (colon) {
    if (!parseV6(t, 0, len)) return false;
    ipSize = 16;
  } else {
    if (!parseV4(t, 0, len, 0)) return false;
    ipSize = 4;
  }
  return true;
}

/** Decoded bytes of the last successful decodeBase64, and their count. */
export let b64Bytes = new StaticArray<u8>(256);
export let b64Len: i32 = 0;

function b64Code(c: i32): i32 {
  if (c >= 65 && c <= 90) return c - 65;
  if (c >= 97 && c <= 122) return c - 71;
  if (c >= 48 && c <= 57) return c + 4;
  if (c == 43) return 62;
  if (c == 47) return 63;
  return -1;
}

/** Decodes base64 (standard alphabet, padding optional) into b64Bytes, as the reference's base64.ts. */
export function decodeBase64(t: usize, len: i32): bool {
  let end = len;
  if (end % 4 == 0 && end >= 2 && unitAt(t, end - 1) == 61 && unitAt(t, end - 2) == 61) end -= 2;
  else if (end % 4 == 0 && end >= 1 && unitAt(t, end - 1) == 61) end -= 1;
  if (end % 4 == 1) return false;
  if (end > b64Bytes.length) b64Bytes = new StaticArray<u8>(end + 16);
  let buffer = 0;
  let bits = 0;
  let n = 0;
  for (let i = 0; i < end; i++) {
    const v = b64Code(unitAt(t, i));
    if (v < 0) return false;
    buffer = ((buffer << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      unchecked(b64Bytes[n++] = <u8>((buffer >> bits) & 0xff));
    }
  }
  b64Len = n;
  return true;
}
