// grep: option handling, input walking (files, stdin, -r) and exit status. Matching and line
// formatting live in grep-search.ts.

import { describeOptionError, getopt, type LongOption } from './getopt';
import { compilePatterns, type MatchOptions, type OutputOptions, searchText } from './grep-search';
import { HELP } from './help';
import { ERRNO_TEXT, readInput, type TextIO, type TextResult } from './io';

const LONG: LongOption[] = [
  { name: 'extended-regexp', key: 'E' },
  { name: 'fixed-strings', key: 'F' },
  { name: 'basic-regexp', key: 'G' },
  { name: 'perl-regexp', key: 'P' },
  { name: 'regexp', arg: 'required', key: 'e' },
  { name: 'file', arg: 'required', key: 'f' },
  { name: 'ignore-case', key: 'i' },
  { name: 'no-ignore-case' },
  { name: 'word-regexp', key: 'w' },
  { name: 'line-regexp', key: 'x' },
  { name: 'no-messages', key: 's' },
  { name: 'invert-match', key: 'v' },
  { name: 'max-count', arg: 'required', key: 'm' },
  { name: 'line-number', key: 'n' },
  { name: 'with-filename', key: 'H' },
  { name: 'no-filename', key: 'h' },
  { name: 'label', arg: 'required' },
  { name: 'only-matching', key: 'o' },
  { name: 'quiet', key: 'q' },
  { name: 'silent', key: 'q' },
  { name: 'recursive', key: 'r' },
  { name: 'dereference-recursive', key: 'R' },
  { name: 'files-without-match', key: 'L' },
  { name: 'files-with-matches', key: 'l' },
  { name: 'count', key: 'c' },
  { name: 'before-context', arg: 'required', key: 'B' },
  { name: 'after-context', arg: 'required', key: 'A' },
  { name: 'context', arg: 'required', key: 'C' },
  { name: 'color', arg: 'optional' },
  { name: 'colour', arg: 'optional', key: 'color' },
  { name: 'text', key: 'a' },
  { name: 'null', key: 'Z' },
  { name: 'byte-offset', key: 'b' },
  { name: 'help' },
  { name: 'version', key: 'V' },
];

const USAGE = "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n";
const VERSION = `grep (GNU grep) 3.8
Copyright (C) 2022 Free Software Foundation, Inc.
License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.
This is free software: you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.

Written by Mike Haertel and others; see
<https://git.sv.gnu.org/cgit/grep.git/tree/AUTHORS>.
`;

/** GNU grep accepts `-NUM` as shorthand for `--context=NUM`. */
function expandContextDigits(args: readonly string[]): string[] {
  return args.flatMap((a) => (/^-\d+$/.test(a) ? ['-C', a.slice(1)] : [a]));
}

function contextNumber(value: string): number | null {
  return /^\d+$/.test(value) ? Number(value) : null;
}

export function grep(args: string[], io: TextIO): TextResult {
  const parsed = getopt(expandContextDigits(args), {
    short: 'EFGPe:f:iywxsvm:nHhoqrRLlcB:A:C:aVUZb',
    long: LONG,
  });
  if (!parsed.ok)
    return { stdout: '', stderr: describeOptionError('grep', parsed.error) + USAGE, exitCode: 2 };
  const match: MatchOptions = { mode: 'G', ignoreCase: false, word: false, line: false };
  const out: OutputOptions = {
    invert: false,
    count: false,
    listMatching: false,
    listNonMatching: false,
    quiet: false,
    onlyMatching: false,
    lineNumbers: false,
    withName: false,
    maxCount: Number.POSITIVE_INFINITY,
    after: 0,
    before: 0,
    nullAfterName: false,
    byteOffset: false,
  };
  let patterns: string[] | null = null;
  let nameOption: 'H' | 'h' | null = null;
  let silent = false;
  let recursive = false;
  let label = '(standard input)';
  let stderr = '';
  for (const { key, value = '' } of parsed.options) {
    switch (key) {
      case 'help':
        return { stdout: HELP.grep as string, stderr: '', exitCode: 0 };
      case 'V':
        return { stdout: VERSION, stderr: '', exitCode: 0 };
      case 'E':
      case 'F':
      case 'G':
      case 'P':
        match.mode = key;
        break;
      case 'e':
        patterns = [...(patterns ?? []), ...value.split('\n')];
        break;
      case 'f': {
        const r = readInput(io, value);
        if (!r.ok) return { stdout: '', stderr: `grep: ${value}: ${ERRNO_TEXT[r.error]}\n`, exitCode: 2 };
        const lines = r.content.split('\n');
        if (r.content.endsWith('\n')) lines.pop();
        patterns = [...(patterns ?? []), ...(r.content === '' ? [] : lines)];
        break;
      }
      case 'i':
      case 'y':
        match.ignoreCase = true;
        break;
      case 'no-ignore-case':
        match.ignoreCase = false;
        break;
      case 'w':
        match.word = true;
        break;
      case 'x':
        match.line = true;
        break;
      case 's':
        silent = true;
        break;
      case 'v':
        out.invert = true;
        break;
      case 'm': {
        const n = /^-?\d+$/.test(value) ? Number(value) : Number.NaN;
        if (Number.isNaN(n)) return { stdout: '', stderr: 'grep: invalid max count\n', exitCode: 2 };
        out.maxCount = n < 0 ? Number.POSITIVE_INFINITY : n;
        break;
      }
      case 'n':
        out.lineNumbers = true;
        break;
      case 'H':
      case 'h':
        nameOption = key;
        break;
      case 'label':
        label = value;
        break;
      case 'o':
        out.onlyMatching = true;
        break;
      case 'q':
        out.quiet = true;
        break;
      case 'r':
      case 'R':
        recursive = true;
        break;
      case 'L':
        out.listNonMatching = true;
        out.listMatching = false;
        break;
      case 'l':
        out.listMatching = true;
        out.listNonMatching = false;
        break;
      case 'c':
        out.count = true;
        break;
      case 'b':
        out.byteOffset = true;
        break;
      case 'Z':
        out.nullAfterName = true;
        break;
      case 'A':
      case 'B':
      case 'C': {
        const n = contextNumber(value);
        if (n === null)
          return { stdout: '', stderr: `grep: ${value}: invalid context length argument\n`, exitCode: 2 };
        if (key !== 'B') out.after = n;
        if (key !== 'A') out.before = n;
        break;
      }
    }
  }
  const operands = [...parsed.operands];
  if (patterns === null) {
    const first = operands.shift();
    if (first === undefined) return { stdout: '', stderr: USAGE, exitCode: 2 };
    patterns = first.split('\n');
  }
  const matcher = compilePatterns(patterns, match);
  if ('error' in matcher) return { stdout: '', stderr: `grep: ${matcher.error}\n`, exitCode: 2 };
  for (const w of matcher.warnings) stderr += `grep: ${w}\n`;

  // Every input is [printed name, content or error]; -r expands directories in place.
  const inputs: { name: string; text?: string; error?: string }[] = [];
  let walked = false;
  const files = operands.length > 0 ? operands : [recursive ? '.' : '-'];
  for (const file of files) {
    if (file === '-') {
      inputs.push({ name: label, text: io.stdin });
      continue;
    }
    const r = io.readFile(file);
    if (r.ok) inputs.push({ name: file, text: r.content });
    else if (r.error === 'EISDIR' && recursive) {
      walked = true;
      const base = operands.length === 0 ? '' : file === '/' ? '/' : `${file.replace(/\/+$/, '')}/`;
      for (const rel of io.listFiles(file) ?? []) {
        const name = base + rel;
        const c = io.readFile(name);
        inputs.push(c.ok ? { name, text: c.content } : { name, error: ERRNO_TEXT[c.error] });
      }
    } else inputs.push({ name: file, error: ERRNO_TEXT[r.error] });
  }
  out.withName = nameOption === 'H' || (nameOption === null && (operands.length > 1 || walked));

  let stdout = '';
  let anySelected = false;
  let trouble = false;
  const state = { printedGroup: false };
  for (const input of inputs) {
    if (input.text === undefined) {
      trouble = true;
      if (!silent) stderr += `grep: ${input.name}: ${input.error}\n`;
      continue;
    }
    const res = searchText(input.name, input.text, matcher.re, out, state);
    stdout += res.stdout;
    stderr += res.stderr;
    if (res.selected > 0) anySelected = true;
    if (out.quiet && anySelected) break;
  }
  // -L succeeds when it lists a file (grep >= 3.5).
  const success = out.listNonMatching ? stdout !== '' : anySelected;
  const exitCode = trouble && !(out.quiet && success) ? 2 : success ? 0 : 1;
  return { stdout, stderr, exitCode };
}
