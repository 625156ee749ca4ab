/** `/var/log/apt/history.log` entries, written the way apt 2.6 writes them (dates in UTC). */
import type { Server } from '../model/types';
import { logDate } from './outcome';

export interface HistoryChange {
  name: string;
  from?: string;
  to?: string;
  kind: 'install' | 'upgrade' | 'downgrade' | 'reinstall' | 'remove' | 'purge';
  auto?: boolean;
}

const FIELDS: readonly [HistoryChange['kind'], string][] = [
  ['install', 'Install'],
  ['reinstall', 'Reinstall'],
  ['upgrade', 'Upgrade'],
  ['downgrade', 'Downgrade'],
  ['remove', 'Remove'],
  ['purge', 'Purge'],
];

function item(c: HistoryChange): string {
  // apt names every package with the native architecture here, `all` packages included.
  const id = `${c.name}:amd64`;
  if (c.kind === 'upgrade' || c.kind === 'downgrade') return `${id} (${c.from}, ${c.to})`;
  if (c.kind === 'remove' || c.kind === 'purge') return `${id} (${c.from})`;
  return `${id} (${c.to}${c.auto ? ', automatic' : ''})`;
}

/** The command line apt records: what was typed, without the `sudo` in front. */
export function commandlineOf(command: string): string {
  return command.replace(/^\s*sudo\s+(-\S+\s+)*/, '').trim();
}

export function historyEntry(
  server: Server,
  now: number,
  commandline: string,
  requestedBy: string | undefined,
  changes: readonly HistoryChange[],
  error: string | undefined,
): string[] {
  const date = logDate(now, '  ');
  const lines = ['', `Start-Date: ${date}`, `Commandline: ${commandline}`];
  const uid = requestedBy === undefined ? undefined : server.users[requestedBy]?.uid;
  if (requestedBy !== undefined && uid !== undefined && uid !== 0)
    lines.push(`Requested-By: ${requestedBy} (${uid})`);
  for (const [kind, field] of FIELDS) {
    const items = changes.filter((c) => c.kind === kind).map(item);
    if (items.length > 0) lines.push(`${field}: ${items.join(', ')}`);
  }
  if (error !== undefined) lines.push(`Error: ${error}`);
  lines.push(`End-Date: ${date}`);
  return lines;
}
