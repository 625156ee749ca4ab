import type { Server } from '../../../core';
import { type CommandContext, type CommandSpec, fail, ok } from '../../types';
import { serverOf } from './host';
import { memInfo } from './memory';
import { processTable } from './processes';
import { cpuPercent, memPercent, topTime } from './procFormat';
import { uptimeLine } from './uptime';

const USAGE = 'Usage:\n  top -hv | -bcEeHiOSs1 -d secs -n max -u|U user -p pid(s) -o field -w [cols]\n';

interface TopOptions {
  frames: number;
  delay: number;
  user?: string;
  pids: number[];
  full: boolean;
}

/** top parses its own options (not getopt): `-n1`, `-n 1`, `-bn1` all work. */
function parse(args: readonly string[]): TopOptions | { error: string; code: number; out?: string } {
  const opts: TopOptions = { frames: 1, delay: 3, pids: [], full: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--help' || arg === '-h') return { error: '', code: 0, out: `  procps-ng 4.0.2\n${USAGE}` };
    if (!arg.startsWith('-') || arg === '-')
      return { error: `top: unknown option '${arg}'\n${USAGE}`, code: 1 };
    for (let j = 1; j < arg.length; j++) {
      const ch = arg[j] as string;
      if ('bcEeHiOSs1'.includes(ch)) {
        opts.full ||= ch === 'c';
        continue;
      }
      if (!'dnuUpow'.includes(ch)) return { error: `top: unknown option '${ch}'\n${USAGE}`, code: 1 };
      const value = arg.slice(j + 1) || args[++i];
      if (value === undefined && ch !== 'w')
        return { error: `top: -${ch} requires argument\n${USAGE}`, code: 1 };
      if (ch === 'n') {
        if (!/^\d+$/.test(value ?? ''))
          return { error: `top: bad iterations argument '${value}'\n`, code: 1 };
        opts.frames = Math.min(20, Math.max(1, Number(value)));
      } else if (ch === 'd') {
        if (!/^\d+(\.\d+)?$/.test(value ?? ''))
          return { error: `top: bad delay interval '${value}'\n`, code: 1 };
        opts.delay = Number(value);
      } else if (ch === 'u' || ch === 'U') opts.user = value;
      else if (ch === 'p') opts.pids.push(...(value ?? '').split(',').map(Number));
      break;
    }
  }
  return opts;
}

function frame(ctx: CommandContext, server: Server, opts: TopOptions, now: number): string {
  const at = { ...ctx, state: { ...ctx.state, world: { ...ctx.state.world, now } } };
  const procs = processTable(at, server, ['top', ...ctx.args].join(' '));
  const mem = memInfo(server, procs);
  const self = procs[procs.length - 1];
  const cpu = (p: (typeof procs)[number]) =>
    p === self ? 6.2 : Math.round(Math.min(cpuPercent(p, now), 0.3) * 10) / 10;
  const running = procs.filter((p) => p.stat.startsWith('R')).length;
  const sleeping = procs.length - running;
  const busy = self ? 3.1 : 0;
  const mib = (kib: number) => (kib / 1024).toFixed(1).padStart(8);
  const header = [
    `top - ${uptimeLine(at, server)}`,
    `Tasks: ${String(procs.length).padStart(3)} total, ${String(running).padStart(3)} running, ${String(sleeping).padStart(3)} sleeping,   0 stopped,   0 zombie`,
    `%Cpu(s):  0.0 us, ${busy.toFixed(1).padStart(4)} sy,  0.0 ni, ${(100 - busy).toFixed(1).padStart(4)} id,  0.0 wa,  0.0 hi,  0.0 si,  0.0 st`,
    `MiB Mem : ${mib(mem.total)} total, ${mib(mem.free)} free, ${mib(mem.used)} used, ${mib(mem.buffCache)} buff/cache`,
    `MiB Swap: ${mib(mem.swapTotal)} total, ${mib(mem.swapFree)} free, ${mib(mem.swapUsed)} used. ${mib(mem.available)} avail Mem`,
    '',
    '    PID USER      PR  NI    VIRT    RES    SHR S  %CPU  %MEM     TIME+ COMMAND',
  ];
  const shown = procs
    .filter(
      (p) =>
        (opts.user ? p.user === opts.user : true) && (opts.pids.length ? opts.pids.includes(p.pid) : true),
    )
    .sort((a, b) => cpu(b) - cpu(a) || a.pid - b.pid);
  const rows = shown.map((p) => {
    const pr = p.comm.startsWith('migration') ? ' rt' : p.stat.includes('<') ? '  0' : ' 20';
    const ni = p.stat.includes('<') ? -20 : 0;
    const shr = Math.round(p.rss * 0.7);
    const sizes = `${String(p.vsz).padStart(7)} ${String(p.rss).padStart(6)} ${String(shr).padStart(6)}`;
    const state = p.stat[0] === 'I' ? 'I' : (p.stat[0] ?? 'S');
    const usage = `${cpu(p).toFixed(1).padStart(5)} ${memPercent(p, mem.total).toFixed(1).padStart(5)}`;
    const name = opts.full ? p.args : p.comm;
    return `${String(p.pid).padStart(7)} ${p.user.padEnd(8)} ${pr} ${String(ni).padStart(3)} ${sizes} ${state} ${usage} ${topTime(p.cpuSeconds).padStart(9)} ${name}`;
  });
  return `${[...header, ...rows].join('\n')}\n`;
}

export const topCommand: CommandSpec = {
  name: 'top',
  summary: 'display Linux processes (one batch snapshot)',
  usage: 'top -b -n 1 [-u USER] [-p PID]',
  options: ['-b', '-n', '-u', '-p', '-c'],
  run: (ctx) => {
    const opts = parse(ctx.args);
    if ('code' in opts) return opts.code === 0 ? ok(opts.out) : fail(opts.error, opts.code);
    const server = serverOf(ctx);
    if (!server) return fail('top: cannot read /proc\n');
    // Interactive top would redraw until `q`; the lab shows the frames batch mode prints and returns.
    const frames = Array.from({ length: opts.frames }, (_, i) =>
      frame(ctx, server, opts, ctx.state.world.now + i * opts.delay * 1000),
    );
    return ok(frames.join('\n'));
  },
};
