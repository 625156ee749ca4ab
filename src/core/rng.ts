/**
 * A seeded pseudo-random generator (mulberry32) whose whole state is one 32-bit number, so it lives in the
 * world and survives serialization. Pure: every draw returns the value and the next state.
 */
export function nextRandom(state: number): [value: number, next: number] {
  const next = (state + 0x6d2b79f5) | 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return [((t ^ (t >>> 14)) >>> 0) / 4294967296, next];
}

/** An integer in [min, max] and the next state. */
export function randomInt(state: number, min: number, max: number): [value: number, next: number] {
  const [value, next] = nextRandom(state);
  return [min + Math.floor(value * (max - min + 1)), next];
}

/** Picks one element; `items` must not be empty. */
export function pick<T>(state: number, items: readonly T[]): [value: T, next: number] {
  const [index, next] = randomInt(state, 0, items.length - 1);
  return [items[index] as T, next];
}

/** A small, stable seed from any integer (so seed 0 and 1 do not start alike). */
export function seedState(seed: number): number {
  let h = (seed | 0) ^ 0x9e3779b9;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}
