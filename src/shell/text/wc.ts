// wc: newline, word, character, byte and max-line-width counts with GNU's column sizing: widths
// come from the total size of the regular files named (at least 7 when stdin or a directory is
// involved), except that a single count of a single input is printed unpadded.

import { describeOptionError, getopt } from './getopt';
import { HELP } from './help';
import { ERRNO_TEXT, quoteIfNeeded, readInput, type TextIO, type TextResult, toBytes, tryHelp } from './io';

const LONG = [
  { name: 'bytes', key: 'c' },
  { name: 'chars', key: 'm' },
  { name: 'lines', key: 'l' },
  { name: 'words', key: 'w' },
  { name: 'max-line-length', key: 'L' },
  { name: 'help' },
  { name: 'version' },
];

type Counts = [lines: number, words: number, chars: number, bytes: number, maxLen: number];

const SPACES = /[\t\n\v\f\r \u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000]/u;
const NONPRINT = /[\p{Cc}\p{Cs}\p{Cn}\u2028\u2029]/u;
const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cf}]/u;
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f680}-\u{1f6ff}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;

/** Mirrors coreutils 9.1 wc: non-printable characters neither start nor end a word. */
export function count(text: string): Counts {
  let lines = 0;
  let words = 0;
  let chars = 0;
  let inWord = false;
  let pos = 0;
  let maxLen = 0;
  const separator = () => {
    if (inWord) words++;
    inWord = false;
  };
  for (const ch of text) {
    chars++;
    if (ch === '\n' || ch === '\r' || ch === '\f') {
      if (ch === '\n') lines++;
      maxLen = Math.max(maxLen, pos);
      pos = 0;
      separator();
    } else if (ch === '\t') {
      pos += 8 - (pos % 8);
      separator();
    } else if (ch === ' ' || ch === '\v') {
      if (ch === ' ') pos++;
      separator();
    } else if (!NONPRINT.test(ch)) {
      pos += ZERO_WIDTH.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
      if (SPACES.test(ch)) separator();
      else inWord = true;
    }
  }
  if (inWord) words++;
  return [lines, words, chars, toBytes(text).length, Math.max(maxLen, pos)];
}

export function wc(args: string[], io: TextIO): TextResult {
  const parsed = getopt(args, { short: 'cmlwL', long: LONG });
  if (!parsed.ok)
    return { stdout: '', stderr: describeOptionError('wc', parsed.error) + tryHelp('wc'), exitCode: 1 };
  const selected = new Set<string>();
  for (const { key } of parsed.options) {
    if (key === 'help') return { stdout: HELP.wc as string, stderr: '', exitCode: 0 };
    if (key === 'version') return { stdout: 'wc (GNU coreutils) 9.1\n', stderr: '', exitCode: 0 };
    selected.add(key);
  }
  if (selected.size === 0) for (const k of 'lwc') selected.add(k);
  const columns = [...'lwmcL'].map((k) => selected.has(k));

  const names = parsed.operands.length > 0 ? parsed.operands : [null];
  const rows: { name: string | null; counts: Counts | null; error?: string }[] = [];
  let regularBytes = 0;
  let minWidth = 1;
  for (const name of names) {
    const r = readInput(io, name ?? '-');
    if (r.ok) {
      const counts = count(r.content);
      if (name === null || name === '-') minWidth = 7;
      else regularBytes += counts[3];
      rows.push({ name, counts });
    } else {
      const msg = `wc: ${quoteIfNeeded(name ?? '-')}: ${ERRNO_TEXT[r.error]}\n`;
      // A directory opens (it has a size for the column width) and then fails to read.
      if (r.error === 'EISDIR') minWidth = 7;
      rows.push({ name, counts: r.error === 'EISDIR' ? [0, 0, 0, 0, 0] : null, error: msg });
    }
  }
  const width =
    names.length === 1 && selected.size === 1 ? 1 : Math.max(String(regularBytes).length, minWidth);
  const line = (counts: Counts, name: string | null) =>
    `${counts
      .filter((_, i) => columns[i])
      .map((n) => String(n).padStart(width))
      .join(' ')}${name === null ? '' : ` ${name}`}\n`;
  let stdout = '';
  let stderr = '';
  const total: Counts = [0, 0, 0, 0, 0];
  for (const row of rows) {
    if (row.error) stderr += row.error;
    if (!row.counts) continue;
    stdout += line(row.counts, row.name);
    for (let i = 0; i < 4; i++) total[i] = (total[i] as number) + (row.counts[i] as number);
    total[4] = Math.max(total[4], row.counts[4]);
  }
  if (names.length > 1) stdout += line(total, 'total');
  return { stdout, stderr, exitCode: stderr === '' ? 0 : 1 };
}
