/**
 * Debian version numbers, ordered exactly as dpkg does (Debian Policy §5.6.12):
 * `[epoch:]upstream_version[-debian_revision]`.
 */

export interface ParsedVersion {
  epoch: number;
  upstream: string;
  /** Empty string when absent (compares like `0`). */
  revision: string;
}

export type Ordering = -1 | 0 | 1;

const UPSTREAM_CHARS = /^[0-9][A-Za-z0-9.+~:-]*$/;
const REVISION_CHARS = /^[A-Za-z0-9.+~]+$/;
const MAX_EPOCH = 2147483647;

/** Splits like dpkg's parseversion, without validating characters. */
function split(version: string): ParsedVersion {
  const v = version.trim();
  let epoch = 0;
  let rest = v;
  const colon = v.indexOf(':');
  if (colon >= 0 && /^[0-9]+$/.test(v.slice(0, colon))) {
    epoch = Number(v.slice(0, colon));
    rest = v.slice(colon + 1);
  }
  const dash = rest.lastIndexOf('-');
  if (dash >= 0) return { epoch, upstream: rest.slice(0, dash), revision: rest.slice(dash + 1) };
  return { epoch, upstream: rest, revision: '' };
}

/**
 * Parses a Debian version. Returns `undefined` when it breaks policy: empty, spaces, a non-numeric
 * or huge epoch, an upstream part not starting with a digit, a colon without epoch, an empty
 * revision, or characters outside the allowed sets.
 */
export function parseVersion(version: string): ParsedVersion | undefined {
  if (version.length === 0 || /\s/.test(version)) return undefined;
  const colon = version.indexOf(':');
  if (colon >= 0) {
    const epoch = version.slice(0, colon);
    if (!/^[0-9]+$/.test(epoch) || Number(epoch) > MAX_EPOCH) return undefined;
  }
  const parsed = split(version);
  const hasRevision = version.slice(colon + 1).includes('-');
  if (hasRevision && !REVISION_CHARS.test(parsed.revision)) return undefined;
  if (!UPSTREAM_CHARS.test(parsed.upstream)) return undefined;
  if (colon < 0 && parsed.upstream.includes(':')) return undefined;
  if (!hasRevision && parsed.upstream.includes('-')) return undefined;
  return parsed;
}

export function isValidVersion(version: string): boolean {
  return parseVersion(version) !== undefined;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** dpkg's order(): `~` < end of part < letters < other characters. NaN (past the end) is 0. */
function order(c: number): number {
  if (Number.isNaN(c) || isDigit(c)) return 0;
  if (isLetter(c)) return c;
  if (c === 126) return -1;
  return c + 256;
}

/** dpkg's verrevcmp: alternating non-digit (lexical, modified) and digit (numeric) parts. */
function compareFragment(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    let firstDiff = 0;
    while ((i < a.length && !isDigit(a.charCodeAt(i))) || (j < b.length && !isDigit(b.charCodeAt(j)))) {
      const ac = order(i < a.length ? a.charCodeAt(i) : Number.NaN);
      const bc = order(j < b.length ? b.charCodeAt(j) : Number.NaN);
      if (ac !== bc) return ac - bc;
      i++;
      j++;
    }
    while (a.charCodeAt(i) === 48) i++;
    while (b.charCodeAt(j) === 48) j++;
    while (isDigit(a.charCodeAt(i)) && isDigit(b.charCodeAt(j))) {
      if (firstDiff === 0) firstDiff = a.charCodeAt(i) - b.charCodeAt(j);
      i++;
      j++;
    }
    if (isDigit(a.charCodeAt(i))) return 1;
    if (isDigit(b.charCodeAt(j))) return -1;
    if (firstDiff !== 0) return firstDiff;
  }
  return 0;
}

function sign(n: number): Ordering {
  return n < 0 ? -1 : n > 0 ? 1 : 0;
}

/** Compares two parsed versions: epoch numerically, then upstream, then revision. */
export function compareParsed(a: ParsedVersion, b: ParsedVersion): Ordering {
  if (a.epoch !== b.epoch) return a.epoch < b.epoch ? -1 : 1;
  const up = compareFragment(a.upstream, b.upstream);
  if (up !== 0) return sign(up);
  return sign(compareFragment(a.revision, b.revision));
}

/**
 * Total order on version strings, identical to `dpkg --compare-versions`.
 * Invalid strings are still ordered (split leniently, as dpkg does after warning).
 */
export function compareVersions(a: string, b: string): Ordering {
  return compareParsed(split(a), split(b));
}

/** The upstream part without epoch and revision: `1:9.2p1-2` → `9.2p1`. */
export function upstreamVersion(version: string): string {
  return split(version).upstream;
}

export function formatVersion(v: ParsedVersion): string {
  const epoch = v.epoch !== 0 ? `${v.epoch}:` : '';
  const revision = v.revision !== '' ? `-${v.revision}` : '';
  return `${epoch}${v.upstream}${revision}`;
}

/** Sort helper: highest version first. */
export function sortDescending(versions: readonly string[]): string[] {
  return [...versions].sort((a, b) => compareVersions(b, a));
}
