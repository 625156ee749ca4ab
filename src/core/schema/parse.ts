import { LIMITS } from './limits';
import {
  MIGRATIONS,
  type Migration,
  type ParseOptions,
  type ParseResult,
  WORLD_FORMAT,
  WORLD_FORMAT_VERSION,
  type WorldError,
  type WorldErrorCode,
} from './serialize';
import { savedWorldSchema, worldSchema } from './world';

/**
 * Reading a saved world back, and checking one: `parseWorld` never throws, every way a text can be wrong is a
 * result with a code. Not in the core's barrel (it brings zod): import `core/schema/parse` directly.
 */

/** Keys that would reach `Object.prototype` when assigned to a plain object, or shadow what it provides. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function fail(code: WorldErrorCode, message: string, path?: (string | number)[]): ParseResult {
  return { ok: false, error: path ? { code, message, path } : { code, message } };
}

interface Frame {
  value: object;
  key: string | number;
  parent: Frame | undefined;
  depth: number;
}

function pathOf(frame: Frame | undefined, last?: string): (string | number)[] {
  const out: (string | number)[] = last === undefined ? [] : [last];
  for (let f = frame; f?.parent; f = f.parent) out.unshift(f.key);
  return out;
}

/** Finds a prototype-polluting key or excessive nesting, iteratively (a deep document cannot overflow the stack). */
function scan(root: unknown, maxDepth: number): WorldError | undefined {
  if (typeof root !== 'object' || root === null) return undefined;
  const stack: Frame[] = [{ value: root, key: '', parent: undefined, depth: 0 }];
  for (let frame = stack.pop(); frame; frame = stack.pop()) {
    if (frame.depth > maxDepth)
      return { code: 'TOO_DEEP', message: `Nested deeper than ${maxDepth} levels`, path: pathOf(frame) };
    const entries: [string | number, unknown][] = Array.isArray(frame.value)
      ? frame.value.map((v, i) => [i, v])
      : Object.entries(frame.value);
    for (const [key, value] of entries) {
      if (typeof key === 'string' && FORBIDDEN_KEYS.has(key))
        return { code: 'FORBIDDEN_KEY', message: `Key "${key}" is not allowed`, path: pathOf(frame, key) };
      if (typeof value === 'object' && value !== null)
        stack.push({ value, key, parent: frame, depth: frame.depth + 1 });
    }
  }
  return undefined;
}

/** Brings a saved world from `version` up to the current format, one migration at a time. */
export function migrate(
  world: unknown,
  version: number,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
): { ok: true; world: unknown } | { ok: false; error: WorldError } {
  let current = world;
  for (let v = version; v < WORLD_FORMAT_VERSION; v++) {
    const step = Object.hasOwn(migrations, v) ? migrations[v] : undefined;
    if (!step)
      return { ok: false, error: { code: 'WRONG_VERSION', message: `No migration from version ${v}` } };
    try {
      current = step(current);
    } catch (e) {
      return { ok: false, error: { code: 'MIGRATION_FAILED', message: `Migration from ${v}: ${String(e)}` } };
    }
  }
  return { ok: true, world: current };
}

function firstIssue(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  prefix: (string | number)[],
): WorldError {
  const issue = issues[0];
  const path = (issue?.path ?? []).map((p) => (typeof p === 'number' ? p : String(p)));
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return {
    code: 'INVALID_WORLD',
    message: `${issue?.message ?? 'Invalid world'}${more}`,
    path: [...prefix, ...path],
  };
}

function parseUnsafe(text: unknown, options: ParseOptions): ParseResult {
  if (typeof text !== 'string') return fail('NOT_TEXT', 'Expected a string');
  const maxChars = options.maxChars ?? LIMITS.textChars;
  if (text.length > maxChars) return fail('TOO_LARGE', `${text.length} characters, at most ${maxChars}`);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return fail('NOT_JSON', String(e));
  }
  const unsafe = scan(doc, LIMITS.depth);
  if (unsafe) return { ok: false, error: unsafe };
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    return fail('WRONG_FORMAT', 'Expected a JSON object');
  const envelope = doc as Record<string, unknown>;
  if (envelope.format !== WORLD_FORMAT)
    return fail('WRONG_FORMAT', `Expected format "${WORLD_FORMAT}"`, ['format']);
  const extra = Object.keys(envelope).find((k) => k !== 'format' && k !== 'version' && k !== 'world');
  if (extra !== undefined) return fail('WRONG_FORMAT', `Unknown key "${extra}"`, [extra]);
  const { version } = envelope;
  if (
    typeof version !== 'number' ||
    !Number.isInteger(version) ||
    version < 0 ||
    version > WORLD_FORMAT_VERSION
  )
    return fail('WRONG_VERSION', `Version ${String(version)} is not supported`, ['version']);
  const migrated = migrate(envelope.world, version, options.migrations);
  if (!migrated.ok) return migrated;
  const parsed = savedWorldSchema.safeParse(migrated.world);
  if (!parsed.success) return { ok: false, error: firstIssue(parsed.error.issues, ['world']) };
  return { ok: true, world: parsed.data };
}

/** Reads a saved world. Never throws; on success the world is freshly built plain data, safe to use. */
export function parseWorld(text: unknown, options: ParseOptions = {}): ParseResult {
  try {
    return parseUnsafe(text, options);
  } catch (e) {
    return fail('INTERNAL', String(e));
  }
}

/** Checks an in-memory world against the schema (tests, and worlds handed over by other code). */
export function validateWorld(world: unknown): { ok: true } | { ok: false; error: WorldError } {
  const unsafe = scan(world, LIMITS.depth);
  if (unsafe) return { ok: false, error: unsafe };
  const parsed = worldSchema.safeParse(world);
  return parsed.success ? { ok: true } : { ok: false, error: firstIssue(parsed.error.issues, []) };
}
