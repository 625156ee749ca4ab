/**
 * Numeric user and group ids for `stat`, and which names `chown` accepts. Nodes store owner and group by
 * name; the numbers come from the server's users, its /etc/passwd and /etc/group, and Debian's fixed ids.
 */
import type { Server } from '../../../core';

/** Groups every Debian 12 system has (base-passwd), plus the ones the lab's packages create. */
const DEBIAN_GROUPS: Readonly<Record<string, number>> = {
  root: 0,
  daemon: 1,
  bin: 2,
  sys: 3,
  adm: 4,
  tty: 5,
  disk: 6,
  lp: 7,
  mail: 8,
  proxy: 13,
  sudo: 27,
  'www-data': 33,
  backup: 34,
  shadow: 42,
  utmp: 43,
  staff: 50,
  users: 100,
  systemd_journal: 101,
  'ssl-cert': 110,
  nogroup: 65534,
};

/** `name:x:id:...` records of a passwd- or group-format file on the server. */
function idsFromFile(server: Server, path: string, field: number): Map<string, number> {
  const ids = new Map<string, number>();
  const node = server.fs[path];
  if (node?.kind !== 'file') return ids;
  for (const line of node.content.split('\n')) {
    const parts = line.split(':');
    const id = Number(parts[field]);
    if (parts[0] && parts[field] !== '' && Number.isInteger(id)) ids.set(parts[0], id);
  }
  return ids;
}

export function uidOf(server: Server, user: string): number | undefined {
  return server.users[user]?.uid ?? idsFromFile(server, '/etc/passwd', 2).get(user);
}

export function gidOf(server: Server, group: string): number | undefined {
  const fromFile = idsFromFile(server, '/etc/group', 2).get(group);
  if (fromFile !== undefined) return fromFile;
  // A user's private group has the user's name and the user's gid.
  return server.users[group]?.gid ?? DEBIAN_GROUPS[group];
}
