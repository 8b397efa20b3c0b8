import { describe, expect, it } from 'vitest';
import { DECISIONS, DECISION_CODE } from '../src/engine/contract';

describe('engine contract', () => {
  it('decision codes index the decision list', () => {
    for (const d of DECISIONS) expect(DECISIONS[DECISION_CODE[d]]).toBe(d);
  });
});
