/**
 * How GNU ls lays out what it lists: the long format's columns, permission strings and dates, human sizes,
 * and the many-per-line layout that fills columns top to bottom within the terminal width.
 */
import type { FsNode } from '../../../core';
import { permString } from './mode';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** ls shows the year instead of the time for files older than half a Gregorian year. */
const SIX_MONTHS_MS = (31_556_952 / 2) * 1000;

const TYPE_CHAR: Record<FsNode['kind'], string> = { file: '-', dir: 'd' };

/** `drwxr-xr-x`, with setuid/setgid/sticky shown as s/S and t/T over the execute bits. */
export function modeString(node: FsNode): string {
  return TYPE_CHAR[node.kind] + permString(node.mode);
}

/** `Nov 29 09:00` for recent files, `Jan 15  2025` for older (or future) ones, in UTC like the servers. */
export function lsDate(mtime: number, now: number): string {
  const d = new Date(mtime);
  const head = `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)}`;
  const recent = mtime > now - SIX_MONTHS_MS && mtime <= now;
  if (recent) {
    return `${head} ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
  }
  return `${head}  ${d.getUTCFullYear()}`;
}

const UNITS = 'KMGTPEZY';

/** `ls -h` sizes: powers of 1024, rounded up, one decimal below 10 (`4.0K`, `121K`, `1.0M`). */
export function humanSize(bytes: number): string {
  if (bytes < 1024) return String(bytes);
  let exponent = 0;
  let divisor = 1024;
  while (bytes / divisor >= 1024 && exponent < UNITS.length - 1) {
    exponent++;
    divisor *= 1024;
  }
  const tenths = Math.ceil((bytes * 10) / divisor);
  if (tenths < 100) return `${Math.floor(tenths / 10)}.${tenths % 10}${UNITS[exponent]}`;
  const whole = Math.ceil(bytes / divisor);
  if (whole >= 1024 && exponent < UNITS.length - 1) return `1.0${UNITS[exponent + 1]}`;
  return `${whole}${UNITS[exponent]}`;
}

export interface LongRow {
  mode: string;
  links: string;
  owner: string;
  group: string;
  size: string;
  date: string;
  name: string;
}

/** Long-format lines: numbers right-aligned, owner and group left-aligned, each column as wide as its widest. */
export function longLines(rows: readonly LongRow[], widthsFrom: readonly LongRow[] = rows): string[] {
  const width = (key: keyof LongRow) => Math.max(0, ...widthsFrom.map((r) => r[key].length));
  const [links, owner, group, size] = [width('links'), width('owner'), width('group'), width('size')];
  return rows.map(
    (r) =>
      `${r.mode} ${r.links.padStart(links)} ${r.owner.padEnd(owner)} ${r.group.padEnd(group)} ${r.size.padStart(size)} ${r.date} ${r.name}`,
  );
}

const MIN_COLUMN_WIDTH = 3;

/**
 * GNU ls's default layout on a terminal: as many columns as fit in `lineWidth`, filled top to bottom, each
 * column as wide as its longest name plus two spaces (ls pads with tabs; spaces look the same).
 */
export function columnLines(names: readonly string[], lineWidth: number): string[] {
  const n = names.length;
  if (n === 0) return [];
  const lengths = names.map((s) => [...s].length);
  const maxCols = Math.max(1, Math.min(n, Math.floor(lineWidth / MIN_COLUMN_WIDTH)));
  let best: number[] = [Math.max(...lengths)];
  for (let cols = 2; cols <= maxCols; cols++) {
    const rows = Math.ceil(n / cols);
    // Some column counts leave the last column empty; GNU skips nothing but those never win.
    if (Math.ceil(n / rows) !== cols) continue;
    const widths: number[] = new Array(cols).fill(MIN_COLUMN_WIDTH);
    lengths.forEach((len, i) => {
      const col = Math.floor(i / rows);
      widths[col] = Math.max(widths[col] ?? 0, len + (col === cols - 1 ? 0 : 2));
    });
    if (widths.reduce((a, b) => a + b, 0) < lineWidth) best = widths;
  }
  const cols = best.length;
  const rows = Math.ceil(n / cols);
  const lines: string[] = [];
  for (let r = 0; r < rows; r++) {
    let line = '';
    for (let c = 0; c < cols; c++) {
      const i = c * rows + r;
      const name = names[i];
      if (name === undefined) break;
      const last = c === cols - 1 || (c + 1) * rows + r >= n;
      line += last ? name : name + ' '.repeat((best[c] ?? 0) - (lengths[i] ?? 0));
    }
    lines.push(line);
  }
  return lines;
}
