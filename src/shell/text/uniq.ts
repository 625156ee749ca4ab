// uniq: collapses runs of adjacent equal lines, optionally comparing only part of each line
// (-f fields, -s chars, -w width) or ignoring case, and writes to OUTPUT when one is named.

import { describeOptionError, getopt } from './getopt';
import { HELP } from './help';
import {
  ERRNO_TEXT,
  joinLines,
  quoteAlways,
  quoteIfNeeded,
  quoteLocale,
  readInput,
  splitLines,
  type TextIO,
  type TextResult,
  tryHelp,
} from './io';

const LONG = [
  { name: 'count', key: 'c' },
  { name: 'repeated', key: 'd' },
  { name: 'all-repeated', arg: 'optional', key: 'D' },
  { name: 'skip-fields', arg: 'required', key: 'f' },
  { name: 'ignore-case', key: 'i' },
  { name: 'skip-chars', arg: 'required', key: 's' },
  { name: 'unique', key: 'u' },
  { name: 'check-chars', arg: 'required', key: 'w' },
  { name: 'help' },
  { name: 'version' },
] as const;

const NUMBER_ERRORS: Record<string, string> = {
  f: 'invalid number of fields to skip',
  s: 'invalid number of bytes to skip',
  w: 'invalid number of bytes to compare',
};

export function uniq(args: string[], io: TextIO): TextResult {
  const parsed = getopt(args, { short: 'cdDf:is:uw:', long: LONG });
  if (!parsed.ok)
    return { stdout: '', stderr: describeOptionError('uniq', parsed.error) + tryHelp('uniq'), exitCode: 1 };
  let count = false;
  let repeated = false;
  let allRepeated = false;
  let unique = false;
  let ignoreCase = false;
  const skip = { f: 0, s: 0, w: Number.POSITIVE_INFINITY };
  for (const { key, value = '' } of parsed.options) {
    if (key === 'help') return { stdout: HELP.uniq as string, stderr: '', exitCode: 0 };
    if (key === 'version') return { stdout: 'uniq (GNU coreutils) 9.1\n', stderr: '', exitCode: 0 };
    if (key === 'f' || key === 's' || key === 'w') {
      if (!/^\d+$/.test(value)) {
        return { stdout: '', stderr: `uniq: ${value}: ${NUMBER_ERRORS[key]}\n`, exitCode: 1 };
      }
      skip[key] = Number(value);
    }
    if (key === 'c') count = true;
    if (key === 'd') repeated = true;
    if (key === 'D') allRepeated = true;
    if (key === 'u') unique = true;
    if (key === 'i') ignoreCase = true;
  }
  const [input = '-', output, extra] = parsed.operands;
  if (extra !== undefined) {
    return {
      stdout: '',
      stderr: `uniq: extra operand ${quoteLocale(extra)}\n${tryHelp('uniq')}`,
      exitCode: 1,
    };
  }
  if (count && allRepeated) {
    return {
      stdout: '',
      stderr: `uniq: printing all duplicated lines and repeat counts is meaningless\n${tryHelp('uniq')}`,
      exitCode: 1,
    };
  }
  const r = readInput(io, input);
  if (!r.ok) {
    // A directory opens fine and then fails on read, which uniq reports without an errno text.
    const msg =
      r.error === 'EISDIR'
        ? `error reading ${quoteAlways(input)}`
        : `${quoteIfNeeded(input)}: ${ERRNO_TEXT[r.error]}`;
    return { stdout: '', stderr: `uniq: ${msg}\n`, exitCode: 1 };
  }

  // The part of a line that takes part in comparisons.
  const keyOf = (line: string) => {
    let k = line;
    for (let i = 0; i < skip.f; i++) k = k.replace(/^[ \t]*[^ \t]*/, '');
    k = k.slice(skip.s);
    if (skip.w !== Number.POSITIVE_INFINITY) k = k.slice(0, skip.w);
    return ignoreCase ? k.replace(/[a-z]/g, (c) => c.toUpperCase()) : k;
  };
  const out: string[] = [];
  const lines = splitLines(r.content).lines;
  for (let i = 0; i < lines.length; ) {
    let j = i + 1;
    const k = keyOf(lines[i] as string);
    while (j < lines.length && keyOf(lines[j] as string) === k) j++;
    const n = j - i;
    if (allRepeated) {
      if (n > 1) out.push(...lines.slice(i, j));
    } else if ((!repeated || n > 1) && (!unique || n === 1)) {
      out.push(count ? `${String(n).padStart(7)} ${lines[i]}` : (lines[i] as string));
    }
    i = j;
  }
  const text = joinLines(out);
  if (output !== undefined && output !== '-') {
    return { stdout: '', stderr: '', exitCode: 0, writes: [{ path: output, content: text, append: false }] };
  }
  return { stdout: text, stderr: '', exitCode: 0 };
}
