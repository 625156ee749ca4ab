import { resolvePath, type Server, type World } from '../../../core';
import { execute } from '../../execute';
import type { CommandRegistry } from '../../registry';
import { newSession } from '../../session';
import type { CommandContext, CommandResult, CommandSpec, ShellState } from '../../types';
import { type Inventory, matchPattern, parseInventory } from './inventory';
import { moduleCommand } from './modules';

const USAGE = `usage: ansible PATTERN [-m MODULE] [-a ARGS] [-b] [-i INVENTORY] [--limit SUBSET] [-o]
Run a module on every host of PATTERN (a host, a group like web or staging, web:!web-02, web-0*).
Modules: ping, shell, command, apt (name= state=present|latest|absent, update_cache=yes, upgrade=dist),
service (name= state=started|stopped|restarted|reloaded enabled=yes|no), copy (content= dest=).
  -b, --become   run as root (sudo) on each host
Hosts that cannot be reached are skipped: the fleet is left half-changed.
`;

interface Options {
  pattern: string;
  module: string;
  args: string;
  become: boolean;
  inventory: string;
  limit: string | null;
  oneLine: boolean;
}

function parse(args: readonly string[]): Options | string {
  const opts: Options = {
    pattern: '',
    module: 'command',
    args: '',
    become: false,
    inventory: '/etc/ansible/hosts',
    limit: null,
    oneLine: false,
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const value = () => args[++i];
    if (arg === '-m' || arg === '--module-name') opts.module = value() ?? '';
    else if (arg === '-a' || arg === '--args') opts.args = value() ?? '';
    else if (arg === '-b' || arg === '--become') opts.become = true;
    else if (arg === '-i' || arg === '--inventory') opts.inventory = value() ?? '';
    else if (arg === '-l' || arg === '--limit') opts.limit = value() ?? '';
    else if (arg === '-o' || arg === '--one-line') opts.oneLine = true;
    else if (arg.startsWith('-')) return `ansible: error: unrecognized arguments: ${arg}`;
    else if (!opts.pattern) opts.pattern = arg;
    else return `ansible: error: unrecognized arguments: ${arg}`;
  }
  return opts.pattern ? opts : 'ansible: error: the following arguments are required: pattern';
}

interface HostRun {
  world: World;
  text: string;
  status: 'ok' | 'changed' | 'failed' | 'unreachable';
}

function json(fields: Record<string, unknown>): string {
  return JSON.stringify(fields, null, 4);
}

/** Runs one module on one host through the shell, as aluno or (become) root, and words it like Ansible. */
function runOnHost(
  state: ShellState,
  registry: CommandRegistry,
  host: string,
  opts: Options,
  line: string,
): HostRun {
  const world = state.world;
  const server = world.servers[host];
  if (!server || server.power === 'off' || !server.reachable) {
    const msg = server
      ? `Failed to connect to the host via ssh: ssh: connect to host ${host} port 22: Connection timed out`
      : `Failed to connect to the host via ssh: ssh: Could not resolve hostname ${host}: Name or service not known`;
    return {
      world,
      status: 'unreachable',
      text: `${host} | UNREACHABLE! => ${json({ changed: false, msg, unreachable: true })}`,
    };
  }
  const command = moduleCommand(opts.module, opts.args);
  if ('error' in command) {
    return {
      world,
      status: 'failed',
      text: `${host} | FAILED! => ${json({ changed: false, msg: command.error })}`,
    };
  }
  const remote: ShellState = { ...state, stack: [newSession(state, host, opts.become ? 'root' : 'aluno')] };
  const ran = execute(remote, registry, command.line);
  const after = ran.state.world;
  // A module "changed" the host when its server object changed (the engine shares unchanged servers).
  const changed = after.servers[host] !== server || ledgerGrew(world, after);
  const failed = ran.exitCode !== 0;
  if (opts.module === 'ping') {
    return { world, status: 'ok', text: `${host} | SUCCESS => ${json({ changed: false, ping: 'pong' })}` };
  }
  if (opts.module === 'shell' || opts.module === 'command' || opts.module === 'raw') {
    const label = failed ? 'FAILED' : 'CHANGED';
    const body = ran.output.replace(/\n$/, '');
    return {
      world: after,
      status: failed ? 'failed' : 'changed',
      text: `${host} | ${label} | rc=${ran.exitCode} >>\n${body}${failed && body ? '\nnon-zero return code' : failed ? 'non-zero return code' : ''}`,
    };
  }
  const label = failed ? 'FAILED!' : changed ? 'CHANGED' : 'SUCCESS';
  const fields: Record<string, unknown> = { changed: !failed && changed };
  if (failed) fields.msg = ran.output.trim().split('\n').slice(-3).join('\n') || `${line} failed`;
  else fields.stdout_lines = ran.stdout.trim() ? ran.stdout.trim().split('\n').slice(-5) : [];
  return {
    world: failed ? world : after,
    status: failed ? 'failed' : changed ? 'changed' : 'ok',
    text: `${host} | ${label} => ${json(fields)}`,
  };
}

function ledgerGrew(before: World, after: World): boolean {
  return after.ledger !== before.ledger;
}

function readInventory(ctx: CommandContext, path: string): Inventory | string {
  const server = ctx.state.world.servers[ctx.session.host];
  const node = server?.fs[resolvePath(ctx.session.cwd, path)];
  if (node?.kind !== 'file')
    return `[WARNING]: Unable to parse ${path} as an inventory source\n[WARNING]: No inventory was parsed, only implicit localhost is available`;
  return parseInventory(node.content);
}

function recap(runs: readonly { host: string; status: HostRun['status'] }[]): string {
  const line = (host: string, s: HostRun['status']) =>
    `${host.padEnd(26)} : ok=${s === 'ok' || s === 'changed' ? 1 : 0}    changed=${s === 'changed' ? 1 : 0}    unreachable=${s === 'unreachable' ? 1 : 0}    failed=${s === 'failed' ? 1 : 0}    skipped=0`;
  return `\nPLAY RECAP (DriftLab) ${'*'.repeat(57)}\n${runs.map((r) => line(r.host, r.status)).join('\n')}\n`;
}

/** `ansible` ad-hoc over the bastion's inventory, each host's work done by the same shell and engine. */
export function ansibleCommand(registry: CommandRegistry): CommandSpec {
  return {
    name: 'ansible',
    summary: 'run a task on many servers at once (Ansible ad-hoc, over /etc/ansible/hosts)',
    usage: USAGE,
    options: ['-m', '-a', '-b', '--become', '-i', '--limit', '-o', '--help'],
    availableOn: (server: Server) => Boolean(server.packages['ansible-core']),
    complete: ({ state, args }) =>
      args[args.length - 1] === '-m'
        ? ['ping', 'shell', 'command', 'apt', 'service', 'copy']
        : ['all', 'web', 'db', 'lb', 'prod', 'staging', ...state.world.order],
    run: (ctx): CommandResult => {
      if (ctx.args.includes('--help') || ctx.args.includes('-h'))
        return { stdout: USAGE, stderr: '', exitCode: 0 };
      const opts = parse(ctx.args);
      if (typeof opts === 'string') return { stdout: '', stderr: `${USAGE}${opts}\n`, exitCode: 2 };
      const inventory = readInventory(ctx, opts.inventory);
      if (typeof inventory === 'string') return { stdout: '', stderr: `${inventory}\n`, exitCode: 1 };
      let { hosts, unmatched } = matchPattern(inventory, opts.pattern);
      if (opts.limit)
        hosts = hosts.filter((h) => matchPattern(inventory, opts.limit ?? '').hosts.includes(h));
      const warnings = unmatched
        .map((u) => `[WARNING]: Could not match supplied host pattern, ignoring: ${u}\n`)
        .join('');
      if (hosts.length === 0)
        return { stdout: '', stderr: `${warnings}[WARNING]: No hosts matched, nothing to do\n`, exitCode: 0 };
      let state = ctx.state;
      const runs: { host: string; status: HostRun['status'] }[] = [];
      const out: string[] = [];
      for (const host of hosts) {
        const run = runOnHost(state, registry, host, opts, ctx.actor.command);
        state = { ...state, world: run.world };
        runs.push({ host, status: run.status });
        out.push(opts.oneLine ? run.text.replace(/\n\s*/g, ' ') : run.text);
      }
      const failed = runs.some((r) => r.status === 'failed');
      const unreachable = runs.some((r) => r.status === 'unreachable');
      return {
        stdout: `${out.join('\n')}\n${recap(runs)}`,
        stderr: warnings,
        exitCode: failed ? 2 : unreachable ? 4 : 0,
        world: state.world,
      };
    },
  };
}
