import type { FsNode, Server } from '../core';

type Access = 'r' | 'w' | 'x';
const BITS: Record<Access, number> = { r: 4, w: 2, x: 1 };

/** Unix permission check for `user` on `node`: root may do anything, others go by owner/group/other bits. */
export function canAccess(server: Server, node: FsNode, user: string, access: Access): boolean {
  if (user === 'root') return true;
  const bit = BITS[access];
  if (node.owner === user) return ((node.mode >> 6) & bit) !== 0;
  const groups = server.users[user]?.groups ?? [];
  if (groups.includes(node.group)) return ((node.mode >> 3) & bit) !== 0;
  return (node.mode & bit) !== 0;
}
