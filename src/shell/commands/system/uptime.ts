import type { Server } from '../../../core';
import { type CommandContext, type CommandSpec, fail, ok } from '../../types';
import { aliases, extraOperand, isResult, parseOptions, stableHash } from '../cli';
import { loginsOn, serverOf } from './host';

const ROLE_LOAD: Readonly<Record<string, number>> = { bastion: 0, lb: 0.03, web: 0.06, db: 0.1 };

/** 1, 5 and 15 minute load averages: a quiet server's, stable per host and drifting minute by minute. */
export function loadAverage(server: Server, now: number): [number, number, number] {
  const running = Object.values(server.services).filter((s) => s.active === 'active').length;
  const base = (ROLE_LOAD[server.role] ?? 0) + (stableHash(server.hostname) % 4) / 100 + running / 200;
  const wobble = (stableHash(`${server.hostname}:${Math.floor(now / 60_000)}`) % 9) / 100;
  const one = base + wobble;
  return [one, (one + 2 * base) / 3, base * 0.8];
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** `09:00:05`: the wall clock of a server (the fleet runs in UTC). */
export function clockTime(ms: number): string {
  const d = new Date(ms);
  return `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`;
}

/** `up 41 days,  5:00` as procps formats it. */
export function upFor(server: Server, now: number): string {
  const minutes = Math.floor(Math.max(0, now - server.bootedAt) / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor(minutes / 60) % 24;
  const dayPart = days ? `${days} day${days === 1 ? '' : 's'}, ` : '';
  const timePart = hours ? `${String(hours).padStart(2)}:${pad2(minutes % 60)}` : `${minutes % 60} min`;
  return `up ${dayPart}${timePart}`;
}

/** `09:00:05 up 41 days,  5:00,  1 user,  load average: 0.08, 0.03, 0.01` (uptime adds a leading space). */
export function uptimeLine(ctx: CommandContext, server: Server): string {
  const now = ctx.state.world.now;
  const users = loginsOn(ctx).length;
  const load = loadAverage(server, now)
    .map((n) => n.toFixed(2))
    .join(', ');
  const who = `${String(users).padStart(2)} ${users === 1 ? 'user' : 'users'}`;
  return `${clockTime(now)} ${upFor(server, now)}, ${who},  load average: ${load}`;
}

/** `uptime -p`: `up 5 weeks, 6 days, 5 hours`. */
function pretty(ms: number): string {
  let minutes = Math.floor(Math.max(0, ms) / 60_000);
  const parts: string[] = [];
  for (const [unit, size] of [
    ['year', 525_600],
    ['week', 10_080],
    ['day', 1440],
    ['hour', 60],
    ['minute', 1],
  ] as const) {
    const n = Math.floor(minutes / size);
    minutes -= n * size;
    if (n) parts.push(`${n} ${unit}${n === 1 ? '' : 's'}`);
  }
  return `up ${parts.join(', ') || '0 minutes'}`;
}

const HELP = `
Usage:
 uptime [options]

Options:
 -p, --pretty   show uptime in pretty format
 -h, --help     display this help and exit
 -s, --since    system up since
 -V, --version  output version information and exit

For more details see uptime(1).
`;

export const uptimeCommand: CommandSpec = {
  name: 'uptime',
  summary: 'tell how long the system has been running',
  usage: 'uptime [-p] [-s]',
  options: ['-p', '-s'],
  run: (ctx) => {
    const opts = parseOptions('uptime', ctx.args, {
      short: 'hpsV',
      long: aliases({ pretty: 'p', since: 's', version: 'V' }),
      help: HELP,
      tail: HELP,
    });
    if (isResult(opts)) return opts;
    if (opts.has('h')) return ok(HELP);
    if (opts.has('V')) return ok('uptime from procps-ng 4.0.2\n');
    if (opts.operands[0] !== undefined) return extraOperand('uptime', opts.operands[0]);
    const server = serverOf(ctx);
    if (!server) return fail('uptime: cannot read /proc/uptime\n');
    if (opts.has('s')) {
      const iso = new Date(server.bootedAt).toISOString();
      return ok(`${iso.slice(0, 10)} ${iso.slice(11, 19)}\n`);
    }
    if (opts.has('p')) return ok(`${pretty(ctx.state.world.now - server.bootedAt)}\n`);
    return ok(` ${uptimeLine(ctx, server)}\n`);
  },
};
