import { fc, test as prop } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { guardTerminalText, lastLines } from './outputGuard';

/** What is left once our own colour sequences are removed must hold no ESC, no C0 (but \n, \t) and no C1. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the check is about control characters
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing our SGR sequences before the check
const withoutSgr = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');

describe('guardTerminalText', () => {
  it('keeps colours and plain text, shows everything else in caret notation', () => {
    expect(guardTerminalText('\x1b[1;32maluno@bastion\x1b[0m:~$ ')).toBe(
      '\x1b[1;32maluno@bastion\x1b[0m:~$ ',
    );
    expect(guardTerminalText('a\x1b[2Jb\x1b]0;pwned\x07c\n\td')).toBe('a^[[2Jb^[]0;pwned^Gc\n\td');
    expect(guardTerminalText('x\u009b31my\r')).toBe('xM-^[31my^M');
    expect(guardTerminalText('\x1b]8;;https://evil/\x1b\\link')).toBe('^[]8;;https://evil/^[\\link');
  });

  prop.prop([fc.string({ unit: 'binary', maxLength: 200 })])(
    'never lets a control character through',
    (s) => {
      expect(withoutSgr(guardTerminalText(s))).not.toMatch(CONTROL);
    },
  );

  prop.prop([
    fc.array(
      fc.oneof(
        fc.string({ unit: 'grapheme-ascii', maxLength: 20 }),
        fc.constantFrom('\x1b', '\x1b[', '\x1b[31m', '\x1b[2J', '\x1b]0;t\x07', '\u009b', '\x07', '\r', '\n'),
      ),
      { maxLength: 30 },
    ),
  ])('hostile mixes: the printable text stays, in order', (parts) => {
    const out = guardTerminalText(parts.join(''));
    expect(withoutSgr(out)).not.toMatch(CONTROL);
    const letters = (s: string) => s.replace(/[^a-zA-Z0-9]/g, '');
    // Caret notation only adds letters (^[, ^G, M-): the original letters appear as a subsequence.
    let i = 0;
    for (const ch of letters(out)) if (ch === letters(parts.join(''))[i]) i += 1;
    expect(i).toBe(letters(parts.join('')).length);
  });
});

describe('lastLines', () => {
  const omitted = (n: number) => `[${n} omitted]`;
  it('leaves short output alone', () => {
    expect(lastLines('a\nb\n', 2, omitted)).toBe('a\nb\n');
    expect(lastLines('a\nb', 2, omitted)).toBe('a\nb');
    expect(lastLines('', 2, omitted)).toBe('');
  });

  it('keeps the last lines and says how many were left out', () => {
    expect(lastLines('1\n2\n3\n4\n5\n', 2, omitted)).toBe('[3 omitted]\n4\n5\n');
    expect(lastLines('1\n2\n3\n4\n5', 2, omitted)).toBe('[3 omitted]\n4\n5');
  });

  prop.prop([
    fc.array(fc.stringMatching(/^[a-z]{0,3}$/), { maxLength: 40 }),
    fc.integer({ min: 1, max: 10 }),
  ])('kept plus omitted is every line, and never more than the limit are kept', (lines, limit) => {
    const text = lines.map((l) => `${l}\n`).join('');
    const out = lastLines(text, limit, (n) => `#${n}`);
    if (lines.length <= limit) {
      expect(out).toBe(text);
    } else {
      const [head, ...kept] = out.slice(0, -1).split('\n');
      expect(kept).toEqual(lines.slice(-limit));
      expect(head).toBe(`#${lines.length - limit}`);
    }
  });
});
