// Time-based one-time passwords for virtual MFA devices (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits),
// synchronous so that API calls stay synchronous; HMAC-SHA1 comes from the audited @noble/hashes.

import { hmac } from '@noble/hashes/hmac.js';
import { sha1 } from '@noble/hashes/legacy.js';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Decodes RFC 4648 base32 (padding and case ignored). */
export function base32Decode(text: string): Uint8Array {
  const clean = text.toUpperCase().replace(/=+$/, '');
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of clean) {
    const v = BASE32.indexOf(ch);
    if (v < 0) throw new Error(`"${ch}" is not a base32 character`);
    value = (value << 5) | v;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return new Uint8Array(out);
}

/** Encodes bytes as RFC 4648 base32 without padding (the form authenticator apps accept). */
export function base32Encode(bytes: Uint8Array): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return bits > 0 ? out + BASE32[(value << (5 - bits)) & 31] : out;
}

/** RFC 4226 HOTP: the `digits`-digit code for a counter value. */
export function hotp(key: Uint8Array, counter: number, digits = 6): string {
  const message = new Uint8Array(8);
  let c = counter;
  for (let i = 7; i >= 0; i--) {
    message[i] = c & 0xff;
    c = Math.floor(c / 256);
  }
  const mac = hmac(sha1, key, message);
  const offset = mac[mac.length - 1] & 0x0f;
  const binary = ((mac[offset] & 0x7f) << 24) | (mac[offset + 1] << 16) | (mac[offset + 2] << 8) | mac[offset + 3];
  return String(binary % 10 ** digits).padStart(digits, '0');
}

/** RFC 6238 TOTP: the code at `timeMs` for a raw key, with 30-second steps from the Unix epoch. */
export const totpAt = (key: Uint8Array, timeMs: number, digits = 6): string =>
  hotp(key, Math.floor(timeMs / 30_000), digits);

/** Whether a 6-digit code matches a base32 seed at `timeMs`, allowing one step of clock drift either way. */
export function verifyTotp(seedBase32: string, code: string, timeMs: number): boolean {
  const key = base32Decode(seedBase32);
  return [-30_000, 0, 30_000].some((drift) => totpAt(key, timeMs + drift) === code);
}

/** The otpauth:// URI that authenticator apps read from a QR code. */
export const otpauthUri = (seedBase32: string, account: string, issuer = 'Amazon Web Services'): string =>
  `otpauth://totp/${encodeURIComponent(`${issuer}:${account}`)}?secret=${seedBase32}&issuer=${encodeURIComponent(issuer)}`;
