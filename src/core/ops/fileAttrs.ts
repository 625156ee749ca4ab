/** `chmod` and `chown` (optionally recursive): one ledger entry for the named path, noting how many below. */
import type { FsNode, Server, World } from '../model/types';
import type { Actor } from '../world/update';
import {
  commitFs,
  type FsChange,
  type FsMap,
  fsError,
  nodeSummary,
  onHost,
  subtree,
  unchanged,
} from './fsCommon';

export interface AttrOptions {
  recursive?: boolean;
}

function applyAll(
  world: World,
  host: string,
  path: string,
  actor: Actor,
  opts: AttrOptions,
  validate: (server: Server) => FsChange | undefined,
  change: (node: FsNode) => FsNode,
): FsChange {
  return onHost(world, host, path, (server, p) => {
    const node = server.fs[p];
    if (!node) return fsError(world, host, p, 'ENOENT');
    const invalid = validate(server);
    if (invalid) return invalid;
    const paths = opts.recursive && node.kind === 'dir' ? subtree(server.fs, p) : [p];
    const fs: FsMap = { ...server.fs };
    let count = 0;
    for (const q of paths) {
      const old = fs[q] as FsNode;
      const next = change(old);
      if (next.mode === old.mode && next.owner === old.owner && next.group === old.group) continue;
      fs[q] = next;
      count++;
    }
    if (count === 0) return unchanged(world, p);
    const entry = {
      path: p,
      before: nodeSummary(node),
      after: `${nodeSummary(fs[p])}${count > 1 ? ` (${count} entries)` : ''}`,
    };
    return commitFs(world, host, actor, fs, 0, [entry], p);
  });
}

/** `chmod MODE PATH` with a numeric mode (the shell turns `u+x` forms into numbers). */
export function chmodPath(
  world: World,
  host: string,
  path: string,
  mode: number,
  actor: Actor,
  opts: AttrOptions = {},
): FsChange {
  const bits = Number.isInteger(mode) ? mode & 0o7777 : 0;
  return applyAll(
    world,
    host,
    path,
    actor,
    opts,
    () => undefined,
    (node) => ({ ...node, mode: bits }),
  );
}

/** Group names the host knows: every user's groups and the entries of /etc/group. */
export function knownGroups(server: Server): Set<string> {
  const groups = new Set<string>(['root']);
  for (const user of Object.values(server.users)) for (const g of user.groups) groups.add(g);
  const file = server.fs['/etc/group'];
  if (file?.kind === 'file')
    for (const line of file.content.split('\n')) if (line) groups.add(line.split(':')[0] ?? '');
  return groups;
}

/** `chown OWNER[:GROUP] PATH`; either may be omitted (undefined). */
export function chownPath(
  world: World,
  host: string,
  path: string,
  owner: string | undefined,
  group: string | undefined,
  actor: Actor,
  opts: AttrOptions = {},
): FsChange {
  const validate = (server: Server) => {
    if (owner !== undefined && !server.users[owner]) return fsError(world, host, path, 'UNKNOWN_USER', owner);
    if (group !== undefined && !knownGroups(server).has(group))
      return fsError(world, host, path, 'UNKNOWN_GROUP', group);
    return undefined;
  };
  return applyAll(world, host, path, actor, opts, validate, (node) => ({
    ...node,
    owner: owner ?? node.owner,
    group: group ?? node.group,
  }));
}
