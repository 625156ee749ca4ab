import { type CommandResult, type CommandSpec, fail, ok } from '../../types';
import { serverOf } from './host';
import { memTotal } from './memory';
import { type Proc, processTable } from './processes';
import { bsdTime, cpuPercent, memPercent, startLabel, unixTime } from './procFormat';

const USAGE = `
Usage:
 ps [options]

 Try 'ps --help <simple|list|output|threads|misc|all>'
  or 'ps --help <s|l|o|t|m|a>'
 for additional help text.

For more details see ps(1).
`;

const HELP = `
Usage:
 ps [options]

Basic options:
 -A, -e               all processes
 a                    all with tty, including other users
 -a                   all with tty, except session leaders
 -d                   all except session leaders
 -N, --deselect       negate selection
 r                    only running processes
 T                    all processes on this terminal
 x                    processes without controlling ttys

Selection by list:
 -C <command>         command name
 -p, p, --pid <PID>   process id
 -u, U, --user <UID>  effective user id or name

Output formats:
 -f                   full-format, including command lines
 u                    user-oriented format

For more details see ps(1).
`;

type Format = 'default' | 'full' | 'user' | 'bsd';

interface Selection {
  all: boolean;
  anyTty: boolean;
  noTty: boolean;
  users: string[];
  pids: number[];
  commands: string[];
  format: Format;
}

const usageError = (what: string): CommandResult => fail(`error: ${what}\n${USAGE}`);

/** procps reads BSD letters (`aux`), UNIX dashes (`-ef`) and values (`-u root`, `-p 1,2`). */
function parse(args: readonly string[]): Selection | CommandResult {
  const sel: Selection = {
    all: false,
    anyTty: false,
    noTty: false,
    users: [],
    pids: [],
    commands: [],
    format: 'default',
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--help') return ok(HELP);
    if (arg === '--version' || arg === '-V' || arg === 'V') return ok('ps from procps-ng 4.0.2\n');
    if (arg.startsWith('--')) return usageError('unknown gnu long option');
    const unix = arg.startsWith('-');
    const letters = unix ? arg.slice(1) : arg;
    for (let j = 0; j < letters.length; j++) {
      const ch = letters[j] as string;
      if ('uUpC'.includes(ch) && (unix || ch !== 'u')) {
        const rest = letters.slice(j + 1);
        const value = (rest || args[++i] || '').split(',').filter(Boolean);
        if (value.length === 0)
          return usageError(
            `list of ${ch === 'p' ? 'process IDs' : ch === 'C' ? 'command names' : 'users'} must follow -${ch}`,
          );
        if (ch === 'p') sel.pids.push(...value.map(Number));
        else if (ch === 'C') sel.commands.push(...value);
        else sel.users.push(...value);
        break;
      }
      if (unix && 'eA'.includes(ch)) sel.all = true;
      else if (unix && 'fF'.includes(ch)) sel.format = 'full';
      else if (unix && 'Hlwa'.includes(ch)) sel.anyTty ||= ch === 'a';
      else if (!unix && ch === 'a') sel.anyTty = true;
      else if (!unix && ch === 'x') sel.noTty = true;
      else if (!unix && ch === 'u') sel.format = 'user';
      else if (unix || !'wfe'.includes(ch))
        return usageError(unix ? 'unsupported SysV option' : 'unsupported option (BSD syntax)');
    }
    if (!unix && sel.format === 'default') sel.format = 'bsd';
  }
  return sel;
}

function selected(p: Proc, sel: Selection, me: string, tty: string): boolean {
  if (sel.pids.length || sel.users.length || sel.commands.length) {
    return sel.pids.includes(p.pid) || sel.users.includes(p.user) || sel.commands.includes(p.comm);
  }
  if (sel.all || (sel.anyTty && sel.noTty)) return true;
  if (sel.anyTty) return p.tty !== '?';
  if (sel.noTty) return p.user === me;
  return p.user === me && p.tty === tty;
}

function render(procs: readonly Proc[], format: Format, now: number, total: number): string {
  const pid = (p: Proc) => String(p.pid).padStart(7);
  const tty = (p: Proc) => p.tty.padEnd(8);
  const rows = procs.map((p) => {
    if (format === 'full') {
      const c = String(Math.floor(cpuPercent(p, now))).padStart(2);
      const time = unixTime(p.cpuSeconds).padStart(8);
      return `${p.user.padEnd(8)} ${pid(p)} ${String(p.ppid).padStart(7)} ${c} ${startLabel(p.started, now).padStart(5)} ${tty(p)} ${time} ${p.args}`;
    }
    if (format === 'user') {
      const cpu = cpuPercent(p, now).toFixed(1).padStart(4);
      const mem = memPercent(p, total).toFixed(1).padStart(4);
      const sizes = `${String(p.vsz).padStart(6)} ${String(p.rss).padStart(5)}`;
      const when = `${startLabel(p.started, now).padStart(5)} ${bsdTime(p.cpuSeconds).padStart(6)}`;
      return `${p.user.padEnd(8)} ${pid(p)} ${cpu} ${mem} ${sizes} ${tty(p)} ${p.stat.padEnd(4)} ${when} ${p.args}`;
    }
    if (format === 'bsd')
      return `${pid(p)} ${tty(p)} ${p.stat.padEnd(6)} ${bsdTime(p.cpuSeconds).padStart(3)} ${p.args}`;
    return `${pid(p)} ${tty(p)} ${unixTime(p.cpuSeconds).padStart(8)} ${p.comm}`;
  });
  const header = {
    full: 'UID          PID    PPID  C STIME TTY          TIME CMD',
    user: 'USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND',
    bsd: '    PID TTY      STAT   TIME COMMAND',
    default: '    PID TTY          TIME CMD',
  }[format];
  return `${[header, ...rows].join('\n')}\n`;
}

export const psCommand: CommandSpec = {
  name: 'ps',
  summary: 'report a snapshot of the current processes',
  usage: 'ps [aux | -ef | -u USER | -p PID | -C NAME]',
  options: ['aux', '-ef', '-e', '-f', '-u', '-p', '-C'],
  run: (ctx) => {
    const sel = parse(ctx.args);
    if ('exitCode' in sel) return sel;
    const server = serverOf(ctx);
    if (!server) return fail('ps: cannot read /proc\n');
    const procs = processTable(ctx, server, ['ps', ...ctx.args].join(' '));
    const tty = procs[procs.length - 1]?.tty ?? 'pts/0';
    const shown = procs.filter((p) => selected(p, sel, ctx.user, tty));
    const text = render(shown, sel.format, ctx.state.world.now, memTotal(server));
    return { stdout: text, stderr: '', exitCode: shown.length ? 0 : 1 };
  },
};
