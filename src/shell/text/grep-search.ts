// The matching half of grep: builds one RegExp from all patterns and formats the selected lines of
// one input (prefixes, -o, -c, context groups), mirroring GNU grep's output rules.

import { longestAt } from './posix-match';
import { escapeLiteral, RegexError, regexFlags, translate, WORD_CLASS } from './regex';

export interface MatchOptions {
  mode: 'G' | 'E' | 'F' | 'P';
  ignoreCase: boolean;
  word: boolean;
  line: boolean;
}

export type Matcher = { re: RegExp; warnings: string[] } | { error: string };

/** Compiles every pattern into one alternation, renumbering back-references per pattern. */
export function compilePatterns(patterns: readonly string[], o: MatchOptions): Matcher {
  const sources: string[] = [];
  const warnings: string[] = [];
  let offset = 0;
  try {
    for (const p of patterns) {
      if (o.mode === 'F') sources.push(escapeLiteral(p));
      else if (o.mode === 'P') sources.push(p);
      else {
        const t = translate(p, { extended: o.mode === 'E', host: 'grep' }, offset);
        offset += t.groups;
        warnings.push(...t.warnings);
        sources.push(t.source);
      }
    }
  } catch (e) {
    if (e instanceof RegexError) return { error: e.message };
    throw e;
  }
  let src = sources.map((s) => `(?:${s})`).join('|');
  if (o.line) src = `^(?:${src})$`;
  else if (o.word) src = `(?<!${WORD_CLASS})(?:${src})(?!${WORD_CLASS})`;
  try {
    // Perl patterns are handed to the JS engine as they are: close to PCRE for everyday use.
    const flags = o.mode === 'P' ? `u${o.ignoreCase ? 'i' : ''}g` : regexFlags(o.ignoreCase, 'g');
    return { re: new RegExp(src, flags), warnings };
  } catch {
    return { error: o.mode === 'P' ? 'unmatched parentheses' : 'Invalid regular expression' };
  }
}

export interface OutputOptions {
  invert: boolean;
  count: boolean;
  listMatching: boolean;
  listNonMatching: boolean;
  quiet: boolean;
  onlyMatching: boolean;
  lineNumbers: boolean;
  /** -b: byte offset of the line (or, with -o, of the match). */
  byteOffset: boolean;
  withName: boolean;
  maxCount: number;
  after: number;
  before: number;
  /** -Z: a NUL byte instead of the usual separator after each file name. */
  nullAfterName: boolean;
}

/** Shared across files so that `--` separates context groups even between files, as GNU does. */
export interface OutputState {
  printedGroup: boolean;
}

export interface SearchOutcome {
  stdout: string;
  stderr: string;
  selected: number;
}

const encoder = new TextEncoder();
const byteLength = (s: string) => encoder.encode(s).length;

function matches(re: RegExp, line: string): boolean {
  re.lastIndex = 0;
  return re.test(line);
}

function onlyMatches(re: RegExp, line: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let first = re.exec(line); first; first = re.exec(line)) {
    const m = longestAt(re, line, first);
    re.lastIndex = m.index + m[0].length;
    if (m[0] === '') {
      // Skip empty matches (GNU prints only non-empty parts) and step past one code point.
      re.lastIndex += (line.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1;
      if (re.lastIndex > line.length) break;
      continue;
    }
    out.push(m);
  }
  return out;
}

export function searchText(
  name: string,
  text: string,
  re: RegExp,
  o: OutputOptions,
  state: OutputState,
): SearchOutcome {
  const lines = text.split('\n');
  if (text.endsWith('\n') || text === '') lines.pop();
  const binary = text.includes('\0');
  const context = o.after > 0 || o.before > 0;
  const printLines = !o.count && !o.listMatching && !o.listNonMatching && !o.quiet && !binary;
  let out = '';
  let selected = 0;
  let lastPrinted = -1;
  let afterLeft = 0;
  // Byte offsets of line starts, only computed for -b.
  const starts: number[] = [];
  if (o.byteOffset) {
    let at = 0;
    for (const l of lines) {
      starts.push(at);
      at += byteLength(l) + 1;
    }
  }
  const prefix = (i: number, sep: string, col = 0) =>
    `${o.withName ? `${name}${o.nullAfterName ? '\0' : sep}` : ''}${o.lineNumbers ? `${i + 1}${sep}` : ''}${
      o.byteOffset ? `${(starts[i] as number) + col}${sep}` : ''
    }`;
  const emitContext = (i: number) => {
    out += `${prefix(i, '-')}${lines[i]}\n`;
    lastPrinted = i;
  };
  let i = 0;
  for (; i < lines.length; i++) {
    if (selected >= o.maxCount) break;
    const line = lines[i] as string;
    const isSel = matches(re, line) !== o.invert;
    if (!isSel) {
      if (printLines && afterLeft > 0) {
        emitContext(i);
        afterLeft--;
      }
      continue;
    }
    selected++;
    if (o.quiet) break;
    if (!printLines) continue;
    if (context) {
      const from = Math.max(lastPrinted + 1, i - o.before);
      if (state.printedGroup && from > lastPrinted + 1) out += '--\n';
      for (let j = from; j < i; j++) emitContext(j);
      state.printedGroup = true;
      afterLeft = o.after;
    }
    if (o.onlyMatching) {
      if (!o.invert) {
        for (const m of onlyMatches(re, line))
          out += `${prefix(i, ':', byteLength(line.slice(0, m.index)))}${m[0]}\n`;
      }
    } else out += `${prefix(i, ':')}${line}\n`;
    lastPrinted = i;
  }
  // After -m stops, GNU still prints the trailing context of the last selected line, even lines
  // that would themselves have matched.
  for (; printLines && afterLeft > 0 && i < lines.length; i++, afterLeft--) emitContext(i);
  let stderr = '';
  const end = o.nullAfterName ? '\0' : '\n';
  if (o.count) out += `${o.withName ? `${name}${o.nullAfterName ? '\0' : ':'}` : ''}${selected}\n`;
  if (o.listMatching && selected > 0) out += `${name}${end}`;
  if (o.listNonMatching && selected === 0) out += `${name}${end}`;
  if (binary && selected > 0 && !o.count && !o.listMatching && !o.listNonMatching && !o.quiet) {
    stderr = `grep: ${name}: binary file matches\n`;
  }
  return { stdout: out, stderr, selected };
}
