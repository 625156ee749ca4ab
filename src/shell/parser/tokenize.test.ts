import { describe, expect, it } from 'vitest';
import { type Token, tokenize } from './tokenize';

/** Compact view: words as raw text, operators in angle brackets. */
function kinds(line: string): string[] {
  const r = tokenize(line);
  if (!r.ok) return [`error: ${r.error}`];
  return r.tokens.map((t: Token) =>
    t.kind === 'word' ? t.word.raw : t.kind === 'op' ? `<${t.op}>` : `<${t.fd ?? ''}${t.op}>`,
  );
}

describe('tokenize', () => {
  it.each([
    ['a&&b||c;d', ['a', '<&&>', 'b', '<||>', 'c', '<;>', 'd']],
    ['a|b|&c', ['a', '<|>', 'b', '<|&>', 'c']],
    ['a;;b', ['a', '<;;>', 'b']],
    ['a & b', ['a', '<&>', 'b']],
    ['(a)', ['<(>', 'a', '<)>']],
    ['x\ny', ['x', '<newline>', 'y']],
    ['echo a#b #c ;d', ['echo', 'a#b']],
    ['echo #c\nls', ['echo', '<newline>', 'ls']],
    ['a>b', ['a', '<>>', 'b']],
    [
      'a 2>b 2>>c 1>&2 &>d &>>e <f >|g',
      ['a', '<2>>', 'b', '<2>>>', 'c', '<1>&>', '2', '<&>>', 'd', '<&>>>', 'e', '<<>', 'f', '<>>', 'g'],
    ],
    ['a 12>x', ['a', '<12>>', 'x']],
    ['a x2>y', ['a', 'x2', '<>>', 'y']],
    ['a 2>&1>/dev/null', ['a', '<2>&>', '1', '<>>', '/dev/null']],
    ['"a b"\'c\'\\ d', ['"a b"\'c\'\\ d']],
    ['a\\\nb c', ['a\\\nb', 'c']],
    ['a \\\n b', ['a', 'b']],
    ['"a;b|c"', ['"a;b|c"']],
    ["echo 'a\nb'", ['echo', "'a\nb'"]],
    ['', []],
    ['cat <<EOF', ['error: bash: here-document << is not supported in this simulated shell']],
  ] as const)('%j', (line, expected) => {
    expect(kinds(line)).toEqual(expected);
  });

  it('splits words into quoted and unquoted segments', () => {
    const r = tokenize(`a"b $X"'c'\\d$Y`);
    expect(r.ok && r.tokens[0]?.kind === 'word' && r.tokens[0].word.segments).toEqual([
      { kind: 'text', text: 'a', quoted: false },
      { kind: 'text', text: 'b ', quoted: true },
      { kind: 'param', name: 'X', quoted: true, braced: false },
      { kind: 'text', text: 'cd', quoted: true },
      { kind: 'param', name: 'Y', quoted: false, braced: false },
    ]);
  });

  it('keeps an empty quoted string as a segment', () => {
    const r = tokenize(`'' ""`);
    const segs = r.ok ? r.tokens.map((t) => (t.kind === 'word' ? t.word.segments : null)) : null;
    expect(segs).toEqual([
      [{ kind: 'text', text: '', quoted: true }],
      [{ kind: 'text', text: '', quoted: true }],
    ]);
  });
});
