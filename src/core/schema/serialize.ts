import { ledgerEntries } from '../history/ledger';
import type { World } from '../model/types';

/**
 * Versioned JSON for a whole world: `{ format: 'driftlab-world', version, world }`, the ledger written as a
 * flat array. Reading it back (`parseWorld`, zod) is in `parse.ts`, outside the core's barrel: the app's
 * first screen saves worlds but reads one only when a session was saved.
 */

export const WORLD_FORMAT = 'driftlab-world';
export const WORLD_FORMAT_VERSION = 1;

export type WorldErrorCode =
  | 'NOT_TEXT'
  | 'TOO_LARGE'
  | 'NOT_JSON'
  | 'TOO_DEEP'
  | 'FORBIDDEN_KEY'
  | 'WRONG_FORMAT'
  | 'WRONG_VERSION'
  | 'MIGRATION_FAILED'
  | 'INVALID_WORLD'
  | 'INTERNAL';

export interface WorldError {
  code: WorldErrorCode;
  /** English detail for logs and developers; the UI words the code. */
  message: string;
  /** Where in the document, e.g. `['world', 'servers', 'web-01', 'fs', '/etc/hosts', 'mode']`. */
  path?: (string | number)[];
}

export type ParseResult = { ok: true; world: World } | { ok: false; error: WorldError };

/** Turns a saved world of version `n` into version `n + 1`; receives and returns unvalidated JSON. */
export type Migration = (world: unknown) => unknown;

/** The migrations this build knows, by the version they start from. None yet: version 1 is the first. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export interface ParseOptions {
  migrations?: Readonly<Record<number, Migration>>;
  maxChars?: number;
}

export function serializeWorld(world: World): string {
  const saved = { ...world, ledger: ledgerEntries(world.ledger) };
  return JSON.stringify({ format: WORLD_FORMAT, version: WORLD_FORMAT_VERSION, world: saved });
}
