// cut: bytes (-b, and -c, which GNU coreutils treats as bytes too), or delimiter-separated fields.
// Byte selection works on UTF-8 bytes, so cutting inside a multibyte character yields U+FFFD here
// where a terminal would show a broken byte.

import { describeOptionError, getopt } from './getopt';
import { HELP } from './help';
import {
  ERRNO_TEXT,
  fromBytes,
  quoteIfNeeded,
  quoteLocale,
  readInput,
  splitLines,
  type TextIO,
  type TextResult,
  toBytes,
  tryHelp,
} from './io';

const LONG = [
  { name: 'bytes', arg: 'required', key: 'b' },
  { name: 'characters', arg: 'required', key: 'c' },
  { name: 'delimiter', arg: 'required', key: 'd' },
  { name: 'fields', arg: 'required', key: 'f' },
  { name: 'complement' },
  { name: 'only-delimited', key: 's' },
  { name: 'output-delimiter', arg: 'required' },
  { name: 'help' },
  { name: 'version' },
] as const;

type Range = [from: number, to: number];

/** Parses a LIST such as `1,3-5,7-`; returns the GNU complaint on error. */
function parseList(list: string, fields: boolean): Range[] | string {
  const ranges: Range[] = [];
  for (const part of list.split(/[ ,]/)) {
    const m = /^(\d*)(-?)(\d*)$/.exec(part);
    if (!m || part === '') {
      const bad = part === '' ? list : part;
      return fields
        ? `invalid field value ${quoteLocale(bad)}`
        : `invalid byte/character position ${quoteLocale(bad)}`;
    }
    if (part === '-') return 'invalid range with no endpoint: -';
    const from = m[1] === '' ? 1 : Number(m[1]);
    const to = m[2] === '' ? from : m[3] === '' ? Number.POSITIVE_INFINITY : Number(m[3]);
    if (from === 0 || to === 0)
      return fields ? 'fields are numbered from 1' : 'byte/character positions are numbered from 1';
    if (to < from) return 'invalid decreasing range';
    ranges.push([from, to]);
  }
  return ranges;
}

const usage = (msg: string): TextResult => ({
  stdout: '',
  stderr: `cut: ${msg}\n${tryHelp('cut')}`,
  exitCode: 1,
});

export function cut(args: string[], io: TextIO): TextResult {
  const parsed = getopt(args, { short: 'b:c:d:f:nsz', long: LONG });
  if (!parsed.ok)
    return { stdout: '', stderr: describeOptionError('cut', parsed.error) + tryHelp('cut'), exitCode: 1 };
  let mode: 'b' | 'f' | null = null;
  let list = '';
  let delim: string | null = null;
  let onlyDelimited = false;
  let complement = false;
  let outDelim: string | null = null;
  for (const { key, value = '' } of parsed.options) {
    if (key === 'help') return { stdout: HELP.cut as string, stderr: '', exitCode: 0 };
    if (key === 'version') return { stdout: 'cut (GNU coreutils) 9.1\n', stderr: '', exitCode: 0 };
    if (key === 'b' || key === 'c' || key === 'f') {
      if (mode !== null) return usage('only one list may be specified');
      mode = key === 'f' ? 'f' : 'b';
      list = value;
    }
    if (key === 'd') {
      if (toBytes(value).length > 1) return usage('the delimiter must be a single character');
      delim = value === '' ? '\0' : value;
    }
    if (key === 's') onlyDelimited = true;
    if (key === 'complement') complement = true;
    if (key === 'output-delimiter') outDelim = value;
  }
  if (mode === null) return usage('you must specify a list of bytes, characters, or fields');
  const ranges = parseList(list, mode === 'f');
  if (typeof ranges === 'string') return usage(ranges);
  if (mode !== 'f' && delim !== null)
    return usage('an input delimiter may be specified only when operating on fields');
  if (mode !== 'f' && onlyDelimited) {
    return usage('suppressing non-delimited lines makes sense\n\tonly when operating on fields');
  }
  const picked = (i: number) => ranges.some(([a, b]) => i >= a && i <= b) !== complement;

  const cutLine = (line: string): string | null => {
    if (mode === 'b') {
      const bytes = toBytes(line);
      const parts: number[][] = [];
      let prev = false;
      bytes.forEach((b, i) => {
        const on = picked(i + 1);
        if (on && !prev) parts.push([]);
        if (on) (parts[parts.length - 1] as number[]).push(b);
        prev = on;
      });
      // Without --output-delimiter the pieces are simply concatenated.
      return parts.map((p) => fromBytes(Uint8Array.from(p))).join(outDelim ?? '');
    }
    const d = delim ?? '\t';
    if (!line.includes(d)) return onlyDelimited ? null : line;
    return line
      .split(d)
      .filter((_, i) => picked(i + 1))
      .join(outDelim ?? d);
  };

  let stdout = '';
  let stderr = '';
  for (const file of parsed.operands.length > 0 ? parsed.operands : ['-']) {
    const r = readInput(io, file);
    if (!r.ok) {
      stderr += `cut: ${quoteIfNeeded(file)}: ${ERRNO_TEXT[r.error]}\n`;
      continue;
    }
    for (const line of splitLines(r.content).lines) {
      const c = cutLine(line);
      if (c !== null) stdout += `${c}\n`;
    }
  }
  return { stdout, stderr, exitCode: stderr === '' ? 0 : 1 };
}
