import type { z } from 'zod';
import { CONTROL_ALL } from './controlChars';

/**
 * Checks a file a person hands the app (a learner's session, a progress file): size, JSON, no prototype
 * keys, format, version, then the schema. Never throws; a problem says what is wrong in words a person can
 * act on (the UI names the file).
 */
export type FileProblem =
  | { code: 'empty' }
  | { code: 'too-large'; limitKb: number }
  | { code: 'not-json' }
  | { code: 'too-deep' }
  | { code: 'forbidden-key'; key: string; path: string }
  | { code: 'wrong-format'; found: string }
  | { code: 'wrong-version'; found: string }
  /** `path` is '' when the file as a whole is not the expected shape. */
  | { code: 'invalid'; path: string };

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: FileProblem };

/** Keys that could reach an object's prototype if some code copied them naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Nothing DriftLab writes nests deeper than this. */
const MAX_DEPTH = 32;

/** A value from the file, made safe to show: no control characters, short. */
export function shown(value: unknown, max = 60): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  const clean = text.replace(CONTROL_ALL, ' ');
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}

function pathText(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else text += text === '' ? String(part) : `.${String(part)}`;
  }
  return shown(text, 80);
}

/** Walks the parsed value without recursion: prototype keys anywhere, or nesting deeper than MAX_DEPTH. */
function unsafeShape(root: unknown): FileProblem | null {
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: PropertyKey[] };
    if (typeof value !== 'object' || value === null) continue;
    if (path.length > MAX_DEPTH) return { code: 'too-deep' };
    if (Array.isArray(value)) {
      value.forEach((child, i) => {
        stack.push({ value: child, path: [...path, i] });
      });
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return { code: 'forbidden-key', key, path: pathText(path) };
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return null;
}

/** JSON text of at most `maxBytes`, free of prototype keys and absurd nesting. */
export function readJson(text: string, maxBytes: number): Checked<unknown> {
  if (text.trim() === '') return { ok: false, problem: { code: 'empty' } };
  const tooLarge = {
    ok: false,
    problem: { code: 'too-large', limitKb: Math.round(maxBytes / 1024) },
  } as const;
  if (text.length > maxBytes || new TextEncoder().encode(text).length > maxBytes) return tooLarge;
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { ok: false, problem: { code: 'not-json' } };
  }
  const unsafe = unsafeShape(value);
  return unsafe ? { ok: false, problem: unsafe } : { ok: true, value };
}

/**
 * A parsed value as a versioned DriftLab file: `format` and `version` first (so an old or foreign file is
 * named as such rather than as a pile of schema errors), then the schema, whose first issue is reported.
 */
export function checkVersioned<T>(
  value: unknown,
  format: string,
  version: number,
  schema: z.ZodType<T>,
): Checked<T> {
  const record = typeof value === 'object' && value !== null && !Array.isArray(value) ? value : null;
  const fields = (record ?? {}) as { format?: unknown; version?: unknown };
  if (fields.format !== format) {
    return { ok: false, problem: { code: 'wrong-format', found: shown(fields.format ?? '—') } };
  }
  if (fields.version !== version) {
    return { ok: false, problem: { code: 'wrong-version', found: shown(fields.version ?? '—') } };
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, problem: { code: 'invalid', path: pathText(parsed.error.issues[0]?.path ?? []) } };
}
