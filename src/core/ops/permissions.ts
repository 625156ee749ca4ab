/**
 * Unix permission rules over the simulated filesystem, shared by the shell's file commands and the editor:
 * root bypasses them; otherwise the owner, group or other bits of the node decide, every ancestor needs
 * search (x) permission, creating or removing needs write on the directory, and the sticky bit (/tmp)
 * lets only the owner of a file (or of the directory) remove it.
 */
import { dirname, normalizePath } from '../model/paths';
import type { FsNode, Server } from '../model/types';

export type Access = 'r' | 'w' | 'x';
const BITS: Record<Access, number> = { r: 4, w: 2, x: 1 };

/** Whether `user` has `access` on `node` by its mode bits (root always does). */
export function hasAccess(server: Server, node: FsNode, user: string, access: Access): boolean {
  if (user === 'root') return true;
  const bit = BITS[access];
  if (node.owner === user) return ((node.mode >> 6) & bit) !== 0;
  if (server.users[user]?.groups.includes(node.group)) return ((node.mode >> 3) & bit) !== 0;
  return (node.mode & bit) !== 0;
}

/** Search permission on every directory from / down to `dir`. */
function canTraverse(server: Server, dir: string, user: string): boolean {
  for (let d = dir; ; d = dirname(d)) {
    const node = server.fs[d];
    if (node && !hasAccess(server, node, user, 'x')) return false;
    if (d === '/') return true;
  }
}

/**
 * May `user` write at `path`? `write` (default): modify an existing file, or create one in its directory;
 * `remove`: unlink it from its directory.
 */
export function mayWrite(
  server: Server,
  path: string,
  user: string,
  intent: 'write' | 'remove' = 'write',
): boolean {
  if (user === 'root') return true;
  const p = normalizePath(path);
  const parentPath = dirname(p);
  const parent = server.fs[parentPath];
  if (!canTraverse(server, parentPath, user)) return false;
  const node = server.fs[p];
  if (intent === 'write' && node) return hasAccess(server, node, user, 'w');
  if (parent?.kind !== 'dir' || !hasAccess(server, parent, user, 'w')) return false;
  const sticky = (parent.mode & 0o1000) !== 0;
  return !(intent === 'remove' && sticky && node && node.owner !== user && parent.owner !== user);
}
