import type { Server } from '../../../core';
import type { CommandContext, HostSession } from '../../types';

/** The server the command runs on (the shell only dispatches on known hosts). */
export function serverOf(ctx: CommandContext): Server | undefined {
  return ctx.state.world.servers[ctx.session.host];
}

function fileText(server: Server, path: string): string {
  const node = server.fs[path];
  return node?.kind === 'file' ? node.content : '';
}

/** `/etc/hosts` as address → names, in file order; comments and blank lines skipped. */
export function hostsEntries(server: Server): { address: string; names: string[] }[] {
  return fileText(server, '/etc/hosts')
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim().split(/\s+/))
    .filter((fields) => fields.length > 1 && fields[0] !== '')
    .map(([address, ...names]) => ({ address: address as string, names }));
}

/** The canonical name `hostname -f` prints: the first name of the /etc/hosts line that lists the host. */
export function fqdnOf(server: Server): string {
  const line = hostsEntries(server).find((e) => e.names.includes(server.hostname));
  return line?.names[0] ?? server.hostname;
}

/** Group name → gid, from /etc/group, then the users' own primary groups, then Debian's fixed ids. */
export function groupId(server: Server, name: string): number | undefined {
  for (const line of fileText(server, '/etc/group').split('\n')) {
    const [group, , gid] = line.split(':');
    if (group === name && gid !== undefined && /^\d+$/.test(gid)) return Number(gid);
  }
  const owner = server.users[name];
  if (owner) return owner.gid;
  return DEBIAN_GIDS[name];
}

const DEBIAN_GIDS: Readonly<Record<string, number>> = {
  root: 0,
  adm: 4,
  tty: 5,
  sudo: 27,
  'www-data': 33,
  users: 100,
  'ssl-cert': 110,
  shadow: 42,
};

/** Upstream build of each Debian kernel ABI the catalog ships, as `uname -v` prints it. */
const KERNEL_BUILDS: Readonly<Record<string, string>> = {
  '6.1.0-18-amd64': '6.1.76-1 (2024-02-01)',
  '6.1.0-21-amd64': '6.1.90-1 (2024-05-03)',
  '6.1.0-25-amd64': '6.1.106-3 (2024-08-26)',
};

/** `#1 SMP PREEMPT_DYNAMIC Debian 6.1.76-1 (2024-02-01)` for the running kernel. */
export function kernelVersion(server: Server): string {
  const release = server.kernel.running;
  const installed = server.packages[`linux-image-${release}`]?.version;
  const build = KERNEL_BUILDS[release] ?? `${installed ?? release} (2024-02-01)`;
  return `#1 SMP PREEMPT_DYNAMIC Debian ${build}`;
}

/**
 * Whether stack entry `i` is a root shell opened with `sudo -i`/`-s` rather than a login: same host as the
 * entry before it, another user (`ssh` to the same host keeps the user).
 */
export function isSudoShell(stack: readonly HostSession[], i: number): boolean {
  const previous = stack[i - 1];
  const session = stack[i];
  return (
    previous !== undefined &&
    session !== undefined &&
    previous.host === session.host &&
    previous.user !== session.user
  );
}

/** The logins on the current host along this session's stack (ssh, not `sudo -i`), and where from. */
export function loginsOn(ctx: CommandContext): { user: string; from: string }[] {
  const logins: { user: string; from: string }[] = [];
  ctx.state.stack.forEach((session, i) => {
    const previous = ctx.state.stack[i - 1];
    if (session.host !== ctx.session.host || isSudoShell(ctx.state.stack, i)) return;
    const fromServer = previous ? ctx.state.world.servers[previous.host] : undefined;
    logins.push({ user: session.user, from: fromServer?.ip ?? '10.0.0.1' });
  });
  return logins;
}
