import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { safeTerminalText } from './safeText';

describe('safeTerminalText', () => {
  it('leaves plain text, newlines, tabs and non-ASCII letters alone', () => {
    const text = 'server {\n\tlisten 80;\n}\nação ✓\n';
    expect(safeTerminalText(text)).toBe(text);
  });

  it('makes a title-setting OSC sequence inert, as cat -v shows it', () => {
    expect(safeTerminalText('\u001b]0;pwned\u0007')).toBe('^[]0;pwned^G');
  });

  it('makes a clear-screen CSI sequence inert', () => {
    expect(safeTerminalText('before\u001b[2J\u001b[Hafter\n')).toBe('before^[[2J^[[Hafter\n');
  });

  it('shows carriage return, NUL, DEL and backspace in caret notation', () => {
    expect(safeTerminalText('a\r\nb\u0000c\u007fd\be')).toBe('a^M\nb^@c^?d^He');
  });

  it('shows C1 controls with the M- prefix, like cat -v does for those bytes', () => {
    expect(safeTerminalText('\u009b31mred\u0085')).toBe('M-^[31mredM-^E');
  });

  test.prop([fc.string({ unit: 'binary' })])(
    'never lets a control character other than \\n or \\t through',
    (s) => {
      const codes = [...safeTerminalText(s)].map((ch) => ch.charCodeAt(0));
      expect(codes.filter((c) => (c < 32 && c !== 9 && c !== 10) || (c >= 127 && c < 160))).toEqual([]);
    },
  );

  test.prop([fc.string({ unit: 'binary' })])('is idempotent', (s) => {
    const once = safeTerminalText(s);
    expect(safeTerminalText(once)).toBe(once);
  });
});
