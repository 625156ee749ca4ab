/**
 * A TextIO over one server's filesystem, as seen by the user running the command: the GNU text tools
 * (cat, head, tail) read through it, so permissions and missing files give the real errors.
 */
import type { Server } from '../../../core';
import { canAccess } from '../../permissions';
import type { ReadResult, TextIO } from '../../text/io';
import { children, joinPath, lookup } from './access';

/** `2026-11-29 09:00:00.000000000 +0000`: how GNU tools print a full timestamp (servers run in UTC). */
export function fullTimestamp(ms: number): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}.${iso.slice(20, 23)}000000 +0000`;
}

function readAsUser(server: Server, cwd: string, path: string, user: string): ReadResult {
  const found = lookup(server, cwd, path, user);
  // TextIO has no ENOTDIR; `cat /etc/hosts/x` reads as a missing file.
  if (!found.ok) return { ok: false, error: found.error === 'EACCES' ? 'EACCES' : 'ENOENT' };
  if (found.node.kind === 'dir') return { ok: false, error: 'EISDIR' };
  if (!canAccess(server, found.node, user, 'r')) return { ok: false, error: 'EACCES' };
  return { ok: true, content: found.node.content };
}

export function serverTextIO(server: Server, cwd: string, user: string, stdin: string): TextIO {
  return {
    stdin,
    readFile: (path) => readAsUser(server, cwd, path, user),
    listFiles: (dir) => {
      const found = lookup(server, cwd, dir, user);
      if (!found.ok || found.node.kind !== 'dir') return null;
      const out: string[] = [];
      const walk = (abs: string, rel: string) => {
        for (const name of children(server, abs)) {
          const path = joinPath(abs, name);
          const relative = rel ? `${rel}/${name}` : name;
          if (server.fs[path]?.kind === 'dir') walk(path, relative);
          else out.push(relative);
        }
      };
      walk(found.path, '');
      return out;
    },
    mtimeLabel: (path) => {
      const found = lookup(server, cwd, path, user);
      return found.ok ? fullTimestamp(found.node.mtime) : fullTimestamp(0);
    },
  };
}
