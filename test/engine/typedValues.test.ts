// Parsing of the values that typed condition operators compare: numbers, dates (ISO 8601 and
// epoch seconds), IPv4/IPv6 addresses and CIDR ranges, and base64.
import { describe, expect, it } from 'vitest';
import { decodeBase64 } from '../../src/engine/evaluate/base64';
import { parseDate } from '../../src/engine/evaluate/dates';
import { ipInRange, parseIpRange } from '../../src/engine/evaluate/ipAddresses';
import { parseNumber } from '../../src/engine/evaluate/numbers';

describe('numbers', () => {
  it('integers and decimals compare by value', () => {
    expect(parseNumber('1.50')).toBe(parseNumber('1.5'));
    expect(parseNumber('-3')).toBe(-3);
    expect(parseNumber('.5')).toBe(0.5);
  });
  it.each(['', 'abc', '1e3', '0x10', ' 1', '1,5', '--1'])('a malformed number (%j) does not parse', (text) => {
    expect(parseNumber(text)).toBeNaN();
  });
});

describe('dates', () => {
  const t = Date.UTC(2024, 0, 15, 10, 30, 0);
  it.each([
    ['an ISO 8601 date-time in UTC', '2024-01-15T10:30:00Z', t],
    ['an ISO 8601 date-time without seconds', '2024-01-15T10:30Z', t],
    ['fractional seconds (kept to the millisecond)', '2024-01-15T10:30:00.1239Z', t + 123],
    ['a positive zone offset', '2024-01-15T12:30:00+02:00', t],
    ['a negative zone offset without a colon', '2024-01-15T05:30:00-0500', t],
    ['a date-time without a zone is UTC', '2024-01-15T10:30:00', t],
    ['a date alone is midnight UTC', '2024-01-15', Date.UTC(2024, 0, 15)],
    ['epoch seconds', String(t / 1000), t],
    ['a leap day', '2024-02-29T00:00:00Z', Date.UTC(2024, 1, 29)],
    ['a date before 1970', '1969-12-31T23:59:59Z', -1000],
  ])('%s', (_rule, text, expected) => {
    expect(parseDate(text)).toBe(expected);
  });
  it.each(['2023-02-29', '2024-13-01', '2024-01-15T24:00:00Z', '2024-1-5', 'yesterday', '', '1234567890123456'])(
    'a malformed or impossible date (%j) does not parse',
    (text) => {
      expect(parseDate(text)).toBeNaN();
    },
  );
});

describe('IP addresses and CIDR ranges', () => {
  const inRange = (address: string, range: string) => {
    const a = parseIpRange(address, false);
    const r = parseIpRange(range, true);
    return a !== null && r !== null && ipInRange(a, r);
  };
  it.each([
    ['an IPv4 address inside a /24', '203.0.113.7', '203.0.113.0/24', true],
    ['an IPv4 address outside a /24', '203.0.114.7', '203.0.113.0/24', false],
    ['an address without a prefix means /32', '203.0.113.7', '203.0.113.7', true],
    ['host bits in the range are ignored', '203.0.113.7', '203.0.113.99/24', true],
    ['/0 covers every IPv4 address', '8.8.8.8', '0.0.0.0/0', true],
    ['IPv6 with :: compression and mixed-case hex', '2001:DB8::1', '2001:db8::/32', true],
    ['an IPv6 address outside the range', '2001:db9::1', '2001:db8::/32', false],
    ['an IPv4 address is never inside an IPv6 range', '192.0.2.1', '::/0', false],
    ['an IPv6 address is never inside an IPv4 range', '::ffff:192.0.2.1', '0.0.0.0/0', false],
    ['an IPv6 address with an embedded IPv4 tail', '::ffff:192.0.2.1', '::ffff:192.0.2.0/120', true],
    ['a prefix that is not a multiple of 8', '10.0.0.129', '10.0.0.128/25', true],
  ])('%s', (_rule, address, range, expected) => {
    expect(inRange(address, range)).toBe(expected);
  });
  it.each([
    '256.1.1.1',
    '1.2.3',
    '01.2.3.4',
    '1.2.3.4/33',
    '2001:db8::1::2',
    'fe80::1%eth0',
    'abc',
    '1:2:3:4:5:6:7:8:9',
  ])('a malformed range (%j) does not parse', (text) => {
    expect(parseIpRange(text, true)).toBeNull();
  });
  it('a request address may not carry a prefix length', () => {
    expect(parseIpRange('10.0.0.1/32', false)).toBeNull();
  });
});

describe('base64', () => {
  it('decodes with or without padding to the same bytes', () => {
    expect(decodeBase64('aGVsbG8=')).toBe('hello');
    expect(decodeBase64('aGVsbG8')).toBe('hello');
  });
  it.each(['a', 'aGVsbG8*', 'aGV=sbG8'])('rejects malformed base64 (%j)', (text) => {
    expect(decodeBase64(text)).toBeNull();
  });
});
