// The clock and random source of one console action that may be run several times: every run sees the
// same time and the same random bytes, so it asks the engine the same questions and the decisions
// gathered in earlier runs still apply.
import type { ModelEnv } from '../../model';

/** An env frozen at `base.now()` whose random draws repeat after `rewind()`. */
export function replayableEnv(base: ModelEnv): ModelEnv & { rewind(): void } {
  const nowMs = base.now();
  const drawn: Uint8Array[] = [];
  let next = 0;
  return {
    now: () => nowMs,
    randomBytes: (n) => {
      const earlier = drawn[next];
      if (earlier?.length !== n) {
        // A run that draws differently from the last one starts a new sequence from here.
        drawn.length = next;
        drawn.push(base.randomBytes(n));
      }
      return drawn[next++]!.slice();
    },
    rewind: () => {
      next = 0;
    },
  };
}
