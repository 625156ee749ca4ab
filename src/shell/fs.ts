import {
  type Actor,
  dirname,
  type FileNode,
  record,
  resolvePath,
  type Server,
  updateServer,
  type World,
} from '../core';
import { canAccess } from './permissions';

export type FsError = 'ENOENT' | 'EISDIR' | 'EACCES' | 'ENOTDIR';

export const FS_ERROR_TEXT: Record<FsError, string> = {
  ENOENT: 'No such file or directory',
  EISDIR: 'Is a directory',
  EACCES: 'Permission denied',
  ENOTDIR: 'Not a directory',
};

/** Reads a file as `user` would: existence, type and read permission. */
export function readAs(
  server: Server,
  cwd: string,
  path: string,
  user: string,
): { ok: true; content: string; node: FileNode } | { ok: false; error: FsError } {
  const node = server.fs[resolvePath(cwd, path)];
  if (!node) return { ok: false, error: 'ENOENT' };
  if (node.kind === 'dir') return { ok: false, error: 'EISDIR' };
  if (!canAccess(server, node, user, 'r')) return { ok: false, error: 'EACCES' };
  return { ok: true, content: node.content, node };
}

/** Whether `user` may create or overwrite the file at `absolute` (write on the file, or on its directory). */
export function writableBy(
  server: Server,
  absolute: string,
  user: string,
): { ok: true } | { ok: false; error: FsError } {
  const node = server.fs[absolute];
  if (node?.kind === 'dir') return { ok: false, error: 'EISDIR' };
  if (node) return canAccess(server, node, user, 'w') ? { ok: true } : { ok: false, error: 'EACCES' };
  const parent = server.fs[dirname(absolute)];
  if (!parent) return { ok: false, error: 'ENOENT' };
  if (parent.kind !== 'dir') return { ok: false, error: 'ENOTDIR' };
  return canAccess(server, parent, user, 'w') && canAccess(server, parent, user, 'x')
    ? { ok: true }
    : { ok: false, error: 'EACCES' };
}

function summary(content: string | undefined): string | null {
  return content === undefined
    ? null
    : `${content.split('\n').length - (content.endsWith('\n') ? 1 : 0)} lines, ${content.length} bytes`;
}

/** Writes (or appends to) a file as `user`, recording the change in the ledger. */
export function writeAs(
  world: World,
  host: string,
  cwd: string,
  path: string,
  content: string,
  append: boolean,
  user: string,
  actor: Actor,
): { ok: true; world: World } | { ok: false; error: FsError } {
  const server = world.servers[host];
  if (!server) return { ok: false, error: 'ENOENT' };
  const absolute = resolvePath(cwd, path);
  if (absolute === '/dev/null') return { ok: true, world };
  const allowed = writableBy(server, absolute, user);
  if (!allowed.ok) return allowed;
  const old = server.fs[absolute];
  const before = old?.kind === 'file' ? old.content : undefined;
  const next: FileNode = {
    kind: 'file',
    content: append && before !== undefined ? before + content : content,
    owner: old?.owner ?? user,
    group: old?.group ?? (user === 'root' ? 'root' : user),
    mode: old?.mode ?? 0o644,
    mtime: world.now,
  };
  if (before === next.content) return { ok: true, world };
  const changed = updateServer(world, host, (s) => ({ ...s, fs: { ...s.fs, [absolute]: next } }));
  return {
    ok: true,
    world: record(changed, host, actor, `file:${absolute}`, summary(before), summary(next.content)),
  };
}
