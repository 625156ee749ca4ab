/**
 * `cp` and `mv` with coreutils' target rules: a destination that is a directory receives the source inside
 * it; a directory cannot go into itself; mv keeps mtimes, cp stamps the copy with the world clock.
 */
import { basename, normalizePath } from '../model/paths';
import type { FsNode, Server, World } from '../model/types';
import type { Actor } from '../world/update';
import {
  bytesOf,
  commitFs,
  type FsChange,
  type FsErrorCode,
  type FsMap,
  fsError,
  nodeSummary,
  onHost,
  parentProblem,
  primaryGroup,
  subtree,
  touchParent,
} from './fsCommon';

function targetOf(fs: Readonly<FsMap>, src: string, dest: string): string {
  const d = normalizePath(dest);
  return fs[d]?.kind === 'dir' ? normalizePath(`${d}/${basename(src)}`) : d;
}

function inside(path: string, dir: string): boolean {
  return path === dir || path.startsWith(dir === '/' ? '/' : `${dir}/`);
}

/** Why `node` cannot land on `target`, checking what is there and its parent. */
function landingProblem(
  fs: Readonly<FsMap>,
  src: string,
  node: FsNode,
  target: string,
): FsErrorCode | undefined {
  if (target === src || (node.kind === 'dir' && inside(target, src))) return 'EINVAL';
  const there = fs[target];
  if (!there) return parentProblem(fs, target);
  if (node.kind === 'file' && there.kind === 'dir') return 'EISDIR';
  if (node.kind === 'dir' && there.kind === 'file') return 'ENOTDIR';
  if (node.kind === 'dir' && subtree(fs, target).length > 1) return 'ENOTEMPTY';
  return undefined;
}

function sizeOf(node: FsNode | undefined): number {
  return node?.kind === 'file' ? node.content.length : 0;
}

function relocate(src: string, target: string, path: string): string {
  return path === src ? target : `${target}${path.slice(src.length)}`;
}

function prepare(
  world: World,
  host: string,
  src: string,
  dest: string,
  then: (server: Server, s: string, node: FsNode, target: string) => FsChange,
): FsChange {
  return onHost(world, host, src, (server, s) => {
    const node = server.fs[s];
    if (!node) return fsError(world, host, s, parentProblem(server.fs, s) ?? 'ENOENT');
    if (s === '/') return fsError(world, host, s, 'EBUSY');
    return then(server, s, node, targetOf(server.fs, s, dest));
  });
}

export interface CopyOptions {
  /** `cp -r`. */
  recursive?: boolean;
  /** `cp -p` / `-a`: keep owner, group, mode and mtime. */
  preserve?: boolean;
}

export function copyPath(
  world: World,
  host: string,
  src: string,
  dest: string,
  actor: Actor,
  opts: CopyOptions = {},
): FsChange {
  return prepare(world, host, src, dest, (server, s, node, target) => {
    if (node.kind === 'dir' && !opts.recursive) return fsError(world, host, s, 'EISDIR');
    // Copying onto an existing file replaces its content, as cp does; a directory is merged into.
    const problem = landingProblem(server.fs, s, node, target);
    if (problem && problem !== 'ENOTEMPTY') return fsError(world, host, target, problem);
    const existing = server.fs[target];
    const fs: FsMap = { ...server.fs };
    const paths = subtree(server.fs, s);
    let delta = 0;
    for (const q of paths) {
      const from = server.fs[q] as FsNode;
      const to = relocate(s, target, q);
      const over = fs[to];
      let copied: FsNode = opts.preserve
        ? from
        : { ...from, owner: actor.user, group: primaryGroup(server, actor.user), mtime: world.now };
      if (over?.kind === 'file' && from.kind === 'file' && !opts.preserve)
        copied = { ...over, content: from.content, mtime: world.now };
      else if (over?.kind === 'dir' && from.kind === 'dir') copied = over;
      delta += sizeOf(copied) - sizeOf(over);
      if (!over) touchParent(fs, to, world.now);
      fs[to] = copied;
    }
    const entry = {
      path: target,
      before: nodeSummary(existing),
      after: nodeSummary(fs[target], paths.length - 1),
    };
    return commitFs(world, host, actor, fs, delta, [entry], target);
  });
}

/** `mv SRC DEST` (a rename within the host's one filesystem: no bytes move). */
export function movePath(world: World, host: string, src: string, dest: string, actor: Actor): FsChange {
  return prepare(world, host, src, dest, (server, s, node, target) => {
    const problem = landingProblem(server.fs, s, node, target);
    if (problem) return fsError(world, host, target, problem);
    const existing = server.fs[target];
    const fs: FsMap = { ...server.fs };
    const paths = subtree(server.fs, s);
    const replaced = existing ? subtree(server.fs, target) : [];
    for (const q of replaced) delete fs[q];
    for (const q of paths) delete fs[q];
    for (const q of paths) fs[relocate(s, target, q)] = server.fs[q] as FsNode;
    touchParent(fs, s, world.now);
    touchParent(fs, target, world.now);
    const below = paths.length - 1;
    const entries = [
      { path: s, before: nodeSummary(node, below), after: null },
      { path: target, before: nodeSummary(existing), after: nodeSummary(node, below) },
    ];
    return commitFs(world, host, actor, fs, -bytesOf(server.fs, replaced), entries, target);
  });
}
