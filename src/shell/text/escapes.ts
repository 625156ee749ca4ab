// Backslash escapes shared by echo -e, printf's FORMAT and printf %b. The three differ in small,
// user-visible ways (octal forms, \c, \" ...), so the dialect is a parameter. Output is built as
// bytes because `\xHH` can produce arbitrary bytes that only later combine into UTF-8 text.

export type EscapeDialect = 'echo' | 'format' | 'b';

export interface Expanded {
  bytes: number[];
  /** True when `\c` stopped all further output (echo -e and %b). */
  stop: boolean;
}

const SIMPLE: Record<string, number> = {
  a: 7,
  b: 8,
  e: 27,
  E: 27,
  f: 12,
  n: 10,
  r: 13,
  t: 9,
  v: 11,
  '\\': 92,
};
const encoder = new TextEncoder();

function pushText(out: number[], s: string): void {
  for (const b of encoder.encode(s)) out.push(b);
}

function pushCodePoint(out: number[], cp: number): void {
  pushText(out, cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? String.fromCodePoint(cp) : '\ufffd');
}

function readDigits(s: string, from: number, max: number, re: RegExp): string {
  let d = '';
  while (d.length < max && from + d.length < s.length && re.test(s[from + d.length] as string))
    d += s[from + d.length];
  return d;
}

export function expandEscapes(s: string, dialect: EscapeDialect): Expanded {
  const out: number[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i] as string;
    if (c !== '\\' || i + 1 >= s.length) {
      const cp = s.codePointAt(i) as number;
      pushCodePoint(out, cp);
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const n = s[i + 1] as string;
    i += 2;
    if (n in SIMPLE) {
      out.push(SIMPLE[n] as number);
    } else if (n === 'c' && dialect !== 'format') {
      return { bytes: out, stop: true };
    } else if (dialect === 'format' && (n === '"' || n === "'" || n === '?')) {
      out.push(n.charCodeAt(0));
    } else if (n === '0' && dialect !== 'format') {
      // echo -e and %b: \0 followed by up to three octal digits.
      const d = readDigits(s, i, 3, /[0-7]/);
      out.push(Number.parseInt(d || '0', 8) & 0xff);
      i += d.length;
    } else if (/[0-7]/.test(n) && dialect !== 'echo') {
      // printf: \NNN with one to three octal digits (the first one already read).
      const d = n + readDigits(s, i, 2, /[0-7]/);
      out.push(Number.parseInt(d, 8) & 0xff);
      i += d.length - 1;
    } else if (n === 'x' || n === 'u' || n === 'U') {
      const max = n === 'x' ? 2 : n === 'u' ? 4 : 8;
      const d = readDigits(s, i, max, /[0-9A-Fa-f]/);
      if (d === '') {
        out.push(92, n.charCodeAt(0));
      } else if (n === 'x') {
        out.push(Number.parseInt(d, 16));
      } else {
        pushCodePoint(out, Number.parseInt(d, 16));
      }
      i += d.length;
    } else {
      // Unknown escapes are kept verbatim, backslash included.
      out.push(92);
      i--;
    }
  }
  return { bytes: out, stop: false };
}
