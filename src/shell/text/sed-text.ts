// Text transformations used by the sed engine: the s/// replacement loop with GNU's empty-match
// rule and case conversions, and the `l` command's escaped listing.

import { toBytes } from './io';
import { longestAt } from './posix-match';
import type { Command, ReplPart } from './sed-reader';

const cpLen = (s: string, i: number) => ((s.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);

function caseMap(s: string, mode: 'U' | 'L' | null): string {
  return mode === 'U' ? s.toUpperCase() : mode === 'L' ? s.toLowerCase() : s;
}

function buildReplacement(m: RegExpExecArray, parts: ReplPart[]): string {
  let out = '';
  let mode: 'U' | 'L' | null = null;
  let one: 'u' | 'l' | null = null;
  const add = (s: string) => {
    if (s === '') return;
    if (one) {
      const first = String.fromCodePoint(s.codePointAt(0) as number);
      out += one === 'u' ? first.toUpperCase() : first.toLowerCase();
      s = s.slice(first.length);
      one = null;
    }
    out += caseMap(s, mode);
  };
  for (const p of parts) {
    if ('lit' in p) add(p.lit);
    else if ('group' in p) add(m[p.group] ?? '');
    else if (p.caseOp === 'u' || p.caseOp === 'l') one = p.caseOp;
    else mode = p.caseOp === 'E' ? null : p.caseOp;
  }
  return out;
}

/** `l`: C-style escapes and octal bytes, wrapped at `width` columns with a trailing backslash. */
export function listLine(text: string, width: number): string {
  const esc: Record<number, string> = {
    7: '\\a',
    8: '\\b',
    9: '\\t',
    10: '\\n',
    11: '\\v',
    12: '\\f',
    13: '\\r',
    92: '\\\\',
  };
  let out = '';
  let col = 0;
  for (const b of toBytes(text)) {
    const piece =
      esc[b] ?? (b >= 32 && b < 127 ? String.fromCharCode(b) : `\\${b.toString(8).padStart(3, '0')}`);
    if (width > 1 && col + piece.length > width - 1) {
      out += '\\\n';
      col = 0;
    }
    out += piece;
    col += piece.length;
  }
  return `${out}$\n`;
}

/** s///: replaces the chosen occurrence(s) of `re` (a global RegExp) in `ps`; null if none. */
export function substitute(re: RegExp, ps: string, cmd: Command): string | null {
  const want = cmd.occurrence || 1;
  let result = '';
  let last = 0;
  let count = 0;
  let prevEnd = -1;
  let done = false;
  while (re.lastIndex <= ps.length) {
    const first = re.exec(ps);
    if (!first) break;
    const m = longestAt(re, ps, first);
    re.lastIndex = m.index + m[0].length;
    const start = m.index;
    const end = start + m[0].length;
    // An empty match right where the previous match ended does not count (GNU semantics).
    if (!(m[0] === '' && start === prevEnd)) {
      count++;
      if (count >= want) {
        result += ps.slice(last, start) + buildReplacement(m, cmd.repl ?? []);
        last = end;
        done = true;
        if (!cmd.global) break;
      }
      prevEnd = end;
    }
    if (m[0] === '') {
      if (start >= ps.length) break;
      re.lastIndex = start + cpLen(ps, start);
    }
  }
  return done ? result + ps.slice(last) : null;
}
