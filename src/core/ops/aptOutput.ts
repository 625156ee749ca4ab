/**
 * apt's English output (apt 2.6, Debian 12) as data-driven string building: the headers, package lists,
 * the summary line, sizes, download lines, lock and permission errors, `apt update`'s lines.
 */
import type { AptState } from '../model/types';
import { getVersion, SOURCES, type SourceId } from '../packages';

export type Frontend = 'apt' | 'apt-get';

function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** apt's SizeToStr with the `B` apt appends: `1,015 kB`, `45.2 MB`, `0 B` (decimal units, en_US grouping). */
export function sizeToStr(bytes: number): string {
  const units = ['', 'k', 'M', 'G', 'T'];
  let size = bytes;
  for (let i = 0; i < units.length; i++) {
    if (size < 100 && i !== 0) return `${size.toFixed(1)} ${units[i]}B`;
    if (size < 10000 || i === units.length - 1) return `${grouped(Math.round(size))} ${units[i]}B`;
    size /= 1000;
  }
  return `${bytes} B`;
}

export function headerLines(upgrade: boolean): string[] {
  const lines = [
    'Reading package lists... Done',
    'Building dependency tree... Done',
    'Reading state information... Done',
  ];
  return upgrade ? [...lines, 'Calculating upgrade... Done'] : lines;
}

/** A titled list of package names, wrapped at 80 columns with apt's two-space indent. */
export function showList(title: string, names: readonly string[]): string[] {
  if (names.length === 0) return [];
  const lines = [title];
  let line = ' ';
  for (const name of names) {
    if (line.length > 1 && line.length + 1 + name.length > 79) {
      lines.push(line);
      line = ' ';
    }
    line += ` ${name}`;
  }
  lines.push(line);
  return lines;
}

export interface Stats {
  upgraded: number;
  installed: number;
  reinstalled: number;
  downgraded: number;
  removed: number;
  notUpgraded: number;
  /** Packages left half-configured or unpacked by an earlier run. */
  notFullyInstalled: number;
}

export function statsLines(s: Stats): string[] {
  const parts = [`${s.upgraded} upgraded`, `${s.installed} newly installed`];
  if (s.reinstalled > 0) parts.push(`${s.reinstalled} reinstalled`);
  if (s.downgraded > 0) parts.push(`${s.downgraded} downgraded`);
  const line = `${parts.join(', ')}, ${s.removed} to remove and ${s.notUpgraded} not upgraded.`;
  return s.notFullyInstalled > 0 ? [line, `${s.notFullyInstalled} not fully installed or removed.`] : [line];
}

/** Download size of a .deb: roughly a third of what it unpacks to. */
export function archiveBytes(name: string, version: string): number {
  return Math.max(1, Math.round((getVersion(name, version)?.installedSize ?? 300) * 0.32)) * 1000;
}

export function diskLine(deltaBytes: number): string {
  return deltaBytes >= 0
    ? `After this operation, ${sizeToStr(deltaBytes)} of additional disk space will be used.`
    : `After this operation, ${sizeToStr(-deltaBytes)} disk space will be freed.`;
}

/** `Get:` lines for the archives of a run, and the `Fetched` summary (the mirror answers at ~12 MB/s). */
export function fetchLines(downloads: readonly { name: string; version: string }[]): string[] {
  let total = 0;
  const lines = downloads.map((d, i) => {
    const meta = getVersion(d.name, d.version);
    const source = SOURCES[meta?.source ?? 'bookworm'];
    const bytes = archiveBytes(d.name, d.version);
    total += bytes;
    const index = `${source.uri} ${source.suite}/${source.component} amd64`;
    return `Get:${i + 1} ${index} ${d.name} ${meta?.arch ?? 'amd64'} ${d.version} [${sizeToStr(bytes)}]`;
  });
  if (downloads.length === 0) return [];
  const seconds = total / 12_500_000 + 0.3;
  const rate = `${sizeToStr(Math.round(total / seconds))}/s`;
  return [...lines, `Fetched ${sizeToStr(total)} in ${fetchTime(seconds)} (${rate})`];
}

function fetchTime(seconds: number): string {
  const whole = Math.floor(seconds);
  return whole < 60 ? `${whole}s` : `${Math.floor(whole / 60)}min ${whole % 60}s`;
}

export const PROMPT_ANSWERED = 'Do you want to continue? [Y/n] Y';

/** apt's lines when another process (unattended-upgrades) holds the dpkg frontend lock. */
export function lockedLines(lock: NonNullable<AptState['lock']>): string[] {
  return [
    `E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process ${lock.pid} (${lock.holder.slice(0, 15)})`,
    'N: Be aware that removing the lock file is not a solution and may break your system.',
    'E: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), is another process using it?',
  ];
}

/** dpkg's own refusal when the frontend lock is taken (`dpkg --configure -a`). */
export function dpkgLockedLines(lock: NonNullable<AptState['lock']>): string[] {
  return [
    `dpkg: error: dpkg frontend lock was locked by another process with pid ${lock.pid}`,
    'Note: removing the lock file is always wrong, can damage the locked area',
    'and the entire system. See <https://wiki.debian.org/Teams/Dpkg/FAQ#db-lock>.',
  ];
}

export const NOT_ROOT_LINES = [
  'E: Could not open lock file /var/lib/dpkg/lock-frontend - open (13: Permission denied)',
  'E: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), are you root?',
];

export const UPDATE_NOT_ROOT_LINES = [
  'E: Could not open lock file /var/lib/apt/lists/lock - open (13: Permission denied)',
  'E: Unable to lock directory /var/lib/apt/lists/',
];

/** `Release` file sizes per suite, for `apt update`'s Get lines. */
const INRELEASE_BYTES: Record<SourceId, number> = {
  bookworm: 151_000,
  'bookworm-updates': 55_400,
  'bookworm-security': 48_000,
  'bookworm-backports': 59_000,
  'nginx-org': 2_866,
  'lab-python': 3_120,
  loja: 2_410,
};

/** `Hit:`/`Get:` lines of `apt update` (all `Get` the first time, `Hit` once the lists are current). */
export function updateLines(sources: readonly SourceId[], fresh: boolean): string[] {
  let total = 0;
  const lines = sources.map((id, i) => {
    const s = SOURCES[id];
    if (!fresh) return `Hit:${i + 1} ${s.uri} ${s.suite} InRelease`;
    total += INRELEASE_BYTES[id];
    return `Get:${i + 1} ${s.uri} ${s.suite} InRelease [${sizeToStr(INRELEASE_BYTES[id])}]`;
  });
  if (total === 0) return lines;
  const seconds = total / 2_000_000 + 0.4;
  return [
    ...lines,
    `Fetched ${sizeToStr(total)} in ${fetchTime(seconds)} (${sizeToStr(Math.round(total / seconds))}/s)`,
  ];
}

export function upgradableLine(count: number): string {
  if (count === 0) return 'All packages are up to date.';
  return count === 1
    ? "1 package can be upgraded. Run 'apt list --upgradable' to see it."
    : `${count} packages can be upgraded. Run 'apt list --upgradable' to see them.`;
}

export function autoremoveHint(names: readonly string[]): string[] {
  if (names.length === 0) return [];
  return [
    ...showList('The following packages were automatically installed and are no longer required:', names),
    `Use 'sudo apt autoremove' to remove ${names.length === 1 ? 'it' : 'them'}.`,
  ];
}
