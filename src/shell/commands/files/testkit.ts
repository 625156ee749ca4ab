/** Test support: a shell over the default scenario, and a runner for lines typed one after another. */
import { frotaWorld } from '../../../core';
import { createShell, type Execution, execute } from '../../execute';
import { createRegistry } from '../../registry';
import type { ShellState } from '../../types';

export const NOW = Date.UTC(2026, 10, 29, 9);
export const registry = createRegistry();

/** aluno on the bastion of a fresh `frotaWorld`. */
export function freshShell(): ShellState {
  return createShell(frotaWorld({ seed: 1, now: NOW }));
}

/** Types each line in turn; returns what the last one printed, with the state after it. */
export function run(state: ShellState, ...lines: string[]): Execution {
  let last = execute(state, registry, '');
  for (const line of lines) last = execute(last.state, registry, line);
  return last;
}

export interface FileSpec {
  content?: string;
  /** A directory instead of a file. */
  dir?: boolean;
  owner?: string;
  group?: string;
  mode?: number;
  mtime?: number;
}

/** The state with extra nodes on `host` (parents must exist or be listed too). */
export function withFiles(state: ShellState, host: string, files: Record<string, FileSpec>): ShellState {
  const server = state.world.servers[host];
  if (!server) throw new Error(`no host ${host}`);
  const fs = { ...server.fs };
  for (const [path, spec] of Object.entries(files)) {
    const base = {
      owner: spec.owner ?? 'root',
      group: spec.group ?? spec.owner ?? 'root',
      mode: spec.mode ?? (spec.dir ? 0o755 : 0o644),
      mtime: spec.mtime ?? NOW,
    };
    fs[path] = spec.dir ? { kind: 'dir', ...base } : { kind: 'file', content: spec.content ?? '', ...base };
  }
  const world = { ...state.world, servers: { ...state.world.servers, [host]: { ...server, fs } } };
  return { ...state, world };
}
