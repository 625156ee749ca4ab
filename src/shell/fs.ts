import {
  type Actor,
  type FileNode,
  mayWrite,
  resolvePath,
  type Server,
  type World,
  writeFile,
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

function asFsError(code: string): FsError {
  return code === 'EISDIR' || code === 'EACCES' || code === 'ENOTDIR' ? code : 'ENOENT';
}

/**
 * Writes (or appends to) a file as `user` — the shell's redirections and the text tools' writes — with the
 * engine's permission rule and file operation, so the ledger records it like any other change.
 */
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
  if (server.fs[absolute]?.kind === 'dir') return { ok: false, error: 'EISDIR' };
  if (!mayWrite(server, absolute, user)) return { ok: false, error: 'EACCES' };
  const written = writeFile(world, host, absolute, content, actor, { append });
  return written.outcome.ok
    ? { ok: true, world: written.world }
    : { ok: false, error: asFsError(written.outcome.code) };
}
