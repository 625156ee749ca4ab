/**
 * The first gate for text from outside (an imported file, a shared link, the authoring editor): size, JSON,
 * nesting, keys that would reach `Object.prototype`, and control characters. Never throws: every way a text
 * can be wrong is a code with a path. Schema checks come after, on what passes.
 */

export type DocErrorCode =
  | 'NOT_TEXT'
  | 'EMPTY'
  | 'TOO_LARGE'
  /** A share link whose payload is not lz-string (mangled or cut short on the way). */
  | 'NOT_LZ'
  | 'NOT_JSON'
  | 'TOO_DEEP'
  | 'FORBIDDEN_KEY'
  | 'CONTROL_CHARS'
  | 'WRONG_FORMAT'
  | 'WRONG_VERSION'
  | 'INVALID';

export interface DocIssue {
  /** Where in the document, as `servers.2.role`; empty for the whole document. */
  path: string;
  message: string;
}

export interface DocError {
  code: DocErrorCode;
  /** The first problems found (at most `MAX_ISSUES`), for the message the instructor reads. */
  issues: DocIssue[];
}

export type Checked<T> = { ok: true; value: T } | { ok: false; error: DocError };

export const MAX_ISSUES = 5;
const MAX_DEPTH = 24;
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
/**
 * C0 controls but tab, newline and carriage return; DEL; C1 controls; and the bidirectional overrides that
 * can make text read differently from what it is ("Trojan Source").
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Whether `text` holds a character `parseOutsideJson` refuses. */
export function hasControlChars(text: string): boolean {
  return CONTROL.test(text);
}

export function fail<T>(code: DocErrorCode, path = '', message: string = code): Checked<T> {
  return { ok: false, error: { code, issues: [{ path, message }] } };
}

export function pathText(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** Walks parsed JSON without recursion (a deep document cannot overflow the stack). */
function scan(root: unknown): Checked<unknown> | undefined {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: root, path: [] }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { value, path } = item;
    if (typeof value === 'string') {
      if (CONTROL.test(value)) return fail('CONTROL_CHARS', pathText(path), 'control character in text');
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (path.length > MAX_DEPTH) return fail('TOO_DEEP', pathText(path), `nested deeper than ${MAX_DEPTH}`);
    if (Array.isArray(value)) {
      value.forEach((child, i) => {
        stack.push({ value: child, path: [...path, i] });
      });
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN.has(key))
        return fail('FORBIDDEN_KEY', pathText([...path, key]), `key "${key}" is not allowed`);
      if (CONTROL.test(key)) return fail('CONTROL_CHARS', pathText(path), 'control character in a key');
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return undefined;
}

/** Parses JSON text from outside, refusing what no document of ours contains. */
export function parseOutsideJson(text: unknown, maxChars: number): Checked<unknown> {
  if (typeof text !== 'string') return fail('NOT_TEXT');
  if (text.length > maxChars) return fail('TOO_LARGE', '', `more than ${maxChars} characters`);
  if (text.trim() === '') return fail('EMPTY');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return fail('NOT_JSON', '', e instanceof Error ? e.message : 'not JSON');
  }
  return scan(value) ?? { ok: true, value };
}

/** Checks the envelope's `format` and `version` before the schema, so an old or foreign file says so. */
export function checkEnvelope(
  value: unknown,
  format: string,
  version: number,
): Checked<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return fail('WRONG_FORMAT', '', `expected an object with "format": "${format}"`);
  const doc = value as Record<string, unknown>;
  if (doc.format !== format) return fail('WRONG_FORMAT', 'format', `expected "${format}"`);
  if (doc.version !== version) return fail('WRONG_VERSION', 'version', `this build reads version ${version}`);
  return { ok: true, value: doc };
}

/** Zod issues as the first few `DocIssue`s. */
export function issuesOf(issues: readonly { path: readonly PropertyKey[]; message: string }[]): DocIssue[] {
  return issues.slice(0, MAX_ISSUES).map((i) => ({ path: pathText(i.path), message: i.message }));
}
