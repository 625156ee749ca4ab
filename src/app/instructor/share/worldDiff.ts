import { type ParseResult, serializeWorld, type World } from '../../../core';
import { parseWorld } from '../../../core/schema/parse';

/**
 * The current world in a share link, small: what changed since the world its scenario starts with, as
 * operations on the saved JSON (`serializeWorld`). The whole world would be some 64 Ki characters of link
 * for the 8-server fleet; a session's changes are usually a few. Applying them to the rebuilt base and
 * reading the result with the core's `parseWorld` gives every check a saved world gets.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
/** Set a value, delete a key, or append items to an array (the ledger grows at its end). */
export type WorldOp =
  | ['s', (string | number)[], Json]
  | ['d', (string | number)[]]
  | ['a', (string | number)[], Json[]];

function same(a: Json, b: Json): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function diff(base: Json, next: Json, path: (string | number)[], ops: WorldOp[]): void {
  if (same(base, next)) return;
  if (Array.isArray(base) && Array.isArray(next)) {
    if (next.length > base.length && base.every((item, i) => same(item, next[i] as Json))) {
      ops.push(['a', path, next.slice(base.length)]);
      return;
    }
    ops.push(['s', path, next]);
    return;
  }
  const isObject = (v: Json): v is { [key: string]: Json } =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  if (isObject(base) && isObject(next)) {
    for (const key of Object.keys(base)) if (!Object.hasOwn(next, key)) ops.push(['d', [...path, key]]);
    for (const key of Object.keys(next)) {
      const child = next[key] as Json;
      if (Object.hasOwn(base, key)) diff(base[key] as Json, child, [...path, key], ops);
      else ops.push(['s', [...path, key], child]);
    }
    return;
  }
  ops.push(['s', path, next]);
}

const savedOf = (world: World): Json => (JSON.parse(serializeWorld(world)) as { world: Json }).world;

/** The operations that turn `base` into `world`. */
export function worldDiff(base: World, world: World): WorldOp[] {
  const ops: WorldOp[] = [];
  diff(savedOf(base), savedOf(world), [], ops);
  return ops;
}

/**
 * `base` with `ops` applied, read back through the core's parser (schema, limits, forbidden keys). The ops
 * come from a link: a path that does not fit the document is an error, never an exception.
 */
export function applyWorldDiff(base: World, ops: readonly WorldOp[]): ParseResult {
  const root = { world: savedOf(base) } as { [key: string]: Json };
  // Path segments are values, not keys, so the link's key check never saw them: refuse the same names here.
  if (
    ops.some((op) => op[1].some((key) => key === '__proto__' || key === 'constructor' || key === 'prototype'))
  )
    return { ok: false, error: { code: 'FORBIDDEN_KEY', message: 'forbidden key in a change' } };
  try {
    for (const op of ops) {
      const path = ['world', ...op[1]];
      const last = path[path.length - 1] as string | number;
      let parent: Json = root;
      for (const key of path.slice(0, -1)) {
        if (typeof parent !== 'object' || parent === null) throw new Error('path');
        parent = (parent as Record<string, Json>)[key as string] as Json;
      }
      if (typeof parent !== 'object' || parent === null) throw new Error('path');
      const target = parent as Record<string, Json>;
      if (op[0] === 's') target[last as string] = op[2];
      else if (op[0] === 'd') delete target[last as string];
      else {
        const list = target[last as string];
        if (!Array.isArray(list)) throw new Error('path');
        list.push(...op[2]);
      }
    }
  } catch {
    return { ok: false, error: { code: 'INVALID_WORLD', message: 'the changes do not fit the scenario' } };
  }
  return parseWorld(JSON.stringify({ format: 'driftlab-world', version: 1, world: root.world }));
}
