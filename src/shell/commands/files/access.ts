/**
 * How a process sees the simulated filesystem: path resolution with search (x) permission on every
 * directory on the way, as the kernel does, and a per-fs index of directory children so listing a tree
 * does not rescan every path for every directory.
 */
import { basename, dirname, type FsNode, resolvePath, type Server } from '../../../core';
import { FS_ERROR_TEXT, type FsError } from '../../fs';
import { canAccess } from '../../permissions';

export { FS_ERROR_TEXT, type FsError };

export type Lookup =
  | { ok: true; path: string; node: FsNode }
  | { ok: false; path: string; error: Exclude<FsError, 'EISDIR'> };

/** Why the parent directories of `path` stop `user` from reaching it, or null when they do not. */
export function blockedOnTheWay(
  server: Server,
  path: string,
  user: string,
): Exclude<FsError, 'EISDIR'> | null {
  if (path === '/') return null;
  let dir = '';
  const parts = path.split('/');
  for (let i = 1; i < parts.length - 1; i++) {
    dir += `/${parts[i]}`;
    const node = server.fs[dir];
    if (!node) return 'ENOENT';
    if (node.kind !== 'dir') return 'ENOTDIR';
    if (!canAccess(server, node, user, 'x')) return 'EACCES';
  }
  const root = server.fs['/'];
  return root && !canAccess(server, root, user, 'x') ? 'EACCES' : null;
}

/** Resolves `arg` against `cwd` and finds its node as `user` would: ENOENT, ENOTDIR or EACCES on the way. */
export function lookup(server: Server, cwd: string, arg: string, user: string): Lookup {
  const path = resolvePath(cwd, arg);
  const blocked = blockedOnTheWay(server, path, user);
  if (blocked) return { ok: false, path, error: blocked };
  const node = server.fs[path];
  if (!node) return { ok: false, path, error: 'ENOENT' };
  // `hosts/` names a directory: a trailing slash on a file is ENOTDIR, as the kernel says.
  if (node.kind === 'file' && arg.endsWith('/')) return { ok: false, path, error: 'ENOTDIR' };
  return { ok: true, path, node };
}

const childIndex = new WeakMap<Server['fs'], Map<string, string[]>>();

/** Sorted names directly inside `dir` (C-locale order, like `ls` under LC_ALL=C.UTF-8). */
export function children(server: Server, dir: string): string[] {
  let index = childIndex.get(server.fs);
  if (!index) {
    // fs maps are immutable, so the index built for one stays valid for as long as that map lives.
    index = new Map();
    for (const path of Object.keys(server.fs)) {
      if (path === '/') continue;
      const parent = dirname(path);
      const list = index.get(parent);
      if (list) list.push(basename(path));
      else index.set(parent, [basename(path)]);
    }
    for (const list of index.values()) list.sort();
    childIndex.set(server.fs, index);
  }
  return index.get(dir) ?? [];
}

/** `dir/name` without doubling the slash at the root. */
export function joinPath(dir: string, name: string): string {
  return dir === '/' ? `/${name}` : `${dir}/${name}`;
}

/** Bytes a file takes (what `ls -l` and `stat` show as its size). Directories are one 4 KiB block. */
export function sizeOf(node: FsNode): number {
  return node.kind === 'dir' ? 4096 : new TextEncoder().encode(node.content).length;
}

/** 1 KiB blocks allocated on a 4 KiB-block ext4 filesystem (what `ls -s` and `total` count). */
export function kibBlocks(node: FsNode): number {
  return Math.ceil(sizeOf(node) / 4096) * 4;
}

/** Hard links: a directory has its own `.`, its entry in the parent, and each subdirectory's `..`. */
export function linkCount(server: Server, path: string, node: FsNode): number {
  if (node.kind === 'file') return 1;
  return 2 + children(server, path).filter((name) => server.fs[joinPath(path, name)]?.kind === 'dir').length;
}

/** The server the command runs on (the session's host). */
export function hostOf(ctx: {
  state: { world: { servers: Record<string, Server> } };
  session: { host: string };
}) {
  return ctx.state.world.servers[ctx.session.host];
}
