import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapWords } from './wrap';

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
