/** `systemctl`: queries (status, is-*, show, cat, list-*) and unit changes, with systemd 252's words. */
import type { Server } from '../../../core';
import { safeTerminalText } from '../../format/safeText';
import type { CommandContext, CommandResult, CommandSpec, CompletionContext } from '../../types';
import { isResult, type Options } from '../cli';
import { CHANGE_VERBS, type ChangeVerb, changeUnits, reloadDaemon } from './control';
import { systemdOptions } from './journal';
import { type ListOptions, listUnitFiles, listUnits } from './lists';
import { showUnit } from './show';
import { systemStatus, unitFile, unitStatus } from './status';

const HELP = `systemctl [OPTIONS...] COMMAND ...

Query or send control commands to the system manager.

Unit Commands:
  list-units [PATTERN...]             List units currently in memory
  is-active PATTERN...                Check whether units are active
  is-failed PATTERN...                Check whether units are failed
  status [PATTERN...|PID...]          Show runtime status of one or more units
  show [PATTERN...|JOB...]            Show properties of one or more
                                      units/jobs or the manager
  cat PATTERN...                      Show files and drop-ins of specified units
  start UNIT...                       Start (activate) one or more units
  stop UNIT...                        Stop (deactivate) one or more units
  reload UNIT...                      Reload one or more units
  restart UNIT...                     Start or restart one or more units
  try-restart UNIT...                 Restart one or more units if active
  reload-or-restart UNIT...           Reload one or more units if possible,
                                      otherwise start or restart

Unit File Commands:
  list-unit-files [PATTERN...]        List installed unit files
  enable [UNIT...|PATH...]            Enable one or more unit files
  disable UNIT...                     Disable one or more unit files
  is-enabled UNIT...                  Check whether unit files are enabled

Manager State Commands:
  daemon-reload                       Reload systemd manager configuration

Options:
  -h --help              Show this help
     --version           Show package version
  -t --type=TYPE         List units of a particular type
     --state=STATE       List units with particular LOAD or SUB or ACTIVE state
  -p --property=NAME     Show only properties by this name
  -a --all               Show all properties/all units currently in memory,
                         including dead/empty ones
  -l --full              Don't ellipsize unit names on output
  -q --quiet             Suppress output
     --no-legend         Do not print a legend (column headers and hints)
     --no-pager          Do not pipe output into a pager
     --now               Start or stop unit after enabling or disabling it
  -n --lines=INTEGER     Number of journal entries to show

See the systemctl(1) man page for details.
`;

const QUERY_VERBS = [
  'status',
  'show',
  'cat',
  'is-active',
  'is-enabled',
  'is-failed',
  'list-units',
  'list-unit-files',
];
export const SYSTEMCTL_VERBS = [...QUERY_VERBS, ...CHANGE_VERBS, 'daemon-reload'];
const NEEDS_UNIT = new Set<string>([...CHANGE_VERBS, 'is-active', 'is-enabled', 'is-failed', 'cat']);

/** `nginx.service` and `nginx` name the same unit. */
export function unitName(arg: string): string {
  return arg.endsWith('.service') ? arg.slice(0, -'.service'.length) : arg;
}

function lines(values: readonly string[], quiet: boolean, exitCode: number): CommandResult {
  return { stdout: quiet ? '' : values.map((v) => `${v}\n`).join(''), stderr: '', exitCode };
}

function isQuery(server: Server, verb: string, units: readonly string[], quiet: boolean): CommandResult {
  const services = units.map((u) => server.services[u]);
  if (verb === 'is-active') {
    const states = services.map((s) => s?.active ?? 'inactive');
    return lines(states, quiet, states.includes('active') ? 0 : 3);
  }
  if (verb === 'is-failed') {
    const states = services.map((s) => s?.active ?? 'inactive');
    return lines(states, quiet, states.includes('failed') ? 0 : 1);
  }
  const missing = units.filter((_, i) => !services[i]);
  if (missing.length)
    return {
      stdout: '',
      stderr: `Failed to get unit file state for ${missing[0]}.service: No such file or directory\n`,
      exitCode: 1,
    };
  const states = services.map((s) => (s?.enabled ? 'enabled' : 'disabled'));
  return lines(states, quiet, states.includes('enabled') ? 0 : 1);
}

function cat(server: Server, units: readonly string[]): CommandResult {
  const out: string[] = [];
  for (const unit of units) {
    const path = unitFile(unit);
    const node = server.fs[path];
    if (!server.services[unit] || node?.kind !== 'file')
      return { stdout: out.join('\n'), stderr: `No files found for ${unit}.service.\n`, exitCode: 1 };
    out.push(`# ${path}\n${safeTerminalText(node.content)}`);
  }
  return { stdout: out.join('\n'), stderr: '', exitCode: 0 };
}

function listOptions(opts: Options, patterns: string[]): ListOptions {
  const split = (key: string) => opts.values(key).flatMap((v) => v.split(','));
  return {
    all: opts.has('a'),
    legend: !opts.has('no-legend'),
    states: split('state'),
    types: split('t'),
    patterns,
  };
}

function combine(results: readonly CommandResult[]): CommandResult {
  return {
    stdout: results
      .map((r) => r.stdout)
      .filter(Boolean)
      .join('\n'),
    stderr: results.map((r) => r.stderr).join(''),
    exitCode: results.find((r) => r.exitCode !== 0)?.exitCode ?? 0,
  };
}

function run(ctx: CommandContext): CommandResult {
  const opts = systemdOptions(
    'systemctl',
    ctx.args,
    {
      short: 't:p:aqln:',
      long: [
        { name: 'type', arg: 'required', key: 't' },
        { name: 'state', arg: 'required' },
        { name: 'property', arg: 'required', key: 'p' },
        { name: 'all', key: 'a' },
        { name: 'quiet', key: 'q' },
        { name: 'full', key: 'l' },
        { name: 'lines', arg: 'required', key: 'n' },
        { name: 'no-legend' },
        { name: 'no-block' },
        { name: 'no-ask-password' },
        { name: 'now' },
        { name: 'value' },
        { name: 'plain' },
      ],
    },
    HELP,
  );
  if (isResult(opts)) return opts;
  const server = ctx.state.world.servers[ctx.session.host];
  if (!server) return { stdout: '', stderr: 'Failed to connect to bus: Host is down\n', exitCode: 1 };
  const [verb = 'list-units', ...rest] = opts.operands;
  const units = rest.map(unitName);
  if (!SYSTEMCTL_VERBS.includes(verb))
    return { stdout: '', stderr: `Unknown command verb ${verb}.\n`, exitCode: 1 };
  if (NEEDS_UNIT.has(verb) && units.length === 0)
    return { stdout: '', stderr: 'Too few arguments.\n', exitCode: 1 };
  const quiet = opts.has('q');
  switch (verb) {
    case 'status': {
      if (units.length === 0) return systemStatus(ctx, server);
      const n = Number(opts.value('n') ?? 10);
      return combine(units.map((u) => unitStatus(ctx, server, u, Number.isFinite(n) ? n : 10)));
    }
    case 'show':
      return showUnit(server, units, opts.values('p'), opts.has('value'));
    case 'cat':
      return cat(server, units);
    case 'is-active':
    case 'is-enabled':
    case 'is-failed':
      return isQuery(server, verb, units, quiet);
    case 'list-units':
      return listUnits(server, listOptions(opts, rest));
    case 'list-unit-files':
      return listUnitFiles(server, listOptions(opts, rest));
    case 'daemon-reload':
      return reloadDaemon(ctx);
    default:
      return changeUnits(ctx, verb as ChangeVerb, units, opts.has('now'));
  }
}

function complete(ctx: CompletionContext): readonly string[] {
  const verbs = ctx.args.filter((a) => !a.startsWith('-'));
  if (verbs.length === 0) return SYSTEMCTL_VERBS;
  return Object.keys(ctx.state.world.servers[ctx.session.host]?.services ?? {}).sort();
}

export const systemctlCommand: CommandSpec = {
  name: 'systemctl',
  summary: 'control the systemd system and service manager',
  usage: 'systemctl [OPTIONS...] COMMAND UNIT...',
  options: ['--no-pager', '--now', '--type=service', '--state=', '--all', '--quiet', '--full', '--help'],
  complete,
  run,
};
