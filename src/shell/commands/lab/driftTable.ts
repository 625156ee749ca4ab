import type { DriftItem } from '../../../core';
import { changeParts, type HostDrift } from './driftFormats';

const GAP = '  ';
const HEADER = { host: 'HOST', resource: 'RESOURCE', status: 'STATUS', change: 'EXPECTED → ACTUAL' };
const STATUS_WIDTH = 'UNMANAGED'.length;
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
export function driftTable(hosts: readonly HostDrift[], diff: boolean, columns: number): string[] {
  const rows: Row[] = hosts.flatMap(({ host, items }) =>
    items.map((item) => ({ host, item, change: changeParts(item) })),
  );
  if (rows.length === 0) return [];
  const hostWidth = widest(HEADER.host, rows, (r) => r.host);
  const resourceWidth = widest(HEADER.resource, rows, (r) => r.item.resource);
  const aligned = (host: string, resource: string, status: string) =>
    `${host.padEnd(hostWidth)}${GAP}${resource.padEnd(resourceWidth)}${GAP}${status.padEnd(STATUS_WIDTH)}`;
  const lead = hostWidth + resourceWidth + STATUS_WIDTH + 2 * GAP.length;
  const longest = widest(HEADER.change, rows, (r) => r.change.join('; '));

  const lines: string[] = [];
  const withDiff = (row: Row) => {
    if (diff && row.item.diff) lines.push(row.item.diff.trimEnd().replace(/^/gm, CHANGE_INDENT));
  };
  if (lead + GAP.length + longest <= columns) {
    lines.push(`${aligned(HEADER.host, HEADER.resource, HEADER.status)}${GAP}${HEADER.change}`);
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
      ? aligned(HEADER.host, HEADER.resource, HEADER.status).trimEnd()
      : `${HEADER.status.padEnd(STATUS_WIDTH)} ${HEADER.host} ${HEADER.resource}`,
    `${CHANGE_INDENT}${HEADER.change}`,
  );
  for (const row of rows) {
    const { host, item } = row;
    lines.push(
      fits
        ? aligned(host, item.resource, item.status).trimEnd()
        : `${item.status.padEnd(STATUS_WIDTH)} ${host} ${item.resource}`,
    );
    for (const part of row.change) lines.push(...valueLines(part, columns));
    withDiff(row);
  }
  return lines;
}
