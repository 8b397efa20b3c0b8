// Time and randomness as injectable inputs, so ids, secrets, TOTP codes and dates are deterministic in tests.

/** Where the model gets the current time and random bytes. */
export interface ModelEnv {
  /** Milliseconds since the Unix epoch. */
  now(): number;
  /** `n` random bytes. */
  randomBytes(n: number): Uint8Array;
}

/** The real clock and the platform's cryptographic random source (Web Crypto, in browsers and Node 20). */
export const systemEnv: ModelEnv = {
  now: () => Date.now(),
  randomBytes: (n) => crypto.getRandomValues(new Uint8Array(n)),
};

/**
 * A reproducible env for tests and tutorials: a fixed start time that advances only when told, and a
 * seeded xorshift generator (not cryptographic: the ids only need to look right and be repeatable).
 */
export function fixedEnv(startMs: number, seed = 1): ModelEnv & { advance(ms: number): void } {
  let time = startMs;
  let state = seed >>> 0 || 1;
  return {
    now: () => time,
    advance: (ms) => {
      time += ms;
    },
    randomBytes: (n) => {
      const out = new Uint8Array(n);
      for (let i = 0; i < n; i++) {
        state ^= state << 13;
        state ^= state >>> 17;
        state ^= state << 5;
        out[i] = state & 0xff;
      }
      return out;
    },
  };
}

/** ISO 8601 in UTC without milliseconds, the form AWS prints dates in. */
export const isoSeconds = (ms: number): string =>
  new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
