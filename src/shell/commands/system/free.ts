import { type CommandSpec, fail, ok } from '../../types';
import { aliases, extraOperand, isResult, parseOptions } from '../cli';
import { serverOf } from './host';
import { type MemInfo, memInfo } from './memory';
import { processTable } from './processes';

const HELP = `
Usage:
 free [options]

Options:
 -b, --bytes         show output in bytes
 -k, --kibi          show output in kibibytes
 -m, --mebi          show output in mebibytes
 -g, --gibi          show output in gibibytes
 -h, --human         show human-readable output
     --si            use powers of 1000 not 1024
 -t, --total         show total for RAM + swap
 -w, --wide          wide output

     --help     display this help and exit
 -V, --version  output version information and exit

For more details see free(1).
`;

const UNITS = ['B', 'K', 'M', 'G', 'T', 'P'];

/** procps' scale_size: the shortest of `1.9Gi` / `301Mi` that fits in five characters. */
export function humanSize(kib: number, si: boolean): string {
  const bytes = kib * 1024;
  if (`${bytes}B`.length <= 4) return `${bytes}B`;
  const base = si ? 1000 : 1024;
  const width = si ? 4 : 5;
  for (let i = 1; i < UNITS.length; i++) {
    const value = bytes / base ** i;
    const suffix = `${UNITS[i]}${si ? '' : 'i'}`;
    const decimal = `${value.toFixed(1)}${suffix}`;
    if (decimal.length <= width) return decimal;
    const whole = `${Math.trunc(value)}${suffix}`;
    if (whole.length <= width) return whole;
  }
  return `${bytes}B`;
}

type Scale = (kib: number) => string;

function table(mem: MemInfo, scale: Scale, wide: boolean, total: boolean): string {
  const cell = (n: number) => scale(n).padStart(11);
  const cache = wide
    ? [Math.round(mem.buffCache * 0.08), mem.buffCache - Math.round(mem.buffCache * 0.08)]
    : [mem.buffCache];
  const header = wide
    ? '               total        used        free      shared     buffers       cache   available'
    : '               total        used        free      shared  buff/cache   available';
  const mem1 = [mem.total, mem.used, mem.free, mem.shared, ...cache, mem.available].map(cell).join(' ');
  const swap = [mem.swapTotal, mem.swapUsed, mem.swapFree].map(cell).join(' ');
  const lines = [header, `${'Mem:'.padEnd(9)}${mem1}`, `${'Swap:'.padEnd(9)}${swap}`];
  if (total) {
    const sum = [mem.total + mem.swapTotal, mem.used + mem.swapUsed, mem.free + mem.swapFree];
    lines.push(`${'Total:'.padEnd(9)}${sum.map(cell).join(' ')}`);
  }
  return `${lines.join('\n')}\n`;
}

export const freeCommand: CommandSpec = {
  name: 'free',
  summary: 'display amount of free and used memory in the system',
  usage: 'free [-b|-k|-m|-g|-h] [--si] [-t] [-w]',
  options: ['-h', '-m', '-g', '-k', '-b', '-t', '-w'],
  run: (ctx) => {
    const opts = parseOptions('free', ctx.args, {
      short: 'bkmghtwV',
      long: aliases({
        bytes: 'b',
        kibi: 'k',
        mebi: 'm',
        gibi: 'g',
        human: 'h',
        si: '',
        total: 't',
        wide: 'w',
        version: 'V',
      }),
      help: HELP,
      tail: HELP,
    });
    if (isResult(opts)) return opts;
    if (opts.has('V')) return ok('free from procps-ng 4.0.2\n');
    if (opts.operands[0] !== undefined) return extraOperand('free', opts.operands[0]);
    const server = serverOf(ctx);
    if (!server) return fail('free: cannot read /proc/meminfo\n');
    const mem = memInfo(server, processTable(ctx, server, ['free', ...ctx.args].join(' ')));
    const unit = opts.keys.filter((k) => 'bkmg'.includes(k)).at(-1);
    const si = opts.has('si');
    const base = si ? 1000 : 1024;
    const exponent = unit === 'b' ? 1 : unit === 'm' ? 3 : unit === 'g' ? 4 : 0;
    const scale: Scale = opts.has('h')
      ? (kib) => humanSize(kib, si)
      : exponent === 1
        ? (kib) => String(kib * 1024)
        : (kib) => String(Math.trunc((kib * 1024) / base ** Math.max(1, exponent - 1)));
    return ok(table(mem, scale, opts.has('w'), opts.has('t')));
  },
};
