import { type DriftItem, desiredForServer, type LedgerEntry, type Server, type World } from '../../../core';

export type DiffLineKind = 'file' | 'hunk' | 'add' | 'del' | 'same';

export interface DiffLine {
  kind: DiffLineKind;
  text: string;
}

/** A unified diff's lines, each with what it is (file header, hunk header, added, removed, unchanged). */
export function diffLines(diff: string): DiffLine[] {
  const lines = diff.endsWith('\n') ? diff.slice(0, -1).split('\n') : diff.split('\n');
  return lines.map((text) => {
    if (text.startsWith('+++ ') || text.startsWith('--- ')) return { kind: 'file', text };
    if (text.startsWith('@@')) return { kind: 'hunk', text };
    if (text.startsWith('+')) return { kind: 'add', text };
    if (text.startsWith('-')) return { kind: 'del', text };
    return { kind: 'same', text };
  });
}

/** The path of a file resource (`file:/etc/loja/loja.ini`), or null for other kinds. */
export function filePath(item: DriftItem): string | null {
  return item.kind === 'file' && item.resource.startsWith('file:') ? item.resource.slice(5) : null;
}

/** Desired and actual content of a drifted file, for the diff editor; null when either is not a file. */
export function fileContents(
  world: World,
  server: Server,
  path: string,
): { expected: string; actual: string } | null {
  const desired = desiredForServer(server, world.manifests[server.role], world.envVars).files[path];
  const node = server.fs[path];
  if (!desired || node?.kind !== 'file') return null;
  return { expected: desired.content, actual: node.content };
}

/** The newest `n` journal lines of a unit, oldest first. */
export function journalTail(server: Server, unit: string, n = 5): Server['services'][string]['journal'] {
  const journal = server.services[unit]?.journal ?? [];
  return journal.slice(Math.max(0, journal.length - n));
}

/** Simulated time as `2026-11-29 09:00:05` (UTC): the lab's clock is not the learner's. */
export function clockText(time: number): string {
  return new Date(time).toISOString().replace('T', ' ').slice(0, 19);
}

/** A host's ledger, newest first. */
export function newestFirst(entries: readonly LedgerEntry[]): LedgerEntry[] {
  return [...entries].reverse();
}
