// tail: last lines or bytes, or everything from line/byte N with `+N`. -f is accepted and behaves
// like a plain tail: the simulated files never grow while a command runs.

import { describeOptionError, getopt } from './getopt';
import { linesWithEnds, openSources, parseCount, tailObsolete, withHeaders } from './headtail';
import { HELP } from './help';
import { fromBytes, quoteLocale, type TextIO, type TextResult, toBytes, tryHelp } from './io';

const LONG = [
  { name: 'bytes', arg: 'required', key: 'c' },
  { name: 'lines', arg: 'required', key: 'n' },
  { name: 'follow', arg: 'optional', key: 'f' },
  { name: 'retry' },
  { name: 'sleep-interval', arg: 'required', key: 's' },
  { name: 'pid', arg: 'required' },
  { name: 'max-unchanged-stats', arg: 'required' },
  { name: 'quiet', key: 'q' },
  { name: 'silent', key: 'q' },
  { name: 'verbose', key: 'v' },
  { name: 'help' },
  { name: 'version' },
] as const;

export function tail(args: string[], io: TextIO): TextResult {
  const parsed = getopt(tailObsolete(args) ?? args, { short: 'c:n:fFqs:v', long: LONG });
  if (!parsed.ok && parsed.error.kind === 'invalid' && /[0-9]/.test(parsed.error.char)) {
    // Digit options only make sense in the obsolete `tail -N FILE` form.
    return {
      stdout: '',
      stderr: `tail: option used in invalid context -- ${parsed.error.char}\n`,
      exitCode: 1,
    };
  }
  if (!parsed.ok)
    return { stdout: '', stderr: describeOptionError('tail', parsed.error) + tryHelp('tail'), exitCode: 1 };
  let mode: 'lines' | 'bytes' = 'lines';
  let count = { n: 10, sign: '' as string };
  let headers: boolean | null = null;
  for (const { key, value = '' } of parsed.options) {
    if (key === 'help') return { stdout: HELP.tail as string, stderr: '', exitCode: 0 };
    if (key === 'version') return { stdout: 'tail (GNU coreutils) 9.1\n', stderr: '', exitCode: 0 };
    if (key === 'c' || key === 'n') {
      const c = parseCount(value);
      if (!c) {
        const what = key === 'c' ? 'bytes' : 'lines';
        return {
          stdout: '',
          stderr: `tail: invalid number of ${what}: ${quoteLocale(value)}\n`,
          exitCode: 1,
        };
      }
      mode = key === 'c' ? 'bytes' : 'lines';
      count = c;
    }
    if (key === 'q') headers = false;
    if (key === 'v') headers = true;
  }
  const files = parsed.operands.length > 0 ? parsed.operands : ['-'];
  const sources = openSources('tail', files, io);
  const from = count.sign === '+';
  return withHeaders(sources, headers ?? files.length > 1, (content) => {
    const units: ArrayLike<number> | string[] = mode === 'bytes' ? toBytes(content) : linesWithEnds(content);
    const start = from ? Math.max(0, count.n - 1) : Math.max(0, units.length - count.n);
    if (mode === 'bytes') return fromBytes((units as Uint8Array).slice(start));
    return (units as string[]).slice(start).join('');
  });
}
