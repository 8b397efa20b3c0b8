// IPv4/IPv6 addresses and CIDR ranges for IpAddress/NotIpAddress.
// Documented rule ("IP address condition operators"): values use CIDR notation (RFC 4632); an
// address without a prefix length means the single address (/32, /128); IPv6 hex digits are
// case-insensitive and `::` compression is allowed. An IPv4 address never falls inside an IPv6
// range and vice versa. Host bits set in a policy range are ignored (the range is masked).
// Decimal octets must not have leading zeros (they would be ambiguous); anything else is malformed.

/** An address or a range: bytes (4 or 16) and a prefix length. */
export interface IpRange {
  bytes: Uint8Array;
  prefix: number;
}

const OCTET = /^(?:0|[1-9]\d{0,2})$/;
const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;

function parseIpv4(text: string, out: Uint8Array, at: number): boolean {
  const octets = text.split('.');
  if (octets.length !== 4) return false;
  for (let i = 0; i < 4; i++) {
    if (!OCTET.test(octets[i])) return false;
    const v = Number(octets[i]);
    if (v > 255) return false;
    out[at + i] = v;
  }
  return true;
}

function parseGroups(text: string, out: number[]): boolean {
  if (text === '') return true;
  for (const g of text.split(':')) {
    if (!HEX_GROUP.test(g)) return false;
    out.push(parseInt(g, 16));
  }
  return true;
}

function parseIpv6(text: string): Uint8Array | null {
  const bytes = new Uint8Array(16);
  let body = text;
  let tailV4 = false;
  const lastColon = text.lastIndexOf(':');
  if (text.indexOf('.', lastColon) !== -1) {
    // An embedded IPv4 tail (::ffff:192.0.2.1) fills the last four bytes.
    if (!parseIpv4(text.slice(lastColon + 1), bytes, 12)) return null;
    body = text.slice(0, lastColon + 1) + '0:0';
    tailV4 = true;
  }
  const halves = body.split('::');
  if (halves.length > 2) return null;
  const head: number[] = [];
  const tail: number[] = [];
  if (!parseGroups(halves[0], head)) return null;
  if (halves.length === 2 && !parseGroups(halves[1], tail)) return null;
  const total = head.length + tail.length;
  if (halves.length === 1 ? total !== 8 : total > 7) return null;
  const groups = [...head, ...new Array<number>(8 - total).fill(0), ...tail];
  const limit = tailV4 ? 6 : 8;
  for (let i = 0; i < limit; i++) {
    bytes[i * 2] = groups[i] >> 8;
    bytes[i * 2 + 1] = groups[i] & 0xff;
  }
  return bytes;
}

/** Parses `address` or `address/prefix`; null when malformed. `allowPrefix` is false for request values. */
export function parseIpRange(text: string, allowPrefix: boolean): IpRange | null {
  const slash = text.indexOf('/');
  const address = slash === -1 ? text : text.slice(0, slash);
  let bytes: Uint8Array | null;
  if (address.includes(':')) bytes = parseIpv6(address);
  else {
    bytes = new Uint8Array(4);
    if (!parseIpv4(address, bytes, 0)) bytes = null;
  }
  if (bytes === null) return null;
  const maxPrefix = bytes.length * 8;
  if (slash === -1) return { bytes, prefix: maxPrefix };
  if (!allowPrefix) return null;
  const prefixText = text.slice(slash + 1);
  if (!/^(?:0|[1-9]\d{0,2})$/.test(prefixText) || Number(prefixText) > maxPrefix) return null;
  return { bytes, prefix: Number(prefixText) };
}

/** True when the address lies inside the range (same family, equal leading `prefix` bits). */
export function ipInRange(address: IpRange, range: IpRange): boolean {
  if (address.bytes.length !== range.bytes.length) return false;
  let bits = range.prefix;
  for (let i = 0; bits > 0; i++, bits -= 8) {
    const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
    if ((address.bytes[i] & mask) !== (range.bytes[i] & mask)) return false;
  }
  return true;
}
