import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextRandom, pick, randomInt, seedState } from './rng';

describe('seeded RNG', () => {
  it('is deterministic for a seed', () => {
    const a = nextRandom(seedState(42));
    const b = nextRandom(seedState(42));
    expect(a).toEqual(b);
    expect(nextRandom(seedState(43))[0]).not.toBe(a[0]);
  });
  it('draws values in [0, 1) and integers in range', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: -50, max: 50 }),
        fc.integer({ min: 0, max: 50 }),
        (s, min, span) => {
          const [v] = nextRandom(s);
          const [n] = randomInt(s, min, min + span);
          return v >= 0 && v < 1 && n >= min && n <= min + span && Number.isInteger(n);
        },
      ),
    );
  });
  it('picks from the list', () => {
    expect(['a', 'b', 'c']).toContain(pick(seedState(7), ['a', 'b', 'c'])[0]);
  });
});
