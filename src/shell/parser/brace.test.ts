import { describe, expect, it } from 'vitest';
import { braceExpand } from './brace';
import type { Segment } from './types';

const un = (text: string): Segment => ({ kind: 'text', text, quoted: false });
const q = (text: string): Segment => ({ kind: 'text', text, quoted: true });
/** Joined text of each alternative (parameters shown as $name). */
const texts = (segs: Segment[]) =>
  braceExpand(segs).map((w) => w.map((s) => (s.kind === 'text' ? s.text : `$${s.name}`)).join(''));

describe('braceExpand', () => {
  it.each([
    ['a{b,c}d', ['abd', 'acd']],
    ['{a,b}{1,2}', ['a1', 'a2', 'b1', 'b2']],
    ['a{b,c{d,e}}f', ['abf', 'acdf', 'acef']],
    ['f{,.bak}', ['f', 'f.bak']],
    ['{,}', ['', '']],
    ['{1..4}', ['1', '2', '3', '4']],
    ['{3..1}', ['3', '2', '1']],
    ['{-2..2}', ['-2', '-1', '0', '1', '2']],
    ['{1..10..4}', ['1', '5', '9']],
    ['{1..3..-1}', ['1', '2', '3']],
    ['{01..3}', ['01', '02', '03']],
    ['{a..e..2}', ['a', 'c', 'e']],
    ['{z..x}', ['z', 'y', 'x']],
    ['{a}', ['{a}']],
    ['{}', ['{}']],
    ['{a,b', ['{a,b']],
    ['{a,b}}', ['a}', 'b}']],
    ['{{a,b}', ['{a', '{b']],
    ['{1..x}', ['{1..x}']],
    ['{1..99999999}', ['{1..99999999}']],
    ['x', ['x']],
  ])('%s', (word, expected) => {
    expect(texts([un(word)])).toEqual(expected);
  });

  it('leaves quoted braces and commas alone', () => {
    expect(texts([q('{a,b}')])).toEqual(['{a,b}']);
    expect(texts([un('{a'), q(','), un('b}')])).toEqual(['{a,b}']);
    expect(texts([un('{a,'), q('b c'), un('}')])).toEqual(['a', 'b c']);
  });

  it('keeps parameters as opaque pieces', () => {
    expect(texts([un('{'), { kind: 'param', name: 'X', quoted: false, braced: false }, un(',y}')])).toEqual([
      '$X',
      'y',
    ]);
  });

  it('extends a bare parameter name, as textual expansion does in bash', () => {
    const bare = { kind: 'param', name: 'X', quoted: false, braced: false } as const;
    expect(texts([bare, un('{1..2}')])).toEqual(['$X1', '$X2']);
    expect(texts([bare, un('{a,/b}')])).toEqual(['$Xa', '$X/b']);
    expect(texts([{ ...bare, braced: true }, un('{1..2}')])).toEqual(['$X1', '$X2'].map((s) => s));
    const braced = braceExpand([{ ...bare, braced: true }, un('{1,2}')]);
    expect(braced.map((w) => w[0])).toEqual([
      { ...bare, braced: true },
      { ...bare, braced: true },
    ]);
  });

  it('refuses to blow up', () => {
    const word = '{a,b}'.repeat(20); // 2^20 words
    expect(texts([un(word)])).toEqual([word]);
    expect(texts([un('{'.repeat(5000))])).toEqual(['{'.repeat(5000)]);
  });
});
