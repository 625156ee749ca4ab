// sort: reads every input (dying on the first unreadable one, like GNU sort), orders lines with
// sort-compare.ts, then applies -u / -c / -o.

import { describeOptionError, getopt } from './getopt';
import { HELP } from './help';
import {
  ERRNO_TEXT,
  joinLines,
  quoteIfNeeded,
  readInput,
  splitLines,
  type TextIO,
  type TextResult,
  tryHelp,
} from './io';
import {
  applyOrdering,
  compareLines,
  emptyOrdering,
  hasOrdering,
  type KeyDef,
  keysCompare,
  parseKey,
  type SortConfig,
} from './sort-compare';

const LONG = [
  { name: 'ignore-leading-blanks', key: 'b' },
  { name: 'dictionary-order', key: 'd' },
  { name: 'ignore-case', key: 'f' },
  { name: 'general-numeric-sort', key: 'g' },
  { name: 'human-numeric-sort', key: 'h' },
  { name: 'numeric-sort', key: 'n' },
  { name: 'reverse', key: 'r' },
  { name: 'check', key: 'c' },
  { name: 'key', arg: 'required', key: 'k' },
  { name: 'output', arg: 'required', key: 'o' },
  { name: 'stable', key: 's' },
  { name: 'field-separator', arg: 'required', key: 't' },
  { name: 'unique', key: 'u' },
  { name: 'help' },
  { name: 'version' },
] as const;

function die(message: string): TextResult {
  return { stdout: '', stderr: `sort: ${message}\n`, exitCode: 2 };
}

export function sort(args: string[], io: TextIO): TextResult {
  const parsed = getopt(args, { short: 'bdfghnrck:o:st:u', long: LONG });
  if (!parsed.ok)
    return { stdout: '', stderr: describeOptionError('sort', parsed.error) + tryHelp('sort'), exitCode: 2 };
  const global = emptyOrdering();
  const keys: KeyDef[] = [];
  let tab: string | null = null;
  let unique = false;
  let stable = false;
  let check = false;
  let output: string | null = null;
  for (const { key, value = '' } of parsed.options) {
    if (key === 'help') return { stdout: HELP.sort as string, stderr: '', exitCode: 0 };
    if (key === 'version') return { stdout: 'sort (GNU coreutils) 9.1\n', stderr: '', exitCode: 0 };
    if ('bdfghnr'.includes(key)) applyOrdering(global, key === 'b' ? 'b' : key, false);
    if (key === 'b') global.skipEndBlanks = true;
    if (key === 'k') {
      const k = parseKey(value);
      if (typeof k === 'string') return die(k);
      keys.push(k);
    }
    if (key === 't') {
      if (value === '') return die('empty tab');
      if (Array.from(value).length > 1 && value !== '\\0') return die(`multi-character tab ‘${value}’`);
      if (tab !== null && tab !== value) return die('incompatible tabs');
      tab = value === '\\0' ? '\0' : value;
    }
    if (key === 'u') unique = true;
    if (key === 's') stable = true;
    if (key === 'c') check = true;
    if (key === 'o') output = value;
  }
  // Keys without options of their own inherit every global ordering option.
  for (const k of keys) if (!hasOrdering(k)) Object.assign(k, global);
  if (keys.length === 0 && hasOrdering(global))
    keys.push({ ...global, sword: 0, schar: 0, eword: Number.MAX_SAFE_INTEGER, echar: 0 });
  const cfg: SortConfig = { keys, tab, reverse: global.reverse, noLastResort: stable || unique };

  const files = parsed.operands.length > 0 ? parsed.operands : ['-'];
  const lines: string[] = [];
  for (const file of files) {
    const r = readInput(io, file);
    if (!r.ok) {
      const what = r.error === 'EISDIR' ? 'read failed' : 'cannot read';
      return die(`${what}: ${quoteIfNeeded(file)}: ${ERRNO_TEXT[r.error]}`);
    }
    lines.push(...splitLines(r.content).lines);
  }

  if (check) {
    for (let i = 1; i < lines.length; i++) {
      const d = compareLines(lines[i - 1] as string, lines[i] as string, cfg);
      if (d > 0 || (unique && d === 0)) {
        return { stdout: '', stderr: `sort: ${files[0]}:${i + 1}: disorder: ${lines[i]}\n`, exitCode: 1 };
      }
    }
    return { stdout: '', stderr: '', exitCode: 0 };
  }

  const sorted = [...lines].sort((a, b) => compareLines(a, b, cfg));
  const out = unique
    ? sorted.filter((l, i) => i === 0 || keysCompare(sorted[i - 1] as string, l, cfg) !== 0)
    : sorted;
  const text = joinLines(out);
  if (output !== null)
    return { stdout: '', stderr: '', exitCode: 0, writes: [{ path: output, content: text, append: false }] };
  return { stdout: text, stderr: '', exitCode: 0 };
}
