// head: first lines or bytes of each input; a leading `-` on the count means "all but the last".

import { describeOptionError, getopt } from './getopt';
import { expandObsolete, linesWithEnds, openSources, parseCount, withHeaders } from './headtail';
import { HELP } from './help';
import { fromBytes, quoteLocale, type TextIO, type TextResult, toBytes, tryHelp } from './io';

const LONG = [
  { name: 'bytes', arg: 'required', key: 'c' },
  { name: 'lines', arg: 'required', key: 'n' },
  { name: 'quiet', key: 'q' },
  { name: 'silent', key: 'q' },
  { name: 'verbose', key: 'v' },
  { name: 'help' },
  { name: 'version' },
] as const;

export function head(args: string[], io: TextIO): TextResult {
  const parsed = getopt(expandObsolete(args, 'bcklmqv'), { short: 'c:n:qv', long: LONG });
  if (!parsed.ok)
    return { stdout: '', stderr: describeOptionError('head', parsed.error) + tryHelp('head'), exitCode: 1 };
  let mode: 'lines' | 'bytes' = 'lines';
  let count = { n: 10, sign: '' as string };
  let headers: boolean | null = null;
  for (const { key, value = '' } of parsed.options) {
    if (key === 'help') return { stdout: HELP.head as string, stderr: '', exitCode: 0 };
    if (key === 'version') return { stdout: 'head (GNU coreutils) 9.1\n', stderr: '', exitCode: 0 };
    if (key === 'c' || key === 'n') {
      const c = parseCount(value);
      if (!c || c.sign === '+') {
        const what = key === 'c' ? 'bytes' : 'lines';
        return {
          stdout: '',
          stderr: `head: invalid number of ${what}: ${quoteLocale(value)}\n`,
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
  const sources = openSources('head', files, io);
  const allBut = count.sign === '-';
  return withHeaders(sources, headers ?? files.length > 1, (content) => {
    if (mode === 'bytes') {
      const b = toBytes(content);
      return fromBytes(allBut ? b.slice(0, Math.max(0, b.length - count.n)) : b.slice(0, count.n));
    }
    const lines = linesWithEnds(content);
    return (allBut ? lines.slice(0, Math.max(0, lines.length - count.n)) : lines.slice(0, count.n)).join('');
  });
}
