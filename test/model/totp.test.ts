// RFC 6238 TOTP, checked with the RFC's own SHA-1 test vectors (Appendix B), 8 digits.
import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, totpAt, verifyTotp } from '../../src/model';

const key = new TextEncoder().encode('12345678901234567890');
const vectors: [number, string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

describe('TOTP (RFC 6238)', () => {
  it.each(vectors)('at T=%i seconds the SHA-1 code is %s', (seconds, code) => {
    expect(totpAt(key, seconds * 1000, 8)).toBe(code);
  });

  it('a 6-digit code is the last six digits of the same computation', () => {
    expect(totpAt(key, 59_000)).toBe('287082');
  });

  it('base32 round-trips (RFC 4648)', () => {
    expect(base32Encode(new TextEncoder().encode('foobar'))).toBe('MZXW6YTBOI');
    expect(new TextDecoder().decode(base32Decode('MZXW6YTBOI======'))).toBe('foobar');
  });

  it('a code from the previous 30-second step is still accepted, one from two steps back is not', () => {
    const seed = base32Encode(key);
    expect(verifyTotp(seed, totpAt(key, 59_000), 89_000)).toBe(true);
    expect(verifyTotp(seed, totpAt(key, 0), 89_000)).toBe(false);
  });
});
