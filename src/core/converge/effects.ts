import type { DesiredFile } from '../drift/types';
import { dirname } from '../model/paths';
import type { FsNode, Server } from '../model/types';

/**
 * The changes converge makes itself, as pure Server → Server steps: managed files (content and attributes
 * at once, as Ansible's template module writes them) and a missing database. Packages and units go through
 * the operations of `ops/`.
 */

type Fs = Record<string, FsNode>;

/** Writes a managed file as Ansible's template module does, creating missing parent directories. */
export function writeManagedFile(server: Server, path: string, wanted: DesiredFile, now: number): Server {
  const fs: Fs = { ...server.fs };
  for (let parent = dirname(path); !fs[parent]; parent = dirname(parent)) {
    fs[parent] = { kind: 'dir', owner: 'root', group: 'root', mode: 0o755, mtime: now };
    if (parent === '/') break;
  }
  fs[path] = {
    kind: 'file',
    content: wanted.content,
    owner: wanted.owner,
    group: wanted.group,
    mode: wanted.mode,
    mtime: now,
  };
  return { ...server, fs };
}

/** chown + chmod: content and mtime stay. */
export function setAttributes(server: Server, path: string, wanted: DesiredFile): Server {
  const node = server.fs[path];
  if (node?.kind !== 'file') return server;
  return {
    ...server,
    fs: { ...server.fs, [path]: { ...node, owner: wanted.owner, group: wanted.group, mode: wanted.mode } },
  };
}

export function removeFile(server: Server, path: string): Server {
  const { [path]: _gone, ...fs } = server.fs;
  return { ...server, fs };
}

/** `createdb` plus the app's migrations up to `version`, for a database that is missing. */
export function createDatabase(server: Server, name: string, version: number): Server {
  return { ...server, database: { name, schemaVersion: version } };
}
