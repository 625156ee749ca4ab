/**
 * Reads one word of the input: quotes, backslash escapes and `$` forms.
 * Unsupported `$` forms ($(...), $((...)), backticks, ${x:-y}) fail here with a friendly message,
 * so the parser never has to guess what a half-understood word meant.
 */
import { badSubstitution, printable, unmatched, unsupported } from './messages';
import type { Segment } from './types';

/** Characters that end a word when unquoted (bash metacharacters). */
export const METACHARS = new Set([' ', '\t', '\n', ';', '&', '|', '(', ')', '<', '>']);

type Read = { ok: true; end: number } | { ok: false; error: string };

const NAME_START = /[A-Za-z_]/;
const NAME_REST = /[A-Za-z0-9_]/;
const SPECIAL = new Set(['?', '$', '!', '#', '@', '*', '-']);
const SIMPLE_BRACED = /^(?:[A-Za-z_][A-Za-z0-9_]*|[0-9]+|[?$!#@*-])$/;
/** `${name<op>...}` or `${#name}`: real bash syntax we do not implement (as opposed to garbage). */
const OPERATOR_BRACED = /^[#!]?(?:[A-Za-z_][A-Za-z0-9_]*|[0-9]+|[?$!#@*-])(?:[:\-=?+#%/^,[@]|$)/;

/** Appends text, merging with the previous segment when it has the same quoting. */
export function pushText(out: Segment[], text: string, quoted: boolean): void {
  const last = out[out.length - 1];
  if (last?.kind === 'text' && last.quoted === quoted) {
    out[out.length - 1] = { kind: 'text', text: last.text + text, quoted };
  } else if (text !== '' || quoted) {
    // An empty quoted segment is kept: `""` is an (empty) argument, unlike nothing at all.
    out.push({ kind: 'text', text, quoted });
  }
}

/** Reads a word starting at `start` (not a metacharacter). Returns its segments and end offset. */
export function readWord(
  src: string,
  start: number,
): { ok: true; segments: Segment[]; end: number } | { ok: false; error: string } {
  const out: Segment[] = [];
  let i = start;
  while (i < src.length) {
    const c = src[i] as string;
    if (METACHARS.has(c)) break;
    let r: Read;
    if (c === "'") {
      const close = src.indexOf("'", i + 1);
      if (close < 0) return { ok: false, error: unmatched("'") };
      pushText(out, src.slice(i + 1, close), true);
      r = { ok: true, end: close + 1 };
    } else if (c === '"') {
      r = readDouble(src, i + 1, out);
    } else if (c === '\\') {
      r = readEscape(src, i, out);
    } else if (c === '$') {
      r = readDollar(src, i, false, out);
    } else if (c === '`') {
      return { ok: false, error: unsupported('command substitution `...`') };
    } else {
      pushText(out, c, false);
      r = { ok: true, end: i + 1 };
    }
    if (!r.ok) return r;
    i = r.end;
  }
  return { ok: true, segments: out, end: i };
}

function readEscape(src: string, i: number, out: Segment[]): Read {
  const next = src[i + 1];
  if (next === '\n') return { ok: true, end: i + 2 }; // line continuation
  // A trailing backslash stays literal (what `bash -c 'echo a\'` prints).
  pushText(out, next ?? '\\', true);
  return { ok: true, end: next === undefined ? i + 1 : i + 2 };
}

/** Inside "...": only `$`, backquote, `"`, `\` and newline can be escaped; `$` still expands. */
function readDouble(src: string, start: number, out: Segment[]): Read {
  let i = start;
  let buf = '';
  let emitted = false;
  while (i < src.length) {
    const c = src[i] as string;
    if (c === '"') {
      // `""` still yields an (empty) quoted segment so it survives as an argument.
      if (buf !== '' || !emitted) pushText(out, buf, true);
      return { ok: true, end: i + 1 };
    }
    if (c === '\\') {
      const next = src[i + 1];
      if (next === '$' || next === '`' || next === '"' || next === '\\') buf += next;
      else if (next !== '\n') buf += next === undefined ? '\\' : `\\${next}`;
      i += next === undefined ? 1 : 2;
    } else if (c === '$') {
      if (buf !== '') pushText(out, buf, true);
      buf = '';
      emitted = true;
      const r = readDollar(src, i, true, out);
      if (!r.ok) return r;
      i = r.end;
    } else if (c === '`') {
      return { ok: false, error: unsupported('command substitution `...`') };
    } else {
      buf += c;
      i++;
    }
  }
  return { ok: false, error: unmatched('"') };
}

/** Reads a `$` form at `i`. `quoted` is true inside double quotes. */
function readDollar(src: string, i: number, quoted: boolean, out: Segment[]): Read {
  const next = src[i + 1] ?? '';
  if (next === '(') {
    const thing = src[i + 2] === '(' ? 'arithmetic expansion $((...))' : 'command substitution $(...)';
    return { ok: false, error: unsupported(thing) };
  }
  if (next === '[') return { ok: false, error: unsupported('arithmetic expansion $[...]') };
  if (next === '{') return readBraced(src, i, quoted, out);
  if (!quoted && next === "'") return readAnsiC(src, i + 2, out);
  // $"..." is a translatable string; without a locale catalogue it is just "...".
  if (!quoted && next === '"') return { ok: true, end: i + 1 };
  if (NAME_START.test(next)) {
    let j = i + 2;
    while (j < src.length && NAME_REST.test(src[j] as string)) j++;
    out.push({ kind: 'param', name: src.slice(i + 1, j), quoted, braced: false });
    return { ok: true, end: j };
  }
  if (SPECIAL.has(next) || (next >= '0' && next <= '9')) {
    out.push({ kind: 'param', name: next, quoted, braced: false });
    return { ok: true, end: i + 2 };
  }
  pushText(out, '$', quoted); // `$` before anything else is literal, as in bash
  return { ok: true, end: i + 1 };
}

function readBraced(src: string, i: number, quoted: boolean, out: Segment[]): Read {
  const close = src.indexOf('}', i + 2);
  if (close < 0) return { ok: false, error: unmatched('}') };
  const inner = src.slice(i + 2, close);
  if (SIMPLE_BRACED.test(inner)) {
    out.push({ kind: 'param', name: inner, quoted, braced: true });
    return { ok: true, end: close + 1 };
  }
  if (inner !== '' && OPERATOR_BRACED.test(inner)) {
    return { ok: false, error: unsupported(`parameter expansion \${${printable(inner, 30)}}`) };
  }
  return { ok: false, error: badSubstitution(`\${${inner}}`) };
}

const SIMPLE_ESCAPES: Record<string, string> = {
  a: '\x07',
  b: '\b',
  e: '\x1b',
  E: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '?': '?',
};

/** `$'...'` (ANSI-C quoting), which `quote()` also emits for control characters. */
function readAnsiC(src: string, start: number, out: Segment[]): Read {
  let buf = '';
  let i = start;
  while (i < src.length) {
    const c = src[i] as string;
    if (c === "'") {
      pushText(out, buf, true);
      return { ok: true, end: i + 1 };
    }
    if (c !== '\\' || i + 1 >= src.length) {
      buf += c;
      i++;
      continue;
    }
    const decoded = decodeAnsiEscape(src, i + 1);
    buf += decoded.text;
    i = decoded.end;
  }
  return { ok: false, error: unmatched("'") };
}

/** Decodes the escape whose letter is at `i` (just after the backslash). */
function decodeAnsiEscape(src: string, i: number): { text: string; end: number } {
  const e = src[i] as string;
  const simple = SIMPLE_ESCAPES[e];
  if (simple !== undefined) return { text: simple, end: i + 1 };
  if (e >= '0' && e <= '7') {
    const digits = takeWhile(src, i, 3, /[0-7]/);
    return { text: String.fromCharCode(Number.parseInt(digits, 8)), end: i + digits.length };
  }
  const width = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
  if (width > 0) {
    const digits = takeWhile(src, i + 1, width, /[0-9A-Fa-f]/);
    const code = Number.parseInt(digits, 16);
    // No digits, or beyond Unicode: keep the text as written rather than failing.
    if (digits === '' || code > 0x10ffff) return { text: `\\${e}`, end: i + 1 };
    return { text: String.fromCodePoint(code), end: i + 1 + digits.length };
  }
  if (e === 'c' && i + 1 < src.length) {
    return { text: String.fromCharCode((src.charCodeAt(i + 1) & 0x1f) >>> 0), end: i + 2 };
  }
  return { text: `\\${e}`, end: i + 1 };
}

function takeWhile(src: string, start: number, max: number, re: RegExp): string {
  let j = start;
  while (j < src.length && j - start < max && re.test(src[j] as string)) j++;
  return src.slice(start, j);
}
