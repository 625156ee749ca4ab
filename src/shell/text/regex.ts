// Translates POSIX basic/extended regular expressions, with the GNU extensions grep and sed accept,
// into JavaScript RegExp source. Compiled with the `v` flag (Unicode sets) so that bracket
// expressions, [:classes:] and word boundaries follow the glibc C.UTF-8 locale rather than JS's
// ASCII-only \w and \b. POSIX picks the leftmost-LONGEST match and JS the leftmost-first; the
// difference (alternations such as `a|ab`) is handled in posix-match.ts.

import {
  type Cursor,
  literal,
  parseBracket,
  RegexError,
  SPACE,
  W,
  WORD_END,
  WORD_START,
} from './regex-classes';

export { escapeLiteral, RegexError, WORD_CLASS } from './regex-classes';

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
        const cur: Cursor = { chars: this.chars, pos: this.pos };
        push(parseBracket(cur, this.flavor.host === 'sed'), true);
        this.pos = cur.pos;
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
