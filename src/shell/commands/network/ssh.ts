import type { Server } from '../../../core';
import { runAndOr } from '../../exec/pipeline';
import { safeTerminalText } from '../../format/safeText';
import { parseLine } from '../../parser';
import type { CommandRegistry } from '../../registry';
import { newSession } from '../../session';
import { type CommandContext, type CommandResult, type CommandSpec, fail, ok } from '../../types';
import { stableHash } from '../cli';
import { kernelVersion, serverOf } from '../system/host';
import { acceptor } from '../system/sockets';
import { strftime } from '../system/strftime';
import { reachable, resolveName } from './resolve';

const USAGE = `usage: ssh [-46AaCfGgKkMNnqsTtVvXxYy] [-B bind_interface] [-b bind_address]
           [-c cipher_spec] [-D [bind_address:]port] [-E log_file]
           [-e escape_char] [-F configfile] [-I pkcs11] [-i identity_file]
           [-J destination] [-L address] [-l login_name] [-m mac_spec]
           [-O ctl_cmd] [-o option] [-P tag] [-p port] [-Q query_option]
           [-R address] [-S ctl_path] [-W host:port] [-w local_tun[:remote_tun]]
           destination [command [argument ...]]
`;

const FLAGS = '46AaCfGgKkMNnqsTtVvXxYy';
const WITH_VALUE = 'BbcDEeFIiJLlmOoPpQRSWw';

const MOTD = `
The programs included with the Debian GNU/Linux system are free software;
the exact distribution terms for each program are described in the
individual files in /usr/share/doc/*/copyright.

Debian GNU/Linux comes with ABSOLUTELY NO WARRANTY, to the extent
permitted by applicable law.
`;

interface Invocation {
  destination: string;
  login?: string;
  port: number;
  command: string[];
  version: boolean;
}

/** OpenSSH's option parsing: options, the destination, more options, then the remote command verbatim. */
function parse(args: readonly string[]): Invocation | CommandResult {
  const inv: Invocation = { destination: '', port: 22, command: [], version: false };
  let i = 0;
  const options = (): CommandResult | undefined => {
    while (i < args.length && (args[i] as string).startsWith('-') && args[i] !== '-') {
      const arg = args[i++] as string;
      if (arg === '--') return undefined;
      if (arg === '--help') return ok(USAGE);
      for (let j = 1; j < arg.length; j++) {
        const ch = arg[j] as string;
        if (ch === 'V') inv.version = true;
        else if (WITH_VALUE.includes(ch)) {
          const value = arg.slice(j + 1) || args[i++];
          if (value === undefined) return fail(`option requires an argument -- ${ch}\n${USAGE}`, 255);
          if (ch === 'l') inv.login = value;
          if (ch === 'p') {
            if (!/^\d+$/.test(value) || Number(value) > 65_535) return fail(`Bad port '${value}'\n`, 255);
            inv.port = Number(value);
          }
          break;
        } else if (!FLAGS.includes(ch)) return fail(`unknown option -- ${ch}\n${USAGE}`, 255);
      }
    }
    return undefined;
  };
  const early = options();
  if (early) return early;
  if (inv.version) return inv;
  const destination = args[i++];
  if (destination === undefined) return fail(USAGE, 255);
  inv.destination = destination;
  const late = options();
  if (late) return late;
  inv.command = args.slice(i);
  return inv;
}

/** The remote login's greeting: uname, the message of the day, the last login. */
function banner(server: Server, now: number, from: string): string {
  const node = server.fs['/etc/motd'];
  const motd = node?.kind === 'file' ? safeTerminalText(node.content) : MOTD;
  const last = now - 3_600_000 - (stableHash(`${server.hostname}:last`) % 86_400_000);
  const head = `Linux ${server.hostname} ${server.kernel.running} ${kernelVersion(server)} x86_64\n`;
  return `${head}${motd}Last login: ${strftime(last, '%a %b %e %H:%M:%S %Y')} from ${from}\n`;
}

/** Runs `command` in a non-interactive login on the remote host, then comes back: only the world changes. */
function runRemote(
  ctx: CommandContext,
  registry: CommandRegistry,
  host: string,
  user: string,
  line: string,
): CommandResult {
  const parsed = parseLine(line);
  if (!parsed.ok) return fail(`bash: -c: line 1: ${parsed.error.replace(/^bash: /, '')}\n`, 2);
  const remote = newSession(ctx.state, host, user);
  const depth = ctx.state.stack.length + 1;
  let state = { ...ctx.state, stack: [...ctx.state.stack, remote] };
  let stdout = '';
  let stderr = '';
  let exitCode = 0;
  for (const list of parsed.script.lists) {
    const ran = runAndOr(state, registry, list, line);
    state = ran.state;
    // `exit` ends the remote shell there; a non-interactive shell says no "logout" on its way out.
    const left = state.stack.length < depth;
    stdout += left ? ran.stdout.replace(/logout\n(Connection to \S+ closed\.\n)?$/, '') : ran.stdout;
    stderr += ran.stderr;
    exitCode = ran.exitCode;
    if (left) break;
  }
  return { stdout, stderr, exitCode, world: state.world };
}

export function sshCommand(registry: CommandRegistry): CommandSpec {
  return {
    name: 'ssh',
    summary: 'log in to another server of the fleet (or run one command there)',
    usage: 'ssh [-p PORT] [-l USER] [USER@]HOST [COMMAND]',
    options: ['-p', '-l', '-v', '-V'],
    availableOn: (server) => Boolean(server.packages['openssh-client']),
    complete: ({ state }) => state.world.order,
    run: (ctx) => {
      const inv = parse(ctx.args);
      if ('exitCode' in inv) return inv;
      if (inv.version) return fail('OpenSSH_9.2p1 Debian-2+deb12u3, OpenSSL 3.0.15 3 Sep 2024\n', 0);
      const from = serverOf(ctx);
      if (!from) return fail(USAGE, 255);
      const at = inv.destination.lastIndexOf('@');
      const hostPart = at === -1 ? inv.destination : inv.destination.slice(at + 1);
      const user = at === -1 ? (inv.login ?? ctx.user) : inv.destination.slice(0, at);
      const host = hostPart.toLowerCase();
      const target = resolveName(ctx.state.world, from, host);
      if (!target) return fail(`ssh: Could not resolve hostname ${host}: Name or service not known\n`, 255);
      const server = target.server;
      if (!server || !reachable(from, server))
        return fail(`ssh: connect to host ${host} port ${inv.port}: Connection timed out\n`, 255);
      const listening = acceptor(server, inv.port, target.ip, server === from)?.unit === 'ssh';
      if (!listening) return fail(`ssh: connect to host ${host} port ${inv.port}: Connection refused\n`, 255);
      // Only the learner's key is in the fleet's authorized_keys, and sshd says PermitRootLogin no.
      const learner = ctx.state.stack[0]?.user ?? 'aluno';
      if (!server.users[user] || user === 'root' || user !== learner)
        return fail(`${user}@${hostPart}: Permission denied (publickey).\n`, 255);
      if (inv.command.length) return runRemote(ctx, registry, server.hostname, user, inv.command.join(' '));
      const session = newSession(ctx.state, server.hostname, user);
      return {
        stdout: banner(server, ctx.state.world.now, from.ip),
        stderr: '',
        exitCode: 0,
        stack: [...ctx.state.stack, session],
      };
    },
  };
}
