// Building blocks for regex.ts: the error type, glibc C.UTF-8 character classes written as `v`-mode
// RegExp classes, literal escaping, and the POSIX bracket-expression reader.

export class RegexError extends Error {
  /** True for errors raised by GNU's dfa.c, which sed reports without the expression prefix. */
  readonly dfa: boolean;
  constructor(message: string, dfa = false) {
    super(message);
    this.dfa = dfa;
  }
}

const ALNUM = '[\\p{Alphabetic}\\p{Nd}]';
/** Word constituents for \w, \<, \> and grep -w: alphanumerics and underscore. */
export const WORD_CLASS = '[\\p{Alphabetic}\\p{Nd}_]';
export const SPACE =
  '[\\t\\n\\v\\f\\r \\u{1680}\\u{2000}-\\u{2006}\\u{2008}-\\u{200A}\\u{2028}\\u{2029}\\u{205F}\\u{3000}]';
const GRAPH = '[^\\p{White_Space}\\p{Cc}\\p{Cs}\\p{Cn}]';

// glibc's C.UTF-8 classification, expressed as `v`-mode class members.
const CLASSES: Record<string, string> = {
  alpha: '[\\p{Alphabetic}[\\p{Nd}--[0-9]]]',
  digit: '[0-9]',
  alnum: ALNUM,
  upper: '[\\p{Uppercase}\\p{Lt}]',
  lower: '[\\p{Lowercase}\\p{Lt}]',
  space: SPACE,
  blank: '[\\t \\u{1680}\\u{2000}-\\u{2006}\\u{2008}-\\u{200A}\\u{205F}\\u{3000}]',
  punct: `[${GRAPH}--${ALNUM}]`,
  print: '[^\\p{Cc}\\p{Cs}\\p{Cn}]',
  graph: GRAPH,
  cntrl: '[\\p{Cc}]',
  xdigit: '[0-9A-Fa-f]',
};

export const W = WORD_CLASS;
export const WORD_START = `(?<!${W})(?=${W})`;
export const WORD_END = `(?<=${W})(?!${W})`;

/** A code point as a RegExp literal that is safe both inside and outside `v`-mode classes. */
export function literal(cp: number): string {
  const ch = String.fromCodePoint(cp);
  return /[A-Za-z0-9_]/.test(ch) ? ch : `\\u{${cp.toString(16)}}`;
}

export function escapeLiteral(text: string): string {
  let out = '';
  for (const ch of text) out += literal(ch.codePointAt(0) as number);
  return out;
}

/** Cursor over a pattern's code points, shared by the parser and the bracket reader. */
export interface Cursor {
  chars: string[];
  pos: number;
}

/** Parses a bracket expression; the caller consumed `[`. `sedEscapes` enables GNU sed's [\n\t]. */
export function parseBracket(cur: Cursor, sedEscapes: boolean): string {
  const peek = (k = 0) => cur.chars[cur.pos + k];
  const open = cur.pos;
  let neg = false;
  if (peek() === '^') {
    neg = true;
    cur.pos++;
  }
  if (cur.pos >= cur.chars.length) throw new RegexError('Invalid regular expression');
  const parts: string[] = [];
  let first = true;
  for (;;) {
    const c = peek();
    if (c === undefined) throw new RegexError('Unmatched [, [^, [:, [., or [=');
    if (c === ']' && !first) {
      cur.pos++;
      break;
    }
    first = false;
    const lo = bracketElement(cur, sedEscapes);
    if (lo.cls !== undefined) {
      parts.push(lo.cls);
      continue;
    }
    if (peek() === '-' && peek(1) !== ']' && peek(1) !== undefined) {
      cur.pos++;
      const hi = bracketElement(cur, sedEscapes);
      if (hi.cls !== undefined || (hi.cp as number) < (lo.cp as number))
        throw new RegexError('Invalid range end');
      parts.push(`${literal(lo.cp as number)}-${literal(hi.cp as number)}`);
    } else parts.push(literal(lo.cp as number));
  }
  const body = cur.chars.slice(open, cur.pos - 1).join('');
  if (/^:.*:$/.test(body) && body.length > 1) {
    const name = body.slice(1, -1);
    throw new RegexError(`character class syntax is [[:${name}:]], not [:${name}:]`, true);
  }
  return `[${neg ? '^' : ''}${parts.join('')}]`;
}

function bracketElement(cur: Cursor, sedEscapes: boolean): { cp?: number; cls?: string } {
  const c = cur.chars[cur.pos] as string;
  const kind = cur.chars[cur.pos + 1];
  if (c === '[' && (kind === ':' || kind === '.' || kind === '=')) {
    const start = cur.pos + 2;
    let end = start;
    while (end < cur.chars.length && !(cur.chars[end] === kind && cur.chars[end + 1] === ']')) end++;
    if (end >= cur.chars.length) throw new RegexError('Unmatched [, [^, [:, [., or [=');
    const name = cur.chars.slice(start, end).join('');
    cur.pos = end + 2;
    if (kind === ':') {
      const cls = CLASSES[name];
      if (!cls) throw new RegexError('Invalid character class name');
      return { cls };
    }
    const cps = Array.from(name);
    if (cps.length !== 1) throw new RegexError('Invalid collation character');
    return { cp: (cps[0] as string).codePointAt(0) as number };
  }
  cur.pos++;
  const e = cur.chars[cur.pos];
  if (sedEscapes && c === '\\' && (e === 'n' || e === 't')) {
    cur.pos++;
    return { cp: e === 'n' ? 10 : 9 };
  }
  return { cp: c.codePointAt(0) as number };
}
