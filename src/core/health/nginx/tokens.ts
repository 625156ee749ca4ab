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

const SPACE = new Set([' ', '\t', '\r', '\n']);

function readQuoted(text: string, start: number): { value: string; end: number; newlines: number } | null {
  const quote = text[start];
  let value = '';
  let newlines = 0;
  for (let i = start + 1; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '\n') newlines++;
    if (ch === '\\' && i + 1 < text.length) {
      const next = text[i + 1] as string;
      // nginx keeps a backslash unless it escapes the quote, a backslash or a tab/newline letter.
      value +=
        next === quote || next === '\\' ? next : next === 't' ? '\t' : next === 'n' ? '\n' : `\\${next}`;
      i++;
      continue;
    }
    if (ch === quote) return { value, end: i + 1, newlines };
    value += ch;
  }
  return null;
}

export function tokenize(text: string): Tokens {
  const tokens: Token[] = [];
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === '\n') {
      line++;
      i++;
    } else if (SPACE.has(ch)) {
      i++;
    } else if (ch === '#') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (ch === ';' || ch === '{' || ch === '}') {
      tokens.push({ kind: ch, line });
      i++;
    } else if (ch === '"' || ch === "'") {
      const quoted = readQuoted(text, i);
      if (!quoted) return { tokens, eofLine: line + countNewlines(text, i), unclosedQuote: true };
      tokens.push({ kind: 'word', text: quoted.value, line, quoted: true });
      line += quoted.newlines;
      i = quoted.end;
    } else {
      let word = '';
      while (i < text.length) {
        const c = text[i] as string;
        if (SPACE.has(c) || c === ';') break;
        // `{` ends a word, except in a `${variable}`; `}` never does (nginx reads `${x}` as one word).
        if (c === '{' && !word.endsWith('$')) break;
        word += c;
        i++;
      }
      tokens.push({ kind: 'word', text: word, line, quoted: false });
    }
  }
  return { tokens, eofLine: line, unclosedQuote: false };
}

function countNewlines(text: string, from: number): number {
  let n = 0;
  for (let i = from; i < text.length; i++) if (text[i] === '\n') n++;
  return n;
}
