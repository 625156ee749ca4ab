import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapText, wrapWords } from './wrap';

describe('wrapWords', () => {
  it('breaks at spaces within the width', () => {
    expect(wrapWords('Found 3 drifted resource(s) on 1 of 8 server(s).', 20)).toEqual([
      'Found 3 drifted',
      'resource(s) on 1 of',
      '8 server(s).',
    ]);
  });

  it('keeps a word longer than the width whole, on a line of its own', () => {
    expect(wrapWords('see /etc/nginx/sites-available/loja now', 10)).toEqual([
      'see',
      '/etc/nginx/sites-available/loja',
      'now',
    ]);
  });

  it('never loses or reorders a word, and only an overlong word passes the width', () => {
    const word = fc.stringMatching(/^[a-z/()%.,0-9]{1,15}$/);
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), fc.integer({ min: 1, max: 120 }), (words, width) => {
        const lines = wrapWords(words.join(' '), width);
        expect(lines.join(' ').split(' ').filter(Boolean)).toEqual(words);
        for (const line of lines) expect(line.length <= width || !line.includes(' ')).toBe(true);
        // Greedy: the next line's first word would not have fitted on this one.
        for (let i = 0; i + 1 < lines.length; i++) {
          const next = (lines[i + 1] ?? '').split(' ')[0] ?? '';
          expect((lines[i] ?? '').length + 1 + next.length).toBeGreaterThan(width);
        }
      }),
    );
  });
});

describe('wrapText', () => {
  it('leaves lines that fit, and hangs a list item’s continuation under its text', () => {
    const text =
      'Checklist:\n  [ ] The loja.ini of the web servers is the desired one\n      Some web server still has another\nok';
    expect(wrapText(text, 40)).toBe(
      [
        'Checklist:',
        '  [ ] The loja.ini of the web servers is',
        '      the desired one',
        '      Some web server still has another',
        'ok',
      ].join('\n'),
    );
  });

  it('wraps from the margin when a deep indent leaves too little room', () => {
    expect(wrapText('              one two three four five', 20)).toBe('one two three four\nfive');
  });

  it('keeps every word of every line, in order, and stays within the width but for overlong words', () => {
    const word = fc.stringMatching(/^[a-zà-ú`'/.,0-9-]{1,12}$/);
    const line = fc.tuple(
      fc.constantFrom('', '  ', '      '),
      fc.constantFrom('', '[ ] ', '[x] ', '- ', '1. '),
      fc.array(word, { maxLength: 30 }),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), fc.integer({ min: 10, max: 120 }), (lines, width) => {
        const source = lines.map(([indent, marker, words]) => `${indent}${marker}${words.join(' ')}`);
        const out = wrapText(source.join('\n'), width).split('\n');
        const words = (text: string) => text.split(/\s+/).filter(Boolean);
        expect(words(out.join(' '))).toEqual(words(source.join(' ')));
        for (const l of out) expect(l.length <= width || words(l).length === 1).toBe(true);
        for (const s of source) if (s.length <= width) expect(out).toContain(s);
      }),
    );
  });
});
