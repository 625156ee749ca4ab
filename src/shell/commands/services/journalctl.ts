/** `journalctl`: the system journal from each unit's lines, with -u, -n, -p, -b, --since/--until, -x, -o, -r. */
import type { Server } from '../../../core';
import type { CommandContext, CommandResult, CommandSpec } from '../../types';
import { isResult, type Options } from '../cli';
import { fnmatchRegExp } from '../files/fnmatch';
import { canReadJournal, catalog, type Entry, entriesOf, formatEntry, systemdOptions } from './journal';
import { parseSince } from './since';

const HELP = `journalctl [OPTIONS...] [MATCHES...]

Query the journal.

Options:
  -b --boot[=ID]             Show current boot or the specified boot
  -S --since=DATE            Show entries not older than the specified date
  -U --until=DATE            Show entries not newer than the specified date
  -u --unit=UNIT             Show logs from the specified unit
  -p --priority=RANGE        Show entries with the specified priority
  -e --pager-end             Immediately jump to the end in the pager
  -f --follow                Follow the journal
  -n --lines[=INTEGER]       Number of journal entries to show
  -r --reverse               Show the newest entries first
  -o --output=STRING         Change journal output mode (short, short-iso, cat)
  -x --catalog               Add message explanations where available
  -q --quiet                 Do not show info messages and privilege warning
  -k --dmesg                 Show kernel message log from the current boot
     --no-hostname           Suppress output of hostname field
     --no-pager              Do not pipe output into a pager
  -h --help                  Show this help text
     --version               Show package version

See the journalctl(1) man page for details.
`;

const LEVELS = ['emerg', 'alert', 'crit', 'err', 'warning', 'notice', 'info', 'debug'];

function level(text: string): number | undefined {
  if (/^[0-7]$/.test(text)) return Number(text);
  const i = LEVELS.indexOf(text === 'error' ? 'err' : text === 'warn' ? 'warning' : text);
  return i < 0 ? undefined : i;
}

/** `-p err` keeps err and more severe; `-p warning..err` a range. */
function priorityRange(text: string): [number, number] | undefined {
  const [a = '', b] = text.split('..');
  const hi = level(a);
  if (b === undefined) return hi === undefined ? undefined : [0, hi];
  const lo = level(b);
  return hi === undefined || lo === undefined ? undefined : [Math.min(hi, lo), Math.max(hi, lo)];
}

/** journalctl reads `-n 5` as `-n5` when the next word is a number (getopt alone would not). */
function joinLines(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    const next = args[i + 1];
    if ((a === '-n' || a === '--lines') && next !== undefined && /^\+?\d+$/.test(next)) {
      out.push(a === '-n' ? `-n${next}` : `--lines=${next}`);
      i++;
    } else out.push(a);
  }
  return out;
}

function isoTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}+0000`;
}

function render(server: Server, entries: readonly Entry[], opts: Options): string[] {
  const mode = opts.value('o') ?? 'short';
  const out: string[] = [];
  for (const e of entries) {
    if (mode === 'cat') out.push(e.message);
    else if (mode === 'short-iso')
      out.push(
        formatEntry(server, e, !opts.has('no-hostname')).replace(
          /^\w{3} \d\d \d\d:\d\d:\d\d/,
          isoTime(e.time),
        ),
      );
    else out.push(formatEntry(server, e, !opts.has('no-hostname')));
    if (opts.has('x')) out.push(...catalog(server, e));
  }
  return out;
}

function fail(message: string): CommandResult {
  return { stdout: '', stderr: `${message}\n`, exitCode: 1 };
}

function select(ctx: CommandContext, server: Server, opts: Options): Entry[] | CommandResult {
  const patterns = opts.values('u').map((u) => u.replace(/\.service$/, ''));
  const units = patterns.length
    ? Object.keys(server.services).filter((name) => patterns.some((p) => fnmatchRegExp(p).test(name)))
    : undefined;
  let entries = opts.has('k') ? [] : entriesOf(server, units);
  const p = opts.value('p');
  if (p !== undefined) {
    const range = priorityRange(p);
    if (!range) return fail(`Failed to parse log level: ${p}`);
    entries = entries.filter((e) => e.priority >= range[0] && e.priority <= range[1]);
  }
  const boot = opts.value('b');
  if (boot !== undefined && boot !== '' && boot !== '0')
    return fail(`Data from the specified boot (${boot}) is not available: No such boot ID in journal`);
  if (opts.has('b') || opts.has('k')) entries = entries.filter((e) => e.time >= server.bootedAt);
  for (const [key, keep] of [
    ['S', (t: number, at: number) => t >= at],
    ['U', (t: number, at: number) => t <= at],
  ] as const) {
    const text = opts.value(key);
    if (text === undefined) continue;
    const at = parseSince(text, ctx.state.world.now);
    if (at === undefined) return fail(`Failed to parse timestamp: ${text}`);
    entries = entries.filter((e) => keep(e.time, at));
  }
  return entries;
}

function run(ctx: CommandContext): CommandResult {
  const opts = systemdOptions(
    'journalctl',
    joinLines(ctx.args),
    {
      short: 'efxqrkn::u:p:b::o:S:U:',
      long: [
        { name: 'unit', arg: 'required', key: 'u' },
        { name: 'lines', arg: 'optional', key: 'n' },
        { name: 'priority', arg: 'required', key: 'p' },
        { name: 'boot', arg: 'optional', key: 'b' },
        { name: 'output', arg: 'required', key: 'o' },
        { name: 'since', arg: 'required', key: 'S' },
        { name: 'until', arg: 'required', key: 'U' },
        { name: 'follow', key: 'f' },
        { name: 'pager-end', key: 'e' },
        { name: 'catalog', key: 'x' },
        { name: 'quiet', key: 'q' },
        { name: 'reverse', key: 'r' },
        { name: 'dmesg', key: 'k' },
        { name: 'no-hostname' },
      ],
    },
    HELP,
  );
  if (isResult(opts)) return opts;
  const mode = opts.value('o');
  if (mode !== undefined && !['short', 'short-iso', 'cat'].includes(mode))
    return fail(`Unknown output format '${mode}'.`);
  const server = ctx.state.world.servers[ctx.session.host];
  if (!server) return fail('Failed to open journal: Host is down');
  if (!canReadJournal(server, ctx.user)) {
    const hint = opts.has('q')
      ? ''
      : "Hint: You are currently not seeing messages from other users and the system.\n      Users in groups 'adm', 'systemd-journal' can see all messages.\n      Pass -q to turn off this notice.\n";
    return { stdout: '-- No entries --\n', stderr: hint, exitCode: 0 };
  }
  const selected = select(ctx, server, opts);
  if (!Array.isArray(selected)) return selected;
  let entries = selected;
  const n = opts.value('n');
  const count =
    n !== undefined
      ? Number(n.replace(/^\+/, ''))
      : opts.has('n') || opts.has('f')
        ? 10
        : opts.has('e')
          ? 1000
          : undefined;
  if (n !== undefined && !Number.isFinite(count)) return fail(`Failed to parse lines '${n}'`);
  if (count !== undefined) entries = entries.slice(Math.max(0, entries.length - count));
  if (opts.has('r')) entries = [...entries].reverse();
  if (entries.length === 0) return { stdout: '-- No entries --\n', stderr: '', exitCode: 0 };
  return {
    stdout: render(server, entries, opts)
      .map((l) => `${l}\n`)
      .join(''),
    stderr: '',
    exitCode: 0,
  };
}

export const journalctlCommand: CommandSpec = {
  name: 'journalctl',
  summary: 'print log entries from the systemd journal',
  usage: 'journalctl [OPTIONS...] [MATCHES...]',
  options: [
    '-u',
    '-n',
    '-f',
    '-p',
    '-x',
    '-e',
    '-b',
    '-r',
    '-k',
    '-o',
    '--since',
    '--until',
    '--no-pager',
    '--help',
  ],
  complete: ({ state, session, args }) =>
    args[args.length - 1] === '-u' || args[args.length - 1]?.endsWith('u')
      ? Object.keys(state.world.servers[session.host]?.services ?? {}).sort()
      : [],
  run,
};
