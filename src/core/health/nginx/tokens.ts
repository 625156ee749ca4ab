/**
 * nginx's configuration lexer (ngx_conf_read_token): words, quoted strings, `;`, `{`, `}` and `#` comments.
 * Lines are counted as nginx counts them, so messages point where nginx points.
 */

export type Token =
  | { kind: 'word'; text: string; line: number; quoted: boolean }
  | { kind: ';' | '{' | '}'; line: number };

export interface Tokens {
  tokens: Token[];
  /** The line nginx reports at end of file: one past the last newline. */
  eofLine: number;
  /** An unterminated quote, reported as nginx does at end of file. */
  unclosedQuote: boolean;
}

const NL = 10;
const HASH = 35;
const SEMI = 59;
const OPEN = 123;
const CLOSE = 125;
const DOLLAR = 36;
const BACKSLASH = 92;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === NL;
}

function unquote(raw: string, quote: string): string {
  return raw.replace(/\\(.)/gs, (_, ch: string) =>
    ch === quote || ch === '\\' ? ch : ch === 't' ? '\t' : ch === 'n' ? '\n' : `\\${ch}`,
  );
}

function lex(text: string): Tokens {
  const tokens: Token[] = [];
  const n = text.length;
  let line = 1;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === NL) {
      line++;
      i++;
    } else if (isSpace(c)) {
      i++;
    } else if (c === HASH) {
      while (i < n && text.charCodeAt(i) !== NL) i++;
    } else if (c === SEMI || c === OPEN || c === CLOSE) {
      tokens.push({ kind: c === SEMI ? ';' : c === OPEN ? '{' : '}', line });
      i++;
    } else if (c === 34 || c === 39) {
      const start = line;
      let j = i + 1;
      while (j < n && text.charCodeAt(j) !== c) {
        if (text.charCodeAt(j) === NL) line++;
        else if (text.charCodeAt(j) === BACKSLASH && j + 1 < n) {
          if (text.charCodeAt(j + 1) === NL) line++;
          j++;
        }
        j++;
      }
      if (j >= n) return { tokens, eofLine: line, unclosedQuote: true };
      tokens.push({
        kind: 'word',
        text: unquote(text.slice(i + 1, j), text[i] as string),
        line: start,
        quoted: true,
      });
      i = j + 1;
    } else {
      let j = i;
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        if (isSpace(d) || d === SEMI) break;
        // `{` ends a word, except in a `${variable}`; `}` never does (nginx reads `${x}` as one word).
        if (d === OPEN && (j === i || text.charCodeAt(j - 1) !== DOLLAR)) break;
      }
      tokens.push({ kind: 'word', text: text.slice(i, j), line, quoted: false });
      i = j;
    }
  }
  return { tokens, eofLine: line, unclosedQuote: false };
}

// The same texts recur across peers and snapshots (and strings cache their hash): lex each once.
const cache = new Map<string, Tokens>();

export function tokenize(text: string): Tokens {
  let tokens = cache.get(text);
  if (!tokens) {
    tokens = lex(text);
    if (cache.size > 2000) cache.clear();
    cache.set(text, tokens);
  }
  return tokens;
}
