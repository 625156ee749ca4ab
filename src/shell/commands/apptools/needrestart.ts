/**
 * `needrestart`: which running services still map a library (or binary) version dpkg has since replaced, and
 * whether a newer kernel waits for a reboot. List mode (`-r l`) and batch mode (`-b`) as needrestart 3.6 prints
 * them; `-r a` restarts the services through the engine.
 */
import { installedVersions, rebootRequired, restartService, type Server } from '../../../core';
import { staleLoads } from '../../../core/packages';
import type { CommandContext, CommandResult, CommandSpec } from '../../types';

/** needrestart.conf's override_rc: units it never restarts on its own. */
const DEFERRED = new Set(['systemd-logind']);

const USAGE = `needrestart 3.6 - Restart daemons after library updates.

Usage:

  needrestart [-vn] [-c <cfg>] [-r <mode>] [-f <fe>] [-u <ui>] [-(b|p|o)] [-klw]

    -v\t\tbe more verbose
    -q\t\tbe quiet
    -n\t\tset default answer to 'no'
    -c <cfg>\tconfig filename
    -r <mode>\tset restart mode
\tl\t(l)ist only
\ti\t(i)nteractive restart
\ta\t(a)utomatically restart
    -b\t\tenable batch mode
    -p          enable nagios plugin mode

  By using the following options only the specified checks are performed:
    -k          check for obsolete kernel
    -l          check for obsolete libraries
    -w          check for obsolete CPU microcode

    --help      show this help
    --version   show version information
`;

/** Running units whose process maps a package version that is no longer the installed one. */
export function staleServices(server: Server): string[] {
  const installed = installedVersions(server);
  return Object.keys(server.services)
    .sort()
    .filter((unit) => {
      const s = server.services[unit];
      return s?.active === 'active' && staleLoads(s.loaded, installed).length > 0;
    });
}

function kernelLines(server: Server): string[] {
  if (!rebootRequired(server)) return ['Running kernel seems to be up-to-date.'];
  return [
    'Pending kernel upgrade!',
    'Running kernel version:',
    `  ${server.kernel.running}`,
    'Diagnostics:',
    `  The currently running kernel version is not the expected kernel version ${server.kernel.installed}.`,
    '',
    'Restarting the system to load the new kernel will not be handled automatically, so you should consider rebooting.',
  ];
}

const TAIL = [
  'No containers need to be restarted.',
  '',
  'No user sessions are running outdated binaries.',
  '',
  'No VM guests are running outdated hypervisor (qemu) binaries on this host.',
];

interface Flags {
  mode: string;
  batch: boolean;
  nagios: boolean;
  kernel: boolean;
  libs: boolean;
  quiet: boolean;
}

function parse(args: readonly string[]): Flags | CommandResult {
  const f: Flags = { mode: 'l', batch: false, nagios: false, kernel: false, libs: false, quiet: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--help') return { stdout: USAGE, stderr: '', exitCode: 0 };
    if (arg === '--version') return { stdout: 'needrestart 3.6\n', stderr: '', exitCode: 0 };
    if (!arg.startsWith('-') || arg.length < 2) continue;
    for (let j = 1; j < arg.length; j++) {
      const c = arg[j] as string;
      if (c === 'r' || c === 'c' || c === 'f' || c === 'u' || c === 'm' || c === 't') {
        const value = arg.slice(j + 1) || args[++i];
        if (value === undefined)
          return { stdout: '', stderr: `Option ${c} requires an argument\n${USAGE}`, exitCode: 1 };
        if (c === 'r') f.mode = value;
        break;
      }
      if (c === 'b' || c === 'o') f.batch = true;
      else if (c === 'p') f.nagios = true;
      else if (c === 'k') f.kernel = true;
      else if (c === 'l') f.libs = true;
      else if (c === 'q') f.quiet = true;
      else if (!'vnwh'.includes(c))
        return { stdout: '', stderr: `Unknown option: ${c}\n${USAGE}`, exitCode: 1 };
      else if (c === 'h') return { stdout: USAGE, stderr: '', exitCode: 0 };
    }
  }
  return f;
}

function batch(server: Server, stale: readonly string[]): string[] {
  const status = rebootRequired(server) ? 3 : 1;
  return [
    'NEEDRESTART-VER: 3.6',
    `NEEDRESTART-KCUR: ${server.kernel.running}`,
    `NEEDRESTART-KEXP: ${server.kernel.installed}`,
    `NEEDRESTART-KSTA: ${status}`,
    ...stale.map((u) => `NEEDRESTART-SVC: ${u}.service`),
  ];
}

function nagios(server: Server, stale: readonly string[]): CommandResult {
  const kernel = rebootRequired(server);
  const state = kernel ? 'CRIT' : stale.length ? 'WARN' : 'OK';
  const services = stale.length ? `${stale.length} (!)` : 'none';
  const line = `${state} - Kernel: ${server.kernel.running}${kernel ? ' (!!)' : ''}, Services: ${services}, Containers: none, Sessions: none|Kernel=${kernel ? 2 : 0};0;;0;2 Services=${stale.length};;0;0 Containers=0;;0;0 Sessions=0;0;;0\n`;
  return { stdout: line, stderr: '', exitCode: kernel ? 2 : stale.length ? 1 : 0 };
}

function run(ctx: CommandContext): CommandResult {
  const flags = parse(ctx.args);
  if ('exitCode' in flags) return flags;
  const server = ctx.state.world.servers[ctx.session.host];
  if (!server) return { stdout: '', stderr: '', exitCode: 1 };
  // Only root can read other users' /proc/PID/maps: a user run sees no service at all.
  const stale = ctx.user === 'root' ? staleServices(server) : [];
  if (flags.batch)
    return {
      stdout: batch(server, stale)
        .map((l) => `${l}\n`)
        .join(''),
      stderr: '',
      exitCode: 0,
    };
  if (flags.nagios) return nagios(server, stale);
  const both = !flags.kernel && !flags.libs;
  const out = ['Scanning processes...', 'Scanning linux images...', ''];
  if (both || flags.kernel) out.push(...kernelLines(server), '');
  let world = ctx.state.world;
  if ((both || flags.libs) && ctx.user === 'root') {
    const now = stale.filter((u) => !DEFERRED.has(u));
    const later = stale.filter((u) => DEFERRED.has(u));
    if (stale.length === 0) out.push('No services need to be restarted.', '');
    if (now.length && flags.mode === 'a') {
      out.push(
        'Restarting services...',
        ` systemctl restart ${now.map((u) => `${u}.service`).join(' ')}`,
        '',
      );
      for (const unit of now) world = restartService(world, ctx.session.host, unit, ctx.actor).world;
    } else if (now.length)
      out.push('Services to be restarted:', ...now.map((u) => ` systemctl restart ${u}.service`), '');
    if (later.length)
      out.push(
        'Service restarts being deferred:',
        ...later.map((u) => ` systemctl restart ${u}.service`),
        '',
      );
    out.push(...TAIL);
  }
  while (out[out.length - 1] === '') out.pop();
  const text = flags.quiet ? '' : out.map((l) => `${l}\n`).join('');
  return { stdout: text, stderr: '', exitCode: 0, ...(world === ctx.state.world ? {} : { world }) };
}

export const needrestartCommand: CommandSpec = {
  name: 'needrestart',
  summary: 'check which daemons need to be restarted after library upgrades',
  usage: 'needrestart [-r l|i|a] [-b] [-p] [-k] [-l]',
  options: ['-r', '-b', '-p', '-k', '-l', '-q', '--help'],
  availableOn: (server) => server.packages.needrestart !== undefined,
  complete: ({ args }) => (args[args.length - 1] === '-r' ? ['l', 'i', 'a'] : []),
  run,
};
