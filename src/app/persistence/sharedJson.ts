import { ledgerEntries, WORLD_FORMAT, WORLD_FORMAT_VERSION, type World } from '../../core';

/** JSON text of objects already written, by identity: the world is immutable and shares unchanged parts. */
export type JsonCache = WeakMap<object, string>;

function skipped(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/**
 * `JSON.stringify` for immutable data with structural sharing: objects down to `depth` levels are written
 * once and then reused by identity, so saving after a command re-serializes only what the command changed
 * (one server), not the whole fleet. Same text as `JSON.stringify`, key order included.
 */
export function stringifyShared(value: unknown, cache: JsonCache, depth: number): string {
  if (typeof value !== 'object' || value === null || depth <= 0) return JSON.stringify(value) ?? 'null';
  const hit = cache.get(value);
  if (hit !== undefined) return hit;
  let text: string;
  if (Array.isArray(value)) {
    text = `[${value.map((v) => (skipped(v) ? 'null' : stringifyShared(v, cache, depth - 1))).join(',')}]`;
  } else {
    const parts: string[] = [];
    for (const [key, v] of Object.entries(value)) {
      if (!skipped(v)) parts.push(`${JSON.stringify(key)}:${stringifyShared(v, cache, depth - 1)}`);
    }
    text = `{${parts.join(',')}}`;
  }
  cache.set(value, text);
  return text;
}

/**
 * The core's saved-world text (`serializeWorld`), built from cached parts: world → servers → server →
 * its files, packages and services are reused when unchanged. A test holds it to `serializeWorld`'s bytes.
 */
export function serializeWorldShared(world: World, cache: JsonCache): string {
  const saved = { ...world, ledger: ledgerEntries(world.ledger) };
  const body = stringifyShared(saved, cache, 4);
  return `{"format":${JSON.stringify(WORLD_FORMAT)},"version":${WORLD_FORMAT_VERSION},"world":${body}}`;
}
