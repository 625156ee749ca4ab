// Output formats of GNU diff for an edit script: the default "normal" format (`2c2`, `<`, `---`,
// `>`) and unified format (`@@ -1,3 +1,3 @@`) with GNU's hunk merging and its
// "\ No newline at end of file" markers. The edit script comes from diff-script.ts.

import type { Change } from './diff-script';

/** Lines keep their '\n', so a last line without newline differs from the same text with one. */
export function toLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function body(line: string, marker: string): string {
  return line.endsWith('\n') ? `${marker}${line}` : `${marker}${line}\n\\ No newline at end of file\n`;
}

function span(start: number, len: number): string {
  // 1-based; an empty side names the line before it.
  if (len === 0) return String(start);
  return len === 1 ? String(start + 1) : `${start + 1},${start + len}`;
}

export function normalFormat(a: string[], b: string[], changes: Change[]): string {
  let out = '';
  for (const c of changes) {
    const kind = c.aLen === 0 ? 'a' : c.bLen === 0 ? 'd' : 'c';
    out += `${span(c.a, c.aLen)}${kind}${span(c.b, c.bLen)}\n`;
    for (const l of a.slice(c.a, c.a + c.aLen)) out += body(l, '< ');
    if (kind === 'c') out += '---\n';
    for (const l of b.slice(c.b, c.b + c.bLen)) out += body(l, '> ');
  }
  return out;
}

function unifiedRange(start: number, len: number): string {
  if (len === 0) return `${start},0`;
  return len === 1 ? String(start + 1) : `${start + 1},${len}`;
}

export function unifiedFormat(a: string[], b: string[], changes: Change[], context: number): string {
  let out = '';
  let k = 0;
  while (k < changes.length) {
    // Merge changes whose gaps are small enough that their contexts would touch.
    let last = k;
    while (
      last + 1 < changes.length &&
      (changes[last + 1] as Change).a - ((changes[last] as Change).a + (changes[last] as Change).aLen) <=
        2 * context
    ) {
      last++;
    }
    const first = changes[k] as Change;
    const end = changes[last] as Change;
    const aStart = Math.max(0, first.a - context);
    const bStart = first.b - (first.a - aStart);
    const aEnd = Math.min(a.length, end.a + end.aLen + context);
    const bEnd = end.b + end.bLen + (aEnd - (end.a + end.aLen));
    out += `@@ -${unifiedRange(aStart, aEnd - aStart)} +${unifiedRange(bStart, bEnd - bStart)} @@\n`;
    let i = aStart;
    for (let c = k; c <= last; c++) {
      const ch = changes[c] as Change;
      for (; i < ch.a; i++) out += body(a[i] as string, ' ');
      for (const l of a.slice(ch.a, ch.a + ch.aLen)) out += body(l, '-');
      for (const l of b.slice(ch.b, ch.b + ch.bLen)) out += body(l, '+');
      i = ch.a + ch.aLen;
    }
    for (; i < aEnd; i++) out += body(a[i] as string, ' ');
    k = last + 1;
  }
  return out;
}
