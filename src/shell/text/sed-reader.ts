// Data types shared by the sed parser and executor, the character reader that produces GNU-style
// error positions, and the two lexing helpers every regex-taking command needs.

import { RegexError, regexFlags, translate } from './regex';

export interface SedRegex {
  source: string;
  flags: string;
  groups: number;
}

export type Addr =
  | { kind: 'line'; n: number }
  | { kind: 'last' }
  | { kind: 'zero' }
  | { kind: 'step'; first: number; step: number }
  | { kind: 're'; re: SedRegex | null }
  | { kind: 'plus'; n: number }
  | { kind: 'mult'; n: number };

export type ReplPart = { lit: string } | { group: number } | { caseOp: 'U' | 'L' | 'E' | 'u' | 'l' };

export interface Command {
  name: string;
  a1?: Addr;
  a2?: Addr;
  negate: boolean;
  text?: string | null;
  label?: string;
  exit?: number;
  file?: string;
  re?: SedRegex | null;
  repl?: ReplPart[];
  global?: boolean;
  occurrence?: number;
  print?: boolean;
  map?: Map<string, string>;
  /** '{': index of the matching '}'; b/t/T: index of the target (or commands.length). */
  jump?: number;
}

export class SedError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export const WS = new Set([' ', '\t']);

export class Reader {
  readonly chars: string[];
  pos = 0;
  constructor(
    text: string,
    readonly index: number,
  ) {
    this.chars = Array.from(text);
  }
  peek(): string | undefined {
    return this.chars[this.pos];
  }
  next(): string | undefined {
    const c = this.chars[this.pos];
    if (c !== undefined) this.pos++;
    return c;
  }
  back(): void {
    this.pos--;
  }
  skipWs(): void {
    while (WS.has(this.peek() as string)) this.pos++;
  }
  fail(msg: string): never {
    throw new SedError(`-e expression #${this.index + 1}, char ${this.pos}: ${msg}`);
  }
}

/** GNU match_slash: text up to an unescaped delimiter; `\delim` becomes the bare delimiter. */
export function matchSlash(r: Reader, delim: string, regex: boolean): string | null {
  let text = '';
  for (;;) {
    const c = r.next();
    if (c === undefined || (c === '\n' && regex)) return null;
    if (c === delim) return text;
    if (c === '[' && regex) {
      // A delimiter inside a bracket expression does not end the regex (`s/[/]/x/`).
      const bracket = readBracket(r);
      if (bracket === null) return null;
      text += `[${bracket}`;
      continue;
    }
    if (c === '\\') {
      const d = r.next();
      if (d === undefined) return null;
      if (d === delim) text += d;
      else if (d === '\n' && !regex) text += '\n';
      else text += `\\${d}`;
    } else text += c;
  }
}

/** The rest of a bracket expression after `[`, through its closing `]`; null if unterminated. */
function readBracket(r: Reader): string | null {
  let text = '';
  if (r.peek() === '^') text += r.next();
  if (r.peek() === ']') text += r.next();
  for (;;) {
    const c = r.next();
    if (c === undefined) return null;
    text += c;
    if (c === ']') return text;
    const kind = r.peek();
    if (c === '[' && (kind === ':' || kind === '.' || kind === '=')) {
      text += r.next();
      for (;;) {
        const d = r.next();
        if (d === undefined) return null;
        text += d;
        if (d === kind && r.peek() === ']') {
          text += r.next();
          break;
        }
      }
    }
  }
}

export function compileRegex(r: Reader, pattern: string, extended: boolean, flags: string): SedRegex | null {
  if (pattern === '') return null;
  try {
    const t = translate(pattern, { extended, host: 'sed' });
    const f = regexFlags(flags.includes('I'), flags.includes('M') ? 'm' : '');
    new RegExp(t.source, f);
    return { source: t.source, flags: f, groups: t.groups };
  } catch (e) {
    if (e instanceof RegexError) {
      if (e.dfa) throw new SedError(e.message, 4);
      r.fail(e.message);
    }
    throw e;
  }
}
