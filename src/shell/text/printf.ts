// printf as the bash builtin: the format is reused while arguments remain, missing arguments act
// as '' or 0, bad numbers print a diagnostic but still produce output. Widths and precisions count
// bytes, like bash, so output is assembled as bytes and decoded once at the end.

import { expandEscapes } from './escapes';
import { fromBytes, type TextIO, type TextResult, toBytes } from './io';
import { formatFloat, parseFloatArg, parseInteger } from './printf-number';

/** Cap on field width and precision so a typo cannot exhaust the browser's memory. */
const MAX_FIELD = 100_000;
const USAGE = 'printf: usage: printf [-v var] format [arguments]\n';
const HELP = `printf: printf [-v var] format [arguments]
    Formats and prints ARGUMENTS under control of the FORMAT.
    
    Options:
      -v var	assign the output to shell variable VAR rather than
    		display it on the standard output
    
    FORMAT is a character string which contains three types of objects: plain
    characters, which are simply copied to standard output; character escape
    sequences, which are converted and copied to the standard output; and
    format specifications, each of which causes printing of the next successive
    argument.
    
    In addition to the standard format specifications described in printf(1),
    printf interprets:
    
      %b	expand backslash escape sequences in the corresponding argument
      %q	quote the argument in a way that can be reused as shell input
      %Q	like %q, but apply any precision to the unquoted argument before
    		quoting
      %(fmt)T	output the date-time string resulting from using FMT as a format
    	        string for strftime(3)
    
    The format is re-used as necessary to consume all of the arguments.  If
    there are fewer arguments than the format requires,  extra format
    specifications behave as if a zero value or null string, as appropriate,
    had been supplied.
    
    Exit Status:
    Returns success unless an invalid option is given or a write or assignment
    error occurs.
`;

const isControl = (c: string) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127;

/** bash's %q: backslash-escape shell metacharacters, $'...' for control characters. */
function shellQuote(s: string): string {
  if (s === '') return "''";
  const chars = Array.from(s);
  if (chars.some(isControl)) {
    const esc: Record<string, string> = {
      '\n': '\\n',
      '\t': '\\t',
      '\r': '\\r',
      '\x1b': '\\E',
      "'": "\\'",
      '\\': '\\\\',
    };
    const body = chars.map(
      (c) => esc[c] ?? (isControl(c) ? `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}` : c),
    );
    return `$'${body.join('')}'`;
  }
  return s.replace(/[^A-Za-z0-9_./:=+@%^,\-\u0080-\u{10ffff}]/gu, (c) => `\\${c}`);
}

interface Spec {
  flags: string;
  width: number | null;
  precision: number | null;
}

function pad(body: number[], spec: Spec, zeroOk: boolean, signLen = 0): number[] {
  const width = spec.width ?? 0;
  if (body.length >= width) return body;
  const fill = width - body.length;
  if (spec.flags.includes('-')) return [...body, ...Array<number>(fill).fill(32)];
  if (zeroOk && spec.flags.includes('0'))
    return [...body.slice(0, signLen), ...Array<number>(fill).fill(48), ...body.slice(signLen)];
  return [...Array<number>(fill).fill(32), ...body];
}

function ascii(s: string): number[] {
  return Array.from(s, (c) => c.charCodeAt(0));
}

export function printf(args: string[], _io: TextIO): TextResult {
  if (args[0] === '--help') return { stdout: HELP, stderr: '', exitCode: 2 };
  let i = 0;
  if (args[0] === '--') i = 1;
  else if (args[0]?.startsWith('-') && args[0] !== '-') {
    // -v VAR needs shell variables, which live outside the text tools.
    return {
      stdout: '',
      stderr: `bash: printf: ${args[0].slice(0, 2)}: invalid option\n${USAGE}`,
      exitCode: 2,
    };
  }
  const format = args[i];
  if (format === undefined) return { stdout: '', stderr: USAGE, exitCode: 2 };
  const rest = args.slice(i + 1);
  const out: number[] = [];
  let stderr = '';
  let exitCode = 0;
  let next = 0;
  const take = (): string | undefined => (next < rest.length ? rest[next++] : undefined);
  const takeInt = (): bigint => {
    const a = take();
    if (a === undefined) return 0n;
    const r = parseInteger(a);
    if (r.problem === 'invalid') {
      stderr += `bash: printf: ${a}: invalid number\n`;
      exitCode = 1;
    } else if (r.problem === 'range')
      stderr += `bash: printf: warning: ${a}: Numerical result out of range\n`;
    return r.value;
  };
  const done = () => ({ stdout: fromBytes(Uint8Array.from(out)), stderr, exitCode });

  for (;;) {
    const before = next;
    let p = 0;
    while (p < format.length) {
      const pct = format.indexOf('%', p);
      const lit = format.slice(p, pct < 0 ? format.length : pct);
      out.push(...expandEscapes(lit, 'format').bytes);
      if (pct < 0) break;
      const m = /^%([-+ #0']*)(\*|\d+)?(?:\.(\*|\d*))?[hlLjzt]*(.?)/s.exec(
        format.slice(pct),
      ) as RegExpExecArray;
      p = pct + m[0].length;
      const conv = m[4] as string;
      if (m[0] === '%%') {
        out.push(37);
        continue;
      }
      if (conv === '') {
        stderr += "bash: printf: `%': missing format character\n";
        return { ...done(), exitCode: 1 };
      }
      const spec: Spec = { flags: m[1] as string, width: null, precision: null };
      if (m[2] === '*') {
        const w = Number(takeInt());
        if (w < 0) spec.flags += '-';
        spec.width = Math.abs(w);
      } else if (m[2] !== undefined) spec.width = Number(m[2]);
      if (m[3] === '*') {
        const pr = Number(takeInt());
        spec.precision = pr < 0 ? null : pr;
      } else if (m[3] !== undefined) spec.precision = Number(m[3] || 0);
      // Absurd widths would only exhaust memory; bash gives up on the conversion past INT_MAX.
      if ((spec.width ?? 0) > 2147483647 || (spec.precision ?? 0) > 2147483647) {
        take();
        continue;
      }
      if ((spec.width ?? 0) > MAX_FIELD) spec.width = MAX_FIELD;
      if ((spec.precision ?? 0) > MAX_FIELD) spec.precision = MAX_FIELD;
      if ('sbqQ'.includes(conv)) {
        const arg = take() ?? '';
        let bytes: number[];
        if (conv === 'b') {
          const e = expandEscapes(arg, 'b');
          bytes = e.bytes;
          if (e.stop) {
            out.push(...pad(spec.precision === null ? bytes : bytes.slice(0, spec.precision), spec, false));
            return done();
          }
        } else bytes = Array.from(toBytes(conv === 's' ? arg : shellQuote(arg)));
        if (spec.precision !== null) bytes = bytes.slice(0, spec.precision);
        out.push(...pad(bytes, spec, false));
      } else if (conv === 'c') {
        const arg = take() ?? '';
        out.push(...pad([toBytes(arg)[0] ?? 0], spec, false));
      } else if ('diouxX'.includes(conv)) {
        const v = takeInt();
        const signed = conv === 'd' || conv === 'i';
        const mag = signed ? (v < 0n ? -v : v) : BigInt.asUintN(64, v);
        const base = conv === 'o' ? 8 : conv === 'x' || conv === 'X' ? 16 : 10;
        let digits = mag.toString(base);
        if (conv === 'X') digits = digits.toUpperCase();
        if (spec.precision !== null)
          digits = spec.precision === 0 && mag === 0n ? '' : digits.padStart(spec.precision, '0');
        if (spec.flags.includes('#') && conv === 'o' && !digits.startsWith('0')) digits = `0${digits}`;
        let prefix = '';
        if (spec.flags.includes('#') && base === 16 && mag !== 0n) prefix = conv === 'X' ? '0X' : '0x';
        if (signed)
          prefix = v < 0n ? '-' : spec.flags.includes('+') ? '+' : spec.flags.includes(' ') ? ' ' : '';
        out.push(...pad(ascii(prefix + digits), spec, spec.precision === null, prefix.length));
      } else if ('eEfFgGaA'.includes(conv)) {
        const a = take();
        let value = parseFloatArg('').value;
        if (a !== undefined) {
          const r = parseFloatArg(a);
          value = r.value;
          if (r.problem) {
            stderr += `bash: printf: ${a}: invalid number\n`;
            exitCode = 1;
          }
        }
        const body = formatFloat(value, conv, spec.precision, spec.flags.includes('#'));
        const sign = value.neg ? '-' : spec.flags.includes('+') ? '+' : spec.flags.includes(' ') ? ' ' : '';
        out.push(...pad(ascii(sign + body), spec, value.kind === 'finite', sign.length));
      } else {
        stderr += `bash: printf: \`${conv}': invalid format character\n`;
        return { ...done(), exitCode: 1 };
      }
    }
    if (next >= rest.length || next === before) break;
  }
  return done();
}
