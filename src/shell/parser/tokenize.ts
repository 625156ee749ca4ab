/**
 * Splits a line into words, control operators and redirection operators.
 * Syntax we deliberately do not implement (here-docs, process substitution...) is rejected here,
 * at the first place it can be recognised.
 */
import { unsupported } from './messages';
import type { Word } from './types';
import { readWord } from './word';

export type ControlOp = ';' | ';;' | '&' | '&&' | '||' | '|' | '|&' | '(' | ')' | 'newline';
export type RedirOp = '<' | '>' | '>>' | '>&' | '&>' | '&>>';

export type Token =
  | { readonly kind: 'word'; readonly word: Word }
  | { readonly kind: 'op'; readonly op: ControlOp; readonly start: number; readonly end: number }
  /** `fd` is the explicit number written before the operator (`2>`), as digits, or null. */
  | {
      readonly kind: 'redir';
      readonly op: RedirOp;
      readonly fd: string | null;
      readonly start: number;
      readonly end: number;
    };

export type TokenizeResult = { ok: true; tokens: Token[] } | { ok: false; error: string };

type Lexed = { ok: true; token: Token } | { ok: false; error: string };

const IO_NUMBER = /[0-9]+(?=[<>])/y;

export function tokenize(src: string): TokenizeResult {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i] as string;
    if (c === ' ' || c === '\t') {
      i++;
      continue;
    }
    if (c === '\\' && src[i + 1] === '\n') {
      i += 2; // line continuation between words
      continue;
    }
    if (c === '#') {
      // A comment runs to the end of the line; `#` inside a word never gets here.
      const nl = src.indexOf('\n', i);
      i = nl < 0 ? src.length : nl;
      continue;
    }
    let lexed: Lexed;
    // Digits glued to `<`/`>` name a file descriptor (`2>`), except right after a redirection
    // operator, where they are its target (`2>&1>/dev/null`).
    const afterRedir = tokens[tokens.length - 1]?.kind === 'redir';
    IO_NUMBER.lastIndex = i;
    const io = afterRedir ? null : IO_NUMBER.exec(src);
    if (io) {
      lexed = lexOperator(src, i + io[0].length, io[0], i);
    } else if ('\n;&|()<>'.includes(c)) {
      lexed = lexOperator(src, i, null, i);
    } else {
      const w = readWord(src, i);
      if (!w.ok) return w;
      const word: Word = { segments: w.segments, raw: src.slice(i, w.end), start: i, end: w.end };
      lexed = { ok: true, token: { kind: 'word', word } };
    }
    if (!lexed.ok) return lexed;
    tokens.push(lexed.token);
    i = lexed.token.kind === 'word' ? lexed.token.word.end : lexed.token.end;
  }
  return { ok: true, tokens };
}

/** Lexes the operator at `i`; `fd` is an already-read io number starting at `start`. */
function lexOperator(src: string, i: number, fd: string | null, start: number): Lexed {
  const op = (name: ControlOp, len: number): Lexed => ({
    ok: true,
    token: { kind: 'op', op: name, start, end: i + len },
  });
  const redir = (name: RedirOp, len: number): Lexed => ({
    ok: true,
    token: { kind: 'redir', op: name, fd, start, end: i + len },
  });
  const no = (thing: string): Lexed => ({ ok: false, error: unsupported(thing) });
  const two = src.slice(i, i + 2);
  switch (src[i]) {
    case '\n':
      return op('newline', 1);
    case ';':
      return two === ';;' ? op(';;', 2) : op(';', 1);
    case '&':
      if (two === '&&') return op('&&', 2);
      if (src.startsWith('&>>', i)) return redir('&>>', 3);
      return two === '&>' ? redir('&>', 2) : op('&', 1);
    case '|':
      return two === '||' ? op('||', 2) : two === '|&' ? op('|&', 2) : op('|', 1);
    case '(':
      return op('(', 1);
    case ')':
      return op(')', 1);
    case '<':
      if (src.startsWith('<<<', i)) return no('here-string <<<');
      if (two === '<<') return no('here-document <<');
      if (two === '<(') return no('process substitution <(...)');
      if (two === '<&') return no('input duplication <&');
      if (two === '<>') return no('read-write redirection <>');
      return redir('<', 1);
    default:
      // '>'
      if (two === '>(') return no('process substitution >(...)');
      if (two === '>>') return redir('>>', 2);
      if (two === '>&') return redir('>&', 2);
      return redir('>', two === '>|' ? 2 : 1); // `>|` (clobber) is `>` without noclobber
  }
}
