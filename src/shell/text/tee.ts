// tee: copies stdin to stdout and asks the caller to write it to every FILE (appending with -a).
// Writing is the caller's job, so tee itself never fails on a file.

import { describeOptionError, getopt } from './getopt';
import { HELP } from './help';
import { type TextIO, type TextResult, tryHelp } from './io';

const LONG = [
  { name: 'append', key: 'a' },
  { name: 'ignore-interrupts', key: 'i' },
  { name: 'output-error', arg: 'optional' },
  { name: 'help' },
  { name: 'version' },
] as const;

export function tee(args: string[], io: TextIO): TextResult {
  const parsed = getopt(args, { short: 'aip', long: LONG });
  if (!parsed.ok)
    return { stdout: '', stderr: describeOptionError('tee', parsed.error) + tryHelp('tee'), exitCode: 1 };
  let append = false;
  for (const { key } of parsed.options) {
    if (key === 'help') return { stdout: HELP.tee as string, stderr: '', exitCode: 0 };
    if (key === 'version') return { stdout: 'tee (GNU coreutils) 9.1\n', stderr: '', exitCode: 0 };
    if (key === 'a') append = true;
  }
  // GNU tee treats `-` as an ordinary file name, not as standard output.
  const writes = parsed.operands.map((path) => ({ path, content: io.stdin, append }));
  const stdout = io.stdin;
  return { stdout, stderr: '', exitCode: 0, writes };
}
