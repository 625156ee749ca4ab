// Translates POSIX basic/extended regular expressions, with the GNU extensions grep and sed accept,
// into JavaScript RegExp source. Compiled with the `v` flag (Unicode sets) so that bracket
// expressions, [:classes:] and word boundaries follow the glibc C.UTF-8 locale rather than JS's
// ASCII-only \w and \b. Known gap: POSIX picks the leftmost-LONGEST match and JS the leftmost-first,
// which only shows with alternations like `a|ab` under grep -o or sed s///.

export class RegexError extends Error {
  /** True for errors raised by GNU's dfa.c, which sed reports without the expression prefix. */
  readonly dfa: boolean;
  constructor(message: string, dfa = false) {
    super(message);
    this.dfa = dfa;
  }
}

export interface RegexFlavor {
  extended: boolean;
  /** grep and sed disagree on a few corner cases (stray quantifiers, unmatched `)`, escapes). */
  host: 'grep' | 'sed';
}

export interface Translated {
  source: string;
  groups: number;
  warnings: string[];
}

const ALNUM = '[\\p{Alphabetic}\\p{Nd}]';
/** Word constituents for \w, \<, \> and grep -w: alphanumerics and underscore. */
export const WORD_CLASS = '[\\p{Alphabetic}\\p{Nd}_]';
const SPACE =
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

const W = WORD_CLASS;
const WORD_START = `(?<!${W})(?=${W})`;
const WORD_END = `(?<=${W})(?!${W})`;

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

interface Item {
  src: string;
  simple: boolean;
  quantified: boolean;
  caret: boolean;
}

class Parser {
  private pos = 0;
  private readonly chars: string[];
  private opened = 0;
  private closed = 0;
  readonly warnings: string[] = [];

  constructor(
    pattern: string,
    private readonly flavor: RegexFlavor,
    private readonly offset: number,
  ) {
    this.chars = Array.from(pattern);
  }

  get groups(): number {
    return this.opened;
  }

  private peek(k = 0): string | undefined {
    return this.chars[this.pos + k];
  }

  run(): string {
    const src = this.alternation(0);
    if (this.pos < this.chars.length) throw new RegexError('Unmatched ) or \\)');
    return src;
  }

  private atAlternation(): boolean {
    if (this.flavor.extended) return this.peek() === '|';
    return this.peek() === '\\' && this.peek(1) === '|';
  }

  private atGroupClose(depth: number): boolean {
    const close = this.flavor.extended ? this.peek() === ')' : this.peek() === '\\' && this.peek(1) === ')';
    if (!close) return false;
    if (depth > 0) return true;
    // An unmatched `)` is an ordinary character for grep -E but an error everywhere else.
    if (this.flavor.extended && this.flavor.host === 'grep') return false;
    throw new RegexError('Unmatched ) or \\)');
  }

  private alternation(depth: number): string {
    const alts = [this.sequence(depth)];
    while (this.atAlternation()) {
      this.pos += this.flavor.extended ? 1 : 2;
      alts.push(this.sequence(depth));
    }
    return alts.join('|');
  }

  private sequence(depth: number): string {
    const items: Item[] = [];
    const atStart = () => items.length === 0 || (items.length === 1 && (items[0] as Item).caret);
    const push = (src: string, simple: boolean, caret = false) =>
      items.push({ src, simple, quantified: false, caret });
    const quantify = (q: string) => {
      const last = items[items.length - 1] as Item;
      if (last.quantified || !last.simple) last.src = `(?:${last.src})`;
      last.src += q;
      last.quantified = true;
      last.simple = false;
    };
    const strayQuantifier = (what: string): boolean => {
      // grep -E ignores a quantifier with nothing to repeat (with a warning); sed -E rejects it.
      if (this.flavor.host === 'sed') throw new RegexError('Invalid preceding regular expression');
      this.warnings.push(`warning: ${what} at start of expression`);
      return true;
    };
    const ext = this.flavor.extended;
    while (this.pos < this.chars.length) {
      if (this.atAlternation() || this.atGroupClose(depth)) break;
      const c = this.peek() as string;
      if (c === '\\') {
        this.escape(depth, push, quantify, atStart());
        continue;
      }
      this.pos++;
      if (c === '[') {
        push(this.bracket(), true);
      } else if (c === '.') {
        push('.', true);
      } else if (c === '^' && (ext || atStart())) {
        push('^', false, items.length === 0);
      } else if (c === '$' && (ext || this.dollarIsAnchor())) {
        push('$', false);
      } else if (c === '*' || (ext && (c === '+' || c === '?'))) {
        if (atStart()) {
          if (ext) strayQuantifier(c);
          else push(literal(42), true);
        } else quantify(c);
      } else if (ext && c === '{' && this.intervalAhead()) {
        const q = this.interval('}');
        if (atStart()) strayQuantifier('{...}');
        else quantify(q);
      } else if (ext && c === '(') {
        push(this.group(depth), true);
      } else {
        push(literal(c.codePointAt(0) as number), true);
      }
    }
    return items.map((i) => i.src).join('');
  }

  /** In a BRE, `$` anchors only at the end of the pattern or of a group/alternative. */
  private dollarIsAnchor(): boolean {
    const n = this.peek();
    return n === undefined || (n === '\\' && (this.peek(1) === ')' || this.peek(1) === '|'));
  }

  private group(depth: number): string {
    this.opened++;
    const src = this.alternation(depth + 1);
    if (this.pos >= this.chars.length) throw new RegexError('Unmatched ( or \\(');
    this.pos += this.flavor.extended ? 1 : 2;
    this.closed++;
    return `(${src})`;
  }

  private escape(
    depth: number,
    push: (src: string, simple: boolean) => void,
    quantify: (q: string) => void,
    atStart: boolean,
  ): void {
    const n = this.peek(1);
    if (n === undefined) throw new RegexError('Trailing backslash');
    this.pos += 2;
    const ext = this.flavor.extended;
    if (!ext && n === '(') return void push(this.group(depth), true);
    if (!ext && (n === '+' || n === '?'))
      return void (atStart ? push(literal(n.charCodeAt(0)), true) : quantify(n));
    if (!ext && n === '{') {
      if (atStart) throw new RegexError('Invalid preceding regular expression');
      return void quantify(this.interval('\\}'));
    }
    if (n >= '1' && n <= '9') {
      const k = Number(n);
      if (k > this.closed) throw new RegexError('Invalid back reference');
      return void push(`\\${k + this.offset}`, true);
    }
    const table: Record<string, string> = {
      '<': WORD_START,
      '>': WORD_END,
      b: `(?:${WORD_START}|${WORD_END})`,
      B: `(?:(?<=${W})(?=${W})|(?<!${W})(?!${W}))`,
      '`': '(?<![\\s\\S])',
      "'": '(?![\\s\\S])',
    };
    const assertion = table[n];
    if (assertion) return void push(assertion, false);
    const classes: Record<string, string> = { w: W, W: `[^${W}]`, s: SPACE, S: `[^${SPACE}]` };
    const cls = classes[n];
    if (cls) return void push(cls, true);
    if (this.flavor.host === 'sed' && (n === 'n' || n === 't'))
      return void push(n === 'n' ? '\\n' : '\\t', true);
    // Any other escaped character stands for itself (`\.`, `\*`, `\/`, and GNU's lenient `\d`).
    push(literal(n.codePointAt(0) as number), true);
  }

  /** ERE only: does a `{` start a syntactically valid interval? Otherwise it is a literal brace. */
  private intervalAhead(): boolean {
    const rest = this.chars.slice(this.pos, this.pos + 24).join('');
    return /^(?:\d+(?:,\d*)?|,\d*)\}/.test(rest);
  }

  /** Parses `m`, `m,`, `m,n` or `,n` up to `close`; the caller consumed the opening brace. */
  private interval(close: string): string {
    const start = this.pos;
    let text = '';
    while (this.pos < this.chars.length && /[\d,]/.test(this.peek() as string))
      text += this.chars[this.pos++];
    const closing = this.chars.slice(this.pos, this.pos + close.length).join('');
    if (closing !== close) {
      const bad = this.pos < this.chars.length && !(close === '\\}' && this.peek() === '\\');
      this.pos = start;
      throw new RegexError(bad ? 'Invalid content of \\{\\}' : 'Unmatched \\{');
    }
    this.pos += close.length;
    const m = /^(\d*)(?:(,)(\d*))?$/.exec(text);
    if (!m || (m[1] === '' && m[2] === undefined)) throw new RegexError('Invalid content of \\{\\}');
    const min = m[1] === '' ? 0 : Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === '' ? Number.POSITIVE_INFINITY : Number(m[3]);
    if (max < min) throw new RegexError('Invalid content of \\{\\}');
    if (min > 32767 || (max !== Number.POSITIVE_INFINITY && max > 32767)) {
      throw new RegexError('Regular expression too big');
    }
    if (max === Number.POSITIVE_INFINITY) return `{${min},}`;
    return min === max ? `{${min}}` : `{${min},${max}}`;
  }

  /** Parses a bracket expression; the caller consumed `[`. */
  private bracket(): string {
    const open = this.pos;
    let neg = false;
    if (this.peek() === '^') {
      neg = true;
      this.pos++;
    }
    if (this.pos >= this.chars.length) throw new RegexError('Invalid regular expression');
    const parts: string[] = [];
    let first = true;
    for (;;) {
      const c = this.peek();
      if (c === undefined) throw new RegexError('Unmatched [, [^, [:, [., or [=');
      if (c === ']' && !first) {
        this.pos++;
        break;
      }
      first = false;
      const lo = this.bracketElement();
      if (lo.cls !== undefined) {
        parts.push(lo.cls);
        continue;
      }
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== undefined) {
        this.pos++;
        const hi = this.bracketElement();
        if (hi.cls !== undefined || (hi.cp as number) < (lo.cp as number))
          throw new RegexError('Invalid range end');
        parts.push(`${literal(lo.cp as number)}-${literal(hi.cp as number)}`);
      } else parts.push(literal(lo.cp as number));
    }
    const body = this.chars.slice(open, this.pos - 1).join('');
    if (/^:.*:$/.test(body) && body.length > 1) {
      const name = body.slice(1, -1);
      throw new RegexError(`character class syntax is [[:${name}:]], not [:${name}:]`, true);
    }
    return `[${neg ? '^' : ''}${parts.join('')}]`;
  }

  private bracketElement(): { cp?: number; cls?: string } {
    const c = this.peek() as string;
    const kind = this.peek(1);
    if (c === '[' && (kind === ':' || kind === '.' || kind === '=')) {
      const start = this.pos + 2;
      let end = start;
      while (end < this.chars.length && !(this.chars[end] === kind && this.chars[end + 1] === ']')) end++;
      if (end >= this.chars.length) throw new RegexError('Unmatched [, [^, [:, [., or [=');
      const name = this.chars.slice(start, end).join('');
      this.pos = end + 2;
      if (kind === ':') {
        const cls = CLASSES[name];
        if (!cls) throw new RegexError('Invalid character class name');
        return { cls };
      }
      const cps = Array.from(name);
      if (cps.length !== 1) throw new RegexError('Invalid collation character');
      return { cp: (cps[0] as string).codePointAt(0) as number };
    }
    this.pos++;
    if (this.flavor.host === 'sed' && c === '\\' && (this.peek() === 'n' || this.peek() === 't')) {
      const e = this.peek();
      this.pos++;
      return { cp: e === 'n' ? 10 : 9 };
    }
    return { cp: c.codePointAt(0) as number };
  }
}

/** Translates one POSIX pattern; `groupOffset` renumbers groups when patterns are joined with `|`. */
export function translate(pattern: string, flavor: RegexFlavor, groupOffset = 0): Translated {
  const p = new Parser(pattern, flavor, groupOffset);
  const source = p.run();
  return { source, groups: p.groups, warnings: p.warnings };
}

/** Flags every translated pattern needs: Unicode sets, and `.` matching newline as in POSIX. */
export function regexFlags(ignoreCase: boolean, extra = ''): string {
  return `v${ignoreCase ? 'i' : ''}s${extra}`;
}
