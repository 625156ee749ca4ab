/** Shared pieces of the file operations: outcomes, path checks, ledger summaries, disk accounting. */
import { fingerprint, modeString } from '../drift/summary';
import { dirname, normalizePath } from '../model/paths';
import type { FsNode, Server, World } from '../model/types';
import { type Actor, record, updateServer } from '../world/update';
import { guardHost, type HostFailure } from './outcome';

/** errno names, as coreutils reports them (`No such file or directory`…). */
export type FsErrorCode =
  | 'ENOENT'
  | 'EEXIST'
  | 'EISDIR'
  | 'ENOTDIR'
  | 'ENOTEMPTY'
  | 'EACCES'
  | 'EINVAL'
  | 'EBUSY'
  | 'UNKNOWN_USER'
  | 'UNKNOWN_GROUP';

export type FsOutcome =
  | { ok: true; changed: boolean; path: string }
  | { ok: false; code: FsErrorCode; params: { host: string; path: string; name?: string } }
  | HostFailure;

export interface FsChange {
  world: World;
  outcome: FsOutcome;
}

export type FsMap = Record<string, FsNode>;

export function fsError(
  world: World,
  host: string,
  path: string,
  code: FsErrorCode,
  name?: string,
): FsChange {
  const params = name === undefined ? { host, path } : { host, path, name };
  return { world, outcome: { ok: false, code, params } };
}

export function unchanged(world: World, path: string): FsChange {
  return { world, outcome: { ok: true, changed: false, path } };
}

/** Runs `op` on a reachable host with the path normalized. */
export function onHost(
  world: World,
  host: string,
  path: string,
  op: (server: Server, path: string) => FsChange,
): FsChange {
  const guard = guardHost(world, host);
  if (!guard.ok) return { world, outcome: guard };
  return op(guard.server, normalizePath(path));
}

/** Why a new entry cannot be created at `path` (missing or non-directory parent), if it cannot. */
export function parentProblem(fs: Readonly<FsMap>, path: string): 'ENOENT' | 'ENOTDIR' | undefined {
  if (path === '/') return undefined;
  for (let d = dirname(path); ; d = dirname(d)) {
    const node = fs[d];
    if (node) return node.kind === 'dir' ? (d === dirname(path) ? undefined : 'ENOENT') : 'ENOTDIR';
    if (d === '/') return 'ENOENT';
  }
}

/** Paths of `path` and everything below it. */
export function subtree(fs: Readonly<FsMap>, path: string): string[] {
  const prefix = path === '/' ? '/' : `${path}/`;
  return Object.keys(fs).filter((p) => p === path || p.startsWith(prefix));
}

function attrs(node: FsNode): string {
  return `${modeString(node.mode)} ${node.owner}:${node.group}`;
}

/** Ledger summary: `1843 bytes #1a2b3c4d 0644 root:root`, `dir 0755 root:root`, or null when absent. */
export function nodeSummary(node: FsNode | undefined, below = 0): string | null {
  if (!node) return null;
  const head = node.kind === 'file' ? `${node.content.length} bytes #${fingerprint(node.content)}` : 'dir';
  return `${head} ${attrs(node)}${below > 0 ? ` +${below} below` : ''}`;
}

export function bytesOf(fs: Readonly<FsMap>, paths: readonly string[]): number {
  let bytes = 0;
  for (const p of paths) {
    const node = fs[p];
    if (node?.kind === 'file') bytes += node.content.length;
  }
  return bytes;
}

/** A directory's mtime moves when an entry is added to or removed from it. */
export function touchParent(fs: FsMap, path: string, now: number): void {
  const parent = fs[dirname(path)];
  if (parent && path !== '/') fs[dirname(path)] = { ...parent, mtime: now };
}

export function primaryGroup(server: Server, user: string): string {
  return server.users[user]?.groups[0] ?? user;
}

export interface FsEntry {
  path: string;
  before: string | null;
  after: string | null;
}

/** Installs the new fs, adjusts disk usage by the byte delta and records one ledger entry per change. */
export function commitFs(
  world: World,
  host: string,
  actor: Actor,
  fs: FsMap,
  deltaBytes: number,
  entries: readonly FsEntry[],
  path: string,
): FsChange {
  let next = updateServer(world, host, (s) => ({
    ...s,
    fs,
    disk: deltaBytes === 0 ? s.disk : { ...s.disk, usedMb: roundMb(s.disk.usedMb + deltaBytes / 1_048_576) },
  }));
  for (const e of entries)
    if (e.before !== e.after) next = record(next, host, actor, `file:${e.path}`, e.before, e.after);
  return { world: next, outcome: { ok: true, changed: true, path } };
}

/** Disk usage in MB, to the kB, never negative. */
export function roundMb(mb: number): number {
  return Math.max(0, Math.round(mb * 1000) / 1000);
}

/** Appends lines to a log file in a private fs copy, creating it like the logging tool would. */
export function appendLog(fs: FsMap, path: string, lines: readonly string[], now: number): void {
  if (lines.length === 0) return;
  const node = fs[path];
  const before = node?.kind === 'file' ? node.content : '';
  const content = `${before}${lines.map((l) => `${l}\n`).join('')}`;
  fs[path] =
    node?.kind === 'file'
      ? { ...node, content, mtime: now }
      : { kind: 'file', content, owner: 'root', group: 'root', mode: 0o644, mtime: now };
}
