import type { DriftItem } from '../../../core';
import { type ChangeWords, changeParts, type HostDrift } from './driftFormats';

/** The table's headings and words, in the learner's language (`drift` says them; English by default). */
export interface TableWords extends ChangeWords {
  host: string;
  resource: string;
  status: string;
  change: string;
}

export const ENGLISH_TABLE: TableWords = {
  host: 'HOST',
  resource: 'RESOURCE',
  status: 'STATUS',
  change: 'EXPECTED → ACTUAL',
  absent: 'absent',
  undeclared: '(undeclared)',
};

const GAP = '  ';
const CHANGE_INDENT = '    ';

/** An indented `expected → actual`; when even that is too wide, the actual value goes on a line of its own. */
function valueLines(part: string, columns: number): string[] {
  const arrow = part.indexOf(' → ');
  if (CHANGE_INDENT.length + part.length <= columns || arrow === -1) return [`${CHANGE_INDENT}${part}`];
  return [`${CHANGE_INDENT}${part.slice(0, arrow)}`, `${CHANGE_INDENT}  ${part.slice(arrow + 1)}`];
}

/**
 * The longest of a column's texts, header included. A loop: `--all` on a big fleet has tens of thousands of
 * rows, too many to spread into Math.max.
 */
function widest(header: string, rows: readonly Row[], text: (row: Row) => string): number {
  let width = header.length;
  for (const row of rows) width = Math.max(width, text(row).length);
  return width;
}

interface Row {
  host: string;
  item: DriftItem;
  change: string[];
}

/**
 * `drift`'s table, fitted to the terminal's width as `systemctl` or `ps` fit theirs: one line per resource
 * when every row fits; otherwise the expected → actual values go under each row, one property per line, so
 * nothing wraps mid-value on a projector's large type or a phone. Diffs (`--diff`) follow their row.
 */
export function driftTable(
  hosts: readonly HostDrift[],
  diff: boolean,
  columns: number,
  words: TableWords = ENGLISH_TABLE,
): string[] {
  const rows: Row[] = hosts.flatMap(({ host, items }) =>
    items.map((item) => ({ host, item, change: changeParts(item, words) })),
  );
  if (rows.length === 0) return [];
  // The status values are the industry's (MODIFIED, UNMANAGED…); a heading may be wider than them.
  const statusWidth = Math.max('UNMANAGED'.length, words.status.length);
  const hostWidth = widest(words.host, rows, (r) => r.host);
  const resourceWidth = widest(words.resource, rows, (r) => r.item.resource);
  const aligned = (host: string, resource: string, status: string) =>
    `${host.padEnd(hostWidth)}${GAP}${resource.padEnd(resourceWidth)}${GAP}${status.padEnd(statusWidth)}`;
  const lead = hostWidth + resourceWidth + statusWidth + 2 * GAP.length;
  const longest = widest(words.change, rows, (r) => r.change.join('; '));

  const lines: string[] = [];
  const withDiff = (row: Row) => {
    if (diff && row.item.diff) lines.push(row.item.diff.trimEnd().replace(/^/gm, CHANGE_INDENT));
  };
  if (lead + GAP.length + longest <= columns) {
    lines.push(`${aligned(words.host, words.resource, words.status)}${GAP}${words.change}`);
    for (const row of rows) {
      lines.push(`${aligned(row.host, row.item.resource, row.item.status)}${GAP}${row.change.join('; ')}`);
      withDiff(row);
    }
    return lines;
  }
  // The values go under their rows; when even the aligned columns are too wide, each row is
  // `STATUS host resource`, nothing padded but the status.
  const fits = lead <= columns;
  lines.push(
    fits
      ? aligned(words.host, words.resource, words.status).trimEnd()
      : `${words.status.padEnd(statusWidth)} ${words.host} ${words.resource}`,
    `${CHANGE_INDENT}${words.change}`,
  );
  for (const row of rows) {
    const { host, item } = row;
    lines.push(
      fits
        ? aligned(host, item.resource, item.status).trimEnd()
        : `${item.status.padEnd(statusWidth)} ${host} ${item.resource}`,
    );
    for (const part of row.change) lines.push(...valueLines(part, columns));
    withDiff(row);
  }
  return lines;
}
