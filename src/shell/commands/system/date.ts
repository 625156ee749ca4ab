import { resolvePath } from '../../../core';
import { type CommandSpec, fail, ok } from '../../types';
import { aliases, extraOperand, isResult, parseOptions } from '../cli';
import { strftime } from './strftime';

const HELP = `Usage: date [OPTION]... [+FORMAT]
Display date and time in the given FORMAT.

Mandatory arguments to long options are mandatory for short options too.
  -d, --date=STRING          display time described by STRING, not 'now'
  -I[FMT], --iso-8601[=FMT]  output date/time in ISO 8601 format.
                               FMT='date' for date only (the default),
                               'hours', 'minutes', 'seconds', or 'ns'
  -R, --rfc-email            output date and time in RFC 5322 format.
      --rfc-3339=FMT         output date/time in RFC 3339 format.
  -r, --reference=FILE       display the last modification time of FILE
  -u, --utc, --universal     print or set Coordinated Universal Time (UTC)
      --help        display this help and exit
      --version     output version information and exit

FORMAT controls the output.  Interpreted sequences are:

  %%   a literal %
  %a   locale's abbreviated weekday name (e.g., Sun)
  %b   locale's abbreviated month name (e.g., Jan)
  %d   day of month (e.g., 01)
  %F   full date; like %+4Y-%m-%d
  %H   hour (00..23)
  %M   minute (00..59)
  %s   seconds since the Epoch (1970-01-01 00:00 UTC)
  %S   second (00..60)
  %T   time; same as %H:%M:%S
  %Y   year
  %Z   alphabetic time zone abbreviation (e.g., EDT)
`;

const UNITS: Readonly<Record<string, number>> = {
  sec: 1000,
  second: 1000,
  min: 60_000,
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
  week: 604_800_000,
  fortnight: 1_209_600_000,
};

/** The forms of `date -d` people use: @epoch, ISO dates and times, today/yesterday, `N units ago`. */
export function parseDate(input: string, now: number): number | undefined {
  const s = input.trim().toLowerCase();
  if (s === '' || s === 'now' || s === 'today') return s === '' ? now - (now % 86_400_000) : now;
  if (s === 'yesterday') return now - 86_400_000;
  if (s === 'tomorrow') return now + 86_400_000;
  const epoch = /^@(-?\d+(?:\.\d+)?)$/.exec(s);
  if (epoch) return Math.round(Number(epoch[1]) * 1000);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ](\d{1,2}):(\d{2})(?::(\d{2}))?)?(z|utc|\+00:?00)?$/.exec(s);
  if (iso) {
    const [y, mo, d, h = '0', mi = '0', sec = '0'] = iso.slice(1);
    const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(sec));
    const valid = new Date(ms).getUTCDate() === Number(d) && Number(h) < 24 && Number(sec) < 61;
    return valid ? ms : undefined;
  }
  const relative = /^([+-]?\d+)?\s*([a-z]+?)s?(\s+ago)?$/.exec(s);
  if (!relative) return undefined;
  const word = relative[2] as string;
  const unit = UNITS[word] ?? (word === 'month' || word === 'year' ? 0 : undefined);
  if (unit === undefined) return undefined;
  const n = Number(relative[1] ?? 1) * (relative[3] ? -1 : 1);
  if (unit !== 0) return now + n * unit;
  const d = new Date(now);
  const months = relative[2] === 'year' ? 12 * n : n;
  return Date.UTC(
    d.getUTCFullYear(),
    d.getUTCMonth() + months,
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
  );
}

const ISO_FORMATS: Readonly<Record<string, string>> = {
  date: '%Y-%m-%d',
  hours: '%Y-%m-%dT%H%:z',
  minutes: '%Y-%m-%dT%H:%M%:z',
  seconds: '%Y-%m-%dT%H:%M:%S%:z',
  ns: '%Y-%m-%dT%H:%M:%S,%N%:z',
};

const RFC3339: Readonly<Record<string, string>> = {
  date: '%Y-%m-%d',
  seconds: '%Y-%m-%d %H:%M:%S%:z',
  ns: '%Y-%m-%d %H:%M:%S.%N%:z',
};

function pick(table: Readonly<Record<string, string>>, value: string): string | undefined {
  const key = Object.keys(table).find((k) => k.startsWith(value));
  return value && key ? table[key] : undefined;
}

export const dateCommand: CommandSpec = {
  name: 'date',
  summary: 'print the system date and time',
  usage: 'date [-d STRING] [-u] [-I[FMT]] [-R] [+FORMAT]',
  options: ['-d', '-u', '-I', '-R', '+%F', '+%s'],
  run: (ctx) => {
    const opts = parseOptions('date', ctx.args, {
      short: 'd:I::Rr:u',
      long: aliases({
        date: 'd:',
        'iso-8601': 'I::',
        'rfc-email': 'R',
        'rfc-3339': ':',
        reference: 'r:',
        utc: 'u',
        universal: 'u',
        version: '',
      }),
      help: HELP,
    });
    if (isResult(opts)) return opts;
    if (opts.has('version')) return ok('date (GNU coreutils) 9.1\n');
    const [operand, extra] = opts.operands;
    if (extra !== undefined) return extraOperand('date', extra);
    let when = ctx.state.world.now;
    const described = opts.value('d');
    if (described !== undefined) {
      const parsed = parseDate(described, when);
      if (parsed === undefined) return fail(`date: invalid date ‘${described}’\n`);
      when = parsed;
    }
    const reference = opts.value('r');
    if (reference !== undefined) {
      const node = ctx.state.world.servers[ctx.session.host]?.fs[resolvePath(ctx.session.cwd, reference)];
      if (!node) return fail(`date: ${reference}: No such file or directory\n`);
      when = node.mtime;
    }
    let format = '%a %b %e %H:%M:%S %Z %Y';
    if (opts.has('I')) {
      const iso = pick(ISO_FORMATS, opts.value('I') ?? 'date');
      if (!iso) return fail(`date: invalid argument ‘${opts.value('I')}’ for ‘--iso-8601’\n`);
      format = iso;
    }
    if (opts.has('rfc-3339')) {
      const rfc = pick(RFC3339, opts.value('rfc-3339') ?? '');
      if (!rfc) return fail(`date: invalid argument ‘${opts.value('rfc-3339')}’ for ‘--rfc-3339’\n`);
      format = rfc;
    }
    if (opts.has('R')) format = '%a, %d %b %Y %H:%M:%S %z';
    if (operand !== undefined) {
      // Without a leading +, the operand is a time to set: a normal user may not, and the lab keeps its clock.
      if (!operand.startsWith('+')) return fail(`date: invalid date ‘${operand}’\n`);
      if (opts.has('I') || opts.has('R') || opts.has('rfc-3339'))
        return fail('date: multiple output formats specified\n');
      format = operand.slice(1);
    }
    return ok(`${strftime(when, format)}\n`);
  },
};
