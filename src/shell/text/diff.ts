// diff: compares two files (or a file and the same name inside a directory) and prints the normal
// or unified format; -q/-s report only. Exit 0 same, 1 different, 2 trouble.

import { normalFormat, toLines, unifiedFormat } from './diff-format';
import { editScript } from './diff-script';
import { describeOptionError, getopt } from './getopt';
import { HELP } from './help';
import { ERRNO_TEXT, readInput, type TextIO, type TextResult } from './io';

const LONG = [
  { name: 'normal' },
  { name: 'brief', key: 'q' },
  { name: 'report-identical-files', key: 's' },
  { name: 'unified', arg: 'optional', key: 'U' },
  { name: 'ignore-case', key: 'i' },
  { name: 'ignore-space-change', key: 'b' },
  { name: 'ignore-all-space', key: 'w' },
  { name: 'ignore-blank-lines', key: 'B' },
  { name: 'ignore-trailing-space', key: 'Z' },
  { name: 'label', arg: 'required' },
  { name: 'text', key: 'a' },
  { name: 'help' },
  { name: 'version', key: 'v' },
] as const;

const TRY = "diff: Try 'diff --help' for more information.\n";
const trouble = (msg: string): TextResult => ({ stdout: '', stderr: `diff: ${msg}\n`, exitCode: 2 });

function basename(p: string): string {
  const parts = p.split('/').filter((x) => x !== '');
  return parts[parts.length - 1] ?? p;
}

export function diff(args: string[], io: TextIO): TextResult {
  const parsed = getopt(args, { short: 'qsuU:ibwBZav', long: LONG });
  if (!parsed.ok) return { stdout: '', stderr: describeOptionError('diff', parsed.error) + TRY, exitCode: 2 };
  let brief = false;
  let identical = false;
  let context: number | null = null;
  let ignoreCase = false;
  let space: 'none' | 'change' | 'all' | 'trailing' = 'none';
  const labels: string[] = [];
  for (const { key, value } of parsed.options) {
    if (key === 'help') return { stdout: HELP.diff as string, stderr: '', exitCode: 0 };
    if (key === 'v') return { stdout: 'diff (GNU diffutils) 3.8\n', stderr: '', exitCode: 0 };
    if (key === 'q') brief = true;
    if (key === 's') identical = true;
    if (key === 'u') context = 3;
    if (key === 'U') {
      if (value === undefined) context = 3;
      else if (/^\d+$/.test(value)) context = Number(value);
      else return { stdout: '', stderr: `diff: invalid context length '${value}'\n${TRY}`, exitCode: 2 };
    }
    if (key === 'i') ignoreCase = true;
    if (key === 'b') space = 'change';
    if (key === 'w') space = 'all';
    if (key === 'Z' && space === 'none') space = 'trailing';
    if (key === 'label' && value !== undefined) labels.push(value);
  }
  const ops = parsed.operands;
  if (ops.length < 2)
    return { stdout: '', stderr: `diff: missing operand after '${ops[0] ?? 'diff'}'\n${TRY}`, exitCode: 2 };
  if (ops.length > 2) return { stdout: '', stderr: `diff: extra operand '${ops[2]}'\n${TRY}`, exitCode: 2 };

  // `diff FILE DIR` compares FILE with DIR/FILE (and the other way round).
  let [pathA, pathB] = ops as [string, string];
  let ra = readInput(io, pathA);
  let rb = readInput(io, pathB);
  if (!ra.ok && ra.error === 'EISDIR' && rb.ok) {
    pathA = `${pathA.replace(/\/+$/, '')}/${basename(pathB)}`;
    ra = readInput(io, pathA);
  } else if (!rb.ok && rb.error === 'EISDIR' && ra.ok) {
    pathB = `${pathB.replace(/\/+$/, '')}/${basename(pathA)}`;
    rb = readInput(io, pathB);
  }
  // GNU diff recognises two names for the same file without reading it.
  if (pathA === pathB && !ra.ok && ra.error === 'EACCES') return { stdout: '', stderr: '', exitCode: 0 };
  if (!ra.ok) return trouble(`${pathA}: ${ERRNO_TEXT[ra.error]}`);
  if (!rb.ok) return trouble(`${pathB}: ${ERRNO_TEXT[rb.error]}`);

  if (ra.content === rb.content) {
    const stdout = identical ? `Files ${pathA} and ${pathB} are identical\n` : '';
    return { stdout, stderr: '', exitCode: 0 };
  }
  if (ra.content.includes('\0') || rb.content.includes('\0')) {
    return { stdout: `Binary files ${pathA} and ${pathB} differ\n`, stderr: '', exitCode: 1 };
  }
  const a = toLines(ra.content);
  const b = toLines(rb.content);
  const normalize = (l: string) => {
    let s = l.endsWith('\n') ? l.slice(0, -1) : l;
    if (ignoreCase) s = s.toLowerCase();
    if (space === 'all') s = s.replace(/[ \t\v\f\r]+/g, '');
    if (space === 'change') s = s.replace(/[ \t\v\f\r]+/g, ' ').replace(/ $/, '');
    if (space === 'trailing') s = s.replace(/[ \t\v\f\r]+$/, '');
    return s;
  };
  const lenient = ignoreCase || space !== 'none';
  const changes = editScript(a, b, lenient ? normalize : undefined);
  if (changes.length === 0) {
    return {
      stdout: identical ? `Files ${pathA} and ${pathB} are identical\n` : '',
      stderr: '',
      exitCode: 0,
    };
  }
  if (brief) return { stdout: `Files ${pathA} and ${pathB} differ\n`, stderr: '', exitCode: 1 };
  if (context === null) return { stdout: normalFormat(a, b, changes), stderr: '', exitCode: 1 };
  const header = (mark: string, path: string, label: string | undefined) =>
    label !== undefined ? `${mark} ${label}\n` : `${mark} ${path}\t${io.mtimeLabel?.(path) ?? ''}\n`;
  const stdout =
    header('---', pathA, labels[0]) + header('+++', pathB, labels[1]) + unifiedFormat(a, b, changes, context);
  return { stdout, stderr: '', exitCode: 1 };
}
