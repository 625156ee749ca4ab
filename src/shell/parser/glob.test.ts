import { describe, expect, it } from 'vitest';
import { escapeGlob, globToRegExp, hasGlobMagic, matchGlob, unescapeGlob } from './glob';

describe('matchGlob', () => {
  it.each([
    ['*.txt', 'a.txt', true],
    ['*.txt', 'a.log', false],
    ['*', '.hidden', false],
    ['.*', '.hidden', true],
    ['*', 'dir/file', false],
    ['*/*', 'dir/file', true],
    ['dir/*', 'dir/.x', false],
    ['?', 'a', true],
    ['?', 'ab', false],
    ['[abc]x', 'bx', true],
    ['[!abc]x', 'bx', false],
    ['[^abc]x', 'dx', true],
    ['[a-c]', 'b', true],
    ['[z-a]', 'b', false],
    ['[]]', ']', true],
    ['[!]]', 'a', true],
    ['[[:digit:]]*', '9lives', true],
    ['[[:upper:]]', 'a', false],
    ['[', '[', true],
    ['a[b', 'a[b', true],
    ['\\*', '*', true],
    ['\\*', 'a', false],
    ['a\\[b]', 'a[b]', true],
    ['/etc/*.conf', '/etc/nginx.conf', true],
    ['(x)+.$^|', '(x)+.$^|', true],
    ['*é*', 'café', true],
    ['a\\', 'a\\', true],
  ] as const)('%s ~ %s = %s', (pattern, path, expected) => {
    expect(matchGlob(pattern, path)).toBe(expected);
  });

  it('never throws on odd patterns', () => {
    for (const p of ['[', '[!', '[a-', '[a-]', '[[:bogus:]]', '\\', '[\\', '[z-a]', '*?[*', '[\ud800]']) {
      expect(globToRegExp(p)).toBeInstanceOf(RegExp);
    }
  });
});

describe('glob helpers', () => {
  it.each([
    ['*.txt', true],
    ['a?', true],
    ['[ab]', true],
    ['[ab', false],
    ['\\*.txt', false],
    ['plain', false],
  ])('hasGlobMagic(%j) = %s', (p, expected) => {
    expect(hasGlobMagic(p)).toBe(expected);
  });

  it('escape and unescape are inverses', () => {
    const s = 'a*b?c[d]e\\f';
    expect(escapeGlob(s)).toBe('a\\*b\\?c\\[d\\]e\\\\f');
    expect(unescapeGlob(escapeGlob(s))).toBe(s);
    expect(matchGlob(escapeGlob(s), s)).toBe(true);
    expect(hasGlobMagic(escapeGlob(s))).toBe(false);
  });
});
