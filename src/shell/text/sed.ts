// sed: option handling, script assembly (-e chunks or the first operand), input reading and the
// -i / -s split into separate units. Parsing is in sed-parse.ts, execution in sed-exec.ts.

import { describeOptionError, getopt } from './getopt';
import { ERRNO_TEXT, type FileWrite, readInput, type TextIO, type TextResult } from './io';
import { type Line, SedLimitError, SedMachine, type Unit } from './sed-exec';
import { parseScript } from './sed-parse';
import { SedError } from './sed-reader';

const LONG = [
  { name: 'quiet', key: 'n' },
  { name: 'silent', key: 'n' },
  { name: 'debug' },
  { name: 'expression', arg: 'required', key: 'e' },
  { name: 'file', arg: 'required', key: 'f' },
  { name: 'follow-symlinks' },
  { name: 'in-place', arg: 'optional', key: 'i' },
  { name: 'line-length', arg: 'required', key: 'l' },
  { name: 'posix' },
  { name: 'regexp-extended', key: 'E' },
  { name: 'separate', key: 's' },
  { name: 'sandbox' },
  { name: 'unbuffered', key: 'u' },
  { name: 'null-data', key: 'z' },
  { name: 'help' },
  { name: 'version' },
] as const;

export const SED_USAGE = `Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...

  -n, --quiet, --silent
                 suppress automatic printing of pattern space
      --debug
                 annotate program execution
  -e script, --expression=script
                 add the script to the commands to be executed
  -f script-file, --file=script-file
                 add the contents of script-file to the commands to be executed
  --follow-symlinks
                 follow symlinks when processing in place
  -i[SUFFIX], --in-place[=SUFFIX]
                 edit files in place (makes backup if SUFFIX supplied)
  -l N, --line-length=N
                 specify the desired line-wrap length for the \`l' command
  --posix
                 disable all GNU extensions.
  -E, -r, --regexp-extended
                 use extended regular expressions in the script
                 (for portability use POSIX -E).
  -s, --separate
                 consider files as separate rather than as a single,
                 continuous long stream.
      --sandbox
                 operate in sandbox mode (disable e/r/w commands).
  -u, --unbuffered
                 load minimal amounts of data from the input files and flush
                 the output buffers more often
  -z, --null-data
                 separate lines by NUL characters
      --help     display this help and exit
      --version  output version information and exit

If no -e, --expression, -f, or --file option is given, then the first
non-option argument is taken as the sed script to interpret.  All
remaining arguments are names of input files; if no input files are
specified, then the standard input is read.

GNU sed home page: <https://www.gnu.org/software/sed/>.
General help using GNU software: <https://www.gnu.org/gethelp/>.
`;

const VERSION = `sed (GNU sed) 4.9
Packaged by Debian
Copyright (C) 2022 Free Software Foundation, Inc.
License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.
This is free software: you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.
`;

function toLines(content: string, file: string): Line[] {
  const parts = content.split('\n');
  const lastNl = content.endsWith('\n');
  if (lastNl || content === '') parts.pop();
  return parts.map((text, i) => ({ text, nl: i < parts.length - 1 || lastNl, file }));
}

export function sed(args: string[], io: TextIO): TextResult {
  const parsed = getopt(args, { short: 'ne:f:i::l:ErsuzV', long: LONG });
  if (!parsed.ok)
    return { stdout: '', stderr: describeOptionError('sed', parsed.error) + SED_USAGE, exitCode: 1 };
  let quiet = false;
  let extended = false;
  let separate = false;
  let inPlace: string | null = null;
  let lineWrap = 70;
  const chunks: string[] = [];
  for (const { key, value } of parsed.options) {
    if (key === 'help')
      return { stdout: `${SED_USAGE}E-mail bug reports to: <bug-sed@gnu.org>.\n`, stderr: '', exitCode: 0 };
    if (key === 'version') return { stdout: VERSION, stderr: '', exitCode: 0 };
    if (key === 'n') quiet = true;
    if (key === 'E' || key === 'r') extended = true;
    if (key === 's') separate = true;
    if (key === 'i') inPlace = value ?? '';
    if (key === 'l') lineWrap = Number(value) || 70;
    if (key === 'e') chunks.push(value ?? '');
    if (key === 'f') {
      const r = readInput(io, value ?? '');
      if (!r.ok)
        return {
          stdout: '',
          stderr: `sed: couldn't open file ${value}: ${ERRNO_TEXT[r.error]}\n`,
          exitCode: 4,
        };
      chunks.push(r.content.endsWith('\n') ? r.content.slice(0, -1) : r.content);
    }
  }
  const operands = [...parsed.operands];
  if (chunks.length === 0) {
    const script = operands.shift();
    if (script === undefined) return { stdout: '', stderr: SED_USAGE, exitCode: 1 };
    chunks.push(script);
  }
  let program: ReturnType<typeof parseScript>;
  try {
    program = parseScript(chunks, extended);
  } catch (e) {
    if (e instanceof SedError) return { stdout: '', stderr: `sed: ${e.message}\n`, exitCode: e.exitCode };
    throw e;
  }
  if (program.quiet) quiet = true;
  const files = operands.length > 0 ? operands : ['-'];
  if (inPlace !== null && operands.length === 0)
    return { stdout: '', stderr: 'sed: no input files\n', exitCode: 1 };

  const machine = new SedMachine(
    program.commands,
    quiet,
    {
      readFile: (p) => {
        const r = io.readFile(p);
        return r.ok ? r.content : null;
      },
    },
    lineWrap,
  );
  let stdout = '';
  let stderr = '';
  let exitCode = 0;
  const writes: FileWrite[] = [];
  const units: { file: string | null; unit: Unit; original?: string }[] = [];
  for (const file of files) {
    const r = readInput(io, file);
    if (!r.ok) {
      if (r.error === 'EISDIR') {
        // GNU sed stops at a directory: an edit refuses it, a plain read fails.
        const msg =
          inPlace !== null
            ? `couldn't edit ${file}: not a regular file`
            : `read error on ${file}: ${ERRNO_TEXT[r.error]}`;
        units.push({ file: null, unit: { lines: [] }, original: `sed: ${msg}\n` });
        break;
      }
      stderr += `sed: can't read ${file}: ${ERRNO_TEXT[r.error]}\n`;
      exitCode = 2;
      continue;
    }
    const lines = toLines(r.content, file);
    const last = units[units.length - 1];
    if (inPlace === null && !separate && last && last.file === '') last.unit.lines.push(...lines);
    else units.push({ file: inPlace !== null ? file : '', unit: { lines }, original: r.content });
  }
  let lineBase = 0;
  try {
    for (const u of units) {
      if (u.file === null) {
        stderr += u.original;
        exitCode = 4;
        break;
      }
      const { out } = machine.run(u.unit, separate || inPlace !== null ? 0 : lineBase);
      lineBase += u.unit.lines.length;
      if (inPlace !== null) {
        if (inPlace !== '')
          writes.push({ path: backupName(u.file, inPlace), content: u.original ?? '', append: false });
        writes.push({ path: u.file, content: out, append: false });
      } else stdout += out;
      if (machine.quit) break;
    }
  } catch (e) {
    if (e instanceof Error && e.message === 'no previous regular expression') {
      return { stdout, stderr: `${stderr}sed: no previous regular expression\n`, exitCode: 1 };
    }
    if (e instanceof SedLimitError) {
      // Real sed would spin forever (or run out of memory); the simulation stops it instead.
      return {
        stdout,
        stderr: `${stderr}sed: script stopped: too many steps (infinite loop?)\n`,
        exitCode: 4,
      };
    }
    throw e;
  }
  // GNU sed creates every `w` file when it reads the script, even if nothing gets written to it.
  for (const c of program.commands) {
    if (c.file !== undefined && 'wWs'.includes(c.name) && c.file !== '/dev/stdout') {
      if (!machine.wfiles.has(c.file)) machine.wfiles.set(c.file, '');
    }
  }
  for (const [path, content] of machine.wfiles) writes.push({ path, content, append: false });
  if (machine.exitCode !== 0 && exitCode === 0) exitCode = machine.exitCode;
  return { stdout, stderr, exitCode, ...(writes.length > 0 ? { writes } : {}) };
}

/** `-i.bak` appends the suffix; a suffix containing `*` is a pattern where `*` is the file name. */
function backupName(file: string, suffix: string): string {
  if (!suffix.includes('*')) return file + suffix;
  const slash = file.lastIndexOf('/');
  const dir = file.slice(0, slash + 1);
  return suffix.includes('/')
    ? suffix.replaceAll('*', file.slice(slash + 1))
    : dir + suffix.replaceAll('*', file.slice(slash + 1));
}
