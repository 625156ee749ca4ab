import type { Server } from '../../../core';
import type { CommandContext } from '../../types';
import { stableHash } from '../cli';
import { isSudoShell } from './host';
import { KERNEL_THREADS, SHAPES, type Shape, shapesOf, WORKQUEUES } from './procShapes';

/** One row of the process table, as ps and top read it from /proc. */
export interface Proc extends Shape {
  pid: number;
  ppid: number;
  tty: string;
  stat: string;
  /** When it started (simulated ms). */
  started: number;
  cpuSeconds: number;
  /** The systemd unit it belongs to, for the units' own processes. */
  unit?: string;
}

/** Builds a table whose PIDs come from names, so the same host always shows the same PIDs. */
class Table {
  readonly procs: Proc[] = [];
  private readonly used = new Set<number>();

  constructor(
    private readonly host: string,
    private readonly now: number,
  ) {}

  /** Adds a process at a free PID at or after `low + hash(key) % span`; returns the PID. */
  spawn(
    key: string,
    low: number,
    span: number,
    ppid: number,
    shape: Shape & { unit?: string },
    tty: string,
    started: number,
  ): number {
    let pid = low + (span > 1 ? stableHash(`${this.host}:${key}`) % span : 0);
    while (this.used.has(pid)) pid++;
    this.used.add(pid);
    // A quiet server: each process used a small, stable share of a CPU since it started.
    const rate = (stableHash(`${this.host}:${pid}:cpu`) % 50) / 1_000_000;
    const cpuSeconds = shape.stat?.startsWith('R') ? 0 : (rate * (this.now - started)) / 1000;
    this.procs.push({ ...shape, stat: shape.stat ?? 'S', pid, ppid, tty, started, cpuSeconds });
    return pid;
  }
}

/** The processes of one server: kernel, boot services, running units and this shell's own login chain. */
export function processTable(ctx: CommandContext, server: Server, command: string): Proc[] {
  const boot = server.bootedAt;
  const table = new Table(server.hostname, ctx.state.world.now);
  table.spawn('init', 1, 1, 0, SHAPES.init, '?', boot);
  for (const [pid, name] of KERNEL_THREADS) {
    const stat = WORKQUEUES.has(name) ? 'I<' : name.startsWith('kworker') ? 'I' : 'S';
    const thread = { comm: name.slice(0, 15), args: `[${name}]`, user: 'root', vsz: 0, rss: 0, stat };
    table.spawn(name, pid, 1, pid === 2 ? 0 : 2, thread, '?', boot);
  }
  table.spawn('udevd', 250, 100, 1, SHAPES.udevd, '?', boot + 2000);
  const units = Object.entries(server.services).sort(([a], [b]) => (a < b ? -1 : 1));
  for (const [unit, service] of units) {
    if (service.active !== 'active') continue;
    const started = Math.max(boot + 3000, service.since);
    let main = 1;
    shapesOf(server, unit).forEach((shape, i) => {
      const pid = table.spawn(
        unit,
        i === 0 ? 350 : main + i,
        i === 0 ? 650 : 1,
        main,
        { ...shape, unit, stat: shape.stat ?? (i === 0 ? 'Ss' : 'S') },
        '?',
        started,
      );
      if (i === 0) main = pid;
    });
  }
  table.spawn('getty', 600, 200, 1, SHAPES.getty, 'tty1', boot + 4000);
  addSessions(ctx, server, table, command);
  return table.procs.sort((a, b) => a.pid - b.pid);
}

/** sshd's privilege-separated pair and a login bash per login, `sudo` in front of root shells and commands. */
function addSessions(ctx: CommandContext, server: Server, table: Table, command: string): void {
  const host = server.hostname;
  const now = ctx.state.world.now;
  const listener = table.procs.find((p) => p.args.startsWith('sshd: /usr/sbin/sshd'))?.pid ?? 1;
  let shell = 1;
  let tty = 'pts/0';
  let terminals = 0;
  const users = new Set<string>();
  ctx.state.stack.forEach((session, index) => {
    if (session.host !== host) return;
    const started = now - (ctx.state.stack.length - index) * 60_000;
    if (isSudoShell(ctx.state.stack, index)) {
      // `sudo -i` / `sudo -s`: sudo, then the target user's shell.
      const sudo = table.spawn(`${index}:sudo`, shell + 20, 30, shell, SHAPES.sudo('-i'), tty, started);
      shell = table.spawn('', sudo + 1, 1, sudo, { ...SHAPES.bash(session.user), stat: 'S' }, tty, started);
      return;
    }
    tty = `pts/${terminals++}`;
    const priv = table.spawn(
      `${index}:sshd`,
      1000,
      40_000,
      listener,
      SHAPES.sshdPriv(session.user),
      '?',
      started,
    );
    if (!users.has(session.user)) {
      users.add(session.user);
      const systemd = table.spawn('', priv + 3, 1, 1, SHAPES.userSystemd(session.user), '?', started);
      table.spawn('', systemd + 1, 1, systemd, SHAPES.sdPam(session.user), '?', started);
    }
    const child = table.spawn('', priv + 12, 1, priv, SHAPES.sshdUser(session.user, tty), '?', started);
    shell = table.spawn('', child + 1, 1, child, { ...SHAPES.bash(session.user), stat: 'Ss' }, tty, started);
  });
  // The command itself is the newest process; its PID moves on with the host's history.
  const next = shell + 20 + (ctx.state.history[host] ?? []).length * 3;
  let parent = shell;
  if (ctx.user !== ctx.session.user)
    parent = table.spawn('', next, 1, shell, { ...SHAPES.sudo(command), stat: 'S+' }, tty, now);
  table.spawn(
    '',
    parent === shell ? next : parent + 1,
    1,
    parent,
    SHAPES.command(ctx.user, command),
    tty,
    now,
  );
}
