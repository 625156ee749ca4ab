import { resolvePath, type Server } from '../../../core';
import { type CommandSpec, fail, ok } from '../../types';
import { aliases, isResult, parseOptions } from '../cli';
import { serverOf } from './host';
import { memTotal } from './memory';

const HELP = `Usage: df [OPTION]... [FILE]...
Show information about the file system on which each FILE resides,
or all file systems by default.

Mandatory arguments to long options are mandatory for short options too.
  -a, --all             include pseudo, duplicate, inaccessible file systems
  -h, --human-readable  print sizes in powers of 1024 (e.g., 1023M)
  -k                    like --block-size=1K
  -m                    like --block-size=1M
  -T, --print-type      print file system type
      --total           elide all entries insignificant to available space,
                          and produce a grand total
      --help        display this help and exit
      --version     output version information and exit
`;

/** A mounted file system; sizes in KiB. */
interface Mount {
  source: string;
  type: string;
  size: number;
  used: number;
  avail: number;
  target: string;
}

/** The mounts of a Debian cloud VM: the root disk from the model, the rest sized from memory. */
function mounts(server: Server): Mount[] {
  const mem = memTotal(server);
  const tmpfs = (size: number, used: number, target: string): Mount => ({
    source: 'tmpfs',
    type: 'tmpfs',
    size,
    used,
    avail: size - used,
    target,
  });
  const size = server.disk.totalMb * 1024;
  const used = Math.min(size, server.disk.usedMb * 1024);
  // ext4 keeps 5% of the blocks for root: "Available" runs out before "Size".
  const avail = Math.max(0, size - used - Math.round(size * 0.05));
  return [
    {
      source: 'udev',
      type: 'devtmpfs',
      size: mem / 2 - 17_126,
      used: 0,
      avail: mem / 2 - 17_126,
      target: '/dev',
    },
    tmpfs(Math.round(mem / 10), 556, '/run'),
    { source: '/dev/vda1', type: 'ext4', size, used, avail, target: '/' },
    tmpfs(Math.round(mem / 2), 0, '/dev/shm'),
    tmpfs(5120, 0, '/run/lock'),
    { source: '/dev/vda15', type: 'vfat', size: 126_678, used: 11_840, avail: 114_838, target: '/boot/efi' },
    tmpfs(Math.round(mem / 10), 0, '/run/user/1000'),
  ];
}

/** coreutils' -h: powers of 1024, rounded up, one decimal below 10 (`1.7G`, `20G`, `556K`). */
export function humanCeil(kib: number): string {
  if (kib <= 0) return '0';
  const units = ['K', 'M', 'G', 'T', 'P'];
  let x = kib;
  let p = 0;
  while (x >= 1024 && p < units.length - 1) {
    x /= 1024;
    p++;
  }
  if (x < 10) {
    const tenths = Math.ceil(x * 10 - 1e-9) / 10;
    if (tenths < 10) return `${tenths.toFixed(1)}${units[p]}`;
  }
  const whole = Math.ceil(x - 1e-9);
  return whole >= 1024 ? `1.0${units[p + 1]}` : `${whole}${units[p]}`;
}

function percent(m: Mount): string {
  const total = m.used + m.avail;
  return total === 0 ? '-' : `${Math.ceil((m.used * 100) / total - 1e-9)}%`;
}

export const dfCommand: CommandSpec = {
  name: 'df',
  summary: 'report file system space usage',
  usage: 'df [-h] [-T] [FILE]...',
  options: ['-h', '-T', '-k', '-m'],
  run: (ctx) => {
    const opts = parseOptions('df', ctx.args, {
      short: 'ahkmT',
      long: aliases({ all: 'a', 'human-readable': 'h', 'print-type': 'T', total: '', version: '' }),
      help: HELP,
    });
    if (isResult(opts)) return opts;
    if (opts.has('version')) return ok('df (GNU coreutils) 9.1\n');
    const server = serverOf(ctx);
    if (!server) return fail('df: cannot read table of mounted file systems\n');
    const all = mounts(server);
    let stderr = '';
    let shown = all;
    if (opts.operands.length) {
      shown = [];
      for (const operand of opts.operands) {
        const path = resolvePath(ctx.session.cwd, operand);
        if (!server.fs[path]) {
          stderr += `df: ${operand}: No such file or directory\n`;
          continue;
        }
        const mount = all
          .filter((m) => path === m.target || path.startsWith(m.target === '/' ? '/' : `${m.target}/`))
          .sort((a, b) => b.target.length - a.target.length)[0];
        if (mount) shown.push(mount);
      }
    }
    if (opts.has('total')) {
      const sum = (k: 'size' | 'used' | 'avail') => shown.reduce((n, m) => n + m[k], 0);
      shown = [
        ...shown,
        {
          source: 'total',
          type: '-',
          size: sum('size'),
          used: sum('used'),
          avail: sum('avail'),
          target: '-',
        },
      ];
    }
    const human = opts.has('h');
    const mega = opts.keys.filter((k) => k === 'k' || k === 'm').at(-1) === 'm';
    const size = (kib: number) => (human ? humanCeil(kib) : String(mega ? Math.ceil(kib / 1024) : kib));
    const header = [
      'Filesystem',
      ...(opts.has('T') ? ['Type'] : []),
      human ? 'Size' : mega ? '1M-blocks' : '1K-blocks',
      'Used',
      human ? 'Avail' : 'Available',
      'Use%',
      'Mounted on',
    ];
    const rows = shown.map((m) => [
      m.source,
      ...(opts.has('T') ? [m.type] : []),
      size(m.size),
      size(m.used),
      size(m.avail),
      percent(m),
      m.target,
    ]);
    const minimum = [14, ...(opts.has('T') ? [4] : []), 5, 5, 5, 4, 0];
    const widths = minimum.map((w, i) => Math.max(w, ...[header, ...rows].map((r) => (r[i] ?? '').length)));
    const left = new Set([0, opts.has('T') ? 1 : -1, header.length - 1]);
    const line = (r: string[]) =>
      r
        .map((cell, i) =>
          i === r.length - 1
            ? cell
            : left.has(i)
              ? cell.padEnd(widths[i] ?? 0)
              : cell.padStart(widths[i] ?? 0),
        )
        .join(' ');
    const out = shown.length ? `${[header, ...rows].map(line).join('\n')}\n` : '';
    return { stdout: out, stderr, exitCode: stderr ? 1 : 0 };
  },
};
