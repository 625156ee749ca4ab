/**
 * Creating, writing and removing files and directories on one host, with POSIX error codes. Permission
 * checks belong to the caller (see `mayWrite`); these apply the change, set mtime to the world clock, move
 * disk usage with the content size and record one ledger entry per changed path.
 */
import { dirname } from '../model/paths';
import type { DirNode, FileNode, World } from '../model/types';
import type { Actor } from '../world/update';
import {
  bytesOf,
  commitFs,
  type FsChange,
  type FsMap,
  fsError,
  nodeSummary,
  onHost,
  parentProblem,
  primaryGroup,
  subtree,
  touchParent,
  unchanged,
} from './fsCommon';

export interface WriteOptions {
  /** `>>`: add to the end instead of replacing. */
  append?: boolean;
  /** Attributes for a new file (an existing one keeps its own unless `mode` is given). */
  mode?: number;
  owner?: string;
  group?: string;
}

/** Writes (or appends to) a regular file, creating it if its directory exists. */
export function writeFile(
  world: World,
  host: string,
  path: string,
  content: string,
  actor: Actor,
  opts: WriteOptions = {},
): FsChange {
  return onHost(world, host, path, (server, p) => {
    const old = server.fs[p];
    if (old?.kind === 'dir') return fsError(world, host, p, 'EISDIR');
    const problem = old ? undefined : parentProblem(server.fs, p);
    if (problem) return fsError(world, host, p, problem);
    const text = opts.append && old ? old.content + content : content;
    const next: FileNode = old
      ? { ...old, content: text, mode: opts.mode ?? old.mode, mtime: world.now }
      : {
          kind: 'file',
          content: text,
          owner: opts.owner ?? actor.user,
          group: opts.group ?? primaryGroup(server, actor.user),
          mode: opts.mode ?? 0o644,
          mtime: world.now,
        };
    const fs: FsMap = { ...server.fs, [p]: next };
    if (!old) touchParent(fs, p, world.now);
    const entry = { path: p, before: nodeSummary(old), after: nodeSummary(next) };
    return commitFs(world, host, actor, fs, text.length - (old?.content.length ?? 0), [entry], p);
  });
}

/** `touch`: creates an empty file, or only moves an existing one's mtime (not a ledger-worthy change). */
export function touchPath(world: World, host: string, path: string, actor: Actor): FsChange {
  return onHost(world, host, path, (server, p) => {
    const old = server.fs[p];
    if (!old) return writeFile(world, host, p, '', actor);
    const fs = { ...server.fs, [p]: { ...old, mtime: world.now } };
    return commitFs(world, host, actor, fs, 0, [], p);
  });
}

export interface RemoveOptions {
  /** `rm -r`: remove a directory and everything below it. */
  recursive?: boolean;
  /** `rmdir`: only empty directories. */
  dirOnly?: boolean;
}

/** `rm` / `rm -r` / `rmdir`. */
export function removePath(
  world: World,
  host: string,
  path: string,
  actor: Actor,
  opts: RemoveOptions = {},
): FsChange {
  return onHost(world, host, path, (server, p) => {
    const node = server.fs[p];
    if (!node) return fsError(world, host, p, parentProblem(server.fs, p) ?? 'ENOENT');
    if (p === '/') return fsError(world, host, p, 'EBUSY');
    const paths = subtree(server.fs, p);
    if (opts.dirOnly) {
      if (node.kind !== 'dir') return fsError(world, host, p, 'ENOTDIR');
      if (paths.length > 1) return fsError(world, host, p, 'ENOTEMPTY');
    } else if (node.kind === 'dir' && !opts.recursive) return fsError(world, host, p, 'EISDIR');
    const fs: FsMap = { ...server.fs };
    for (const q of paths) delete fs[q];
    touchParent(fs, p, world.now);
    const entry = { path: p, before: nodeSummary(node, paths.length - 1), after: null };
    return commitFs(world, host, actor, fs, -bytesOf(server.fs, paths), [entry], p);
  });
}

export interface MkdirOptions {
  /** `mkdir -p`: create missing parents, and accept an existing directory. */
  parents?: boolean;
  mode?: number;
}

/** `mkdir` / `mkdir -p`. */
export function makeDir(
  world: World,
  host: string,
  path: string,
  actor: Actor,
  opts: MkdirOptions = {},
): FsChange {
  return onHost(world, host, path, (server, p) => {
    const existing = server.fs[p];
    if (existing)
      return existing.kind === 'dir' && opts.parents
        ? unchanged(world, p)
        : fsError(world, host, p, 'EEXIST');
    const missing: string[] = [];
    for (let d = p; !server.fs[d] && d !== '/'; d = dirname(d)) missing.unshift(d);
    const top = server.fs[dirname(missing[0] ?? p)];
    if (top?.kind !== 'dir') return fsError(world, host, p, 'ENOTDIR');
    if (missing.length > 1 && !opts.parents) return fsError(world, host, p, 'ENOENT');
    const fs: FsMap = { ...server.fs };
    const group = primaryGroup(server, actor.user);
    const entries = missing.map((d) => {
      // Like `mkdir -p -m`, the mode applies to the last directory only.
      const mode = d === p ? (opts.mode ?? 0o755) : 0o755;
      const node: DirNode = { kind: 'dir', owner: actor.user, group, mode, mtime: world.now };
      touchParent(fs, d, world.now);
      fs[d] = node;
      return { path: d, before: null, after: nodeSummary(node) };
    });
    return commitFs(world, host, actor, fs, 0, entries, p);
  });
}
