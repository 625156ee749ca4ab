/**
 * Read-only queries over the catalog, honouring enabled sources and apt_preferences-style pins:
 * package lookup, version lists, `apt-cache policy`, the candidate version, `apt list --upgradable`
 * and CVEs.
 */
import { CATALOG } from './catalog/index';
import { getCve, SEVERITY_RANK } from './cves';
import { DEFAULT_SOURCES, SOURCES } from './sources';
import type {
  Catalog,
  CveInfo,
  Installed,
  PackageInfo,
  PackageVersion,
  Pin,
  RepoOptions,
  SourceId,
} from './types';
import { compareVersions } from './version';

export interface CandidateOptions extends RepoOptions {
  /** Currently installed version: lower versions are not candidates unless pinned >= 1000. */
  installed?: string;
}

function catalogOf(opts: RepoOptions | undefined): Catalog {
  return opts?.catalog ?? CATALOG;
}

function enabled(opts: RepoOptions | undefined): readonly SourceId[] {
  return opts?.sources ?? DEFAULT_SOURCES;
}

export function getPackage(name: string, opts?: RepoOptions): PackageInfo | undefined {
  const catalog = catalogOf(opts);
  return Object.hasOwn(catalog, name) ? catalog[name] : undefined;
}

/** Metadata of one version, whatever source it comes from (installed versions may be orphaned). */
export function getVersion(name: string, version: string, opts?: RepoOptions): PackageVersion | undefined {
  return getPackage(name, opts)?.versions.find((v) => v.version === version);
}

/** Versions published in the enabled sources, highest first. */
export function availableVersions(name: string, opts?: RepoOptions): PackageVersion[] {
  const sources = enabled(opts);
  return (getPackage(name, opts)?.versions ?? []).filter((v) => sources.includes(v.source));
}

/** Version strings available from the enabled sources, highest first. */
export function versionsOf(name: string, opts?: RepoOptions): string[] {
  return availableVersions(name, opts).map((v) => v.version);
}

/** Every package name in the catalog, sorted. */
export function packageNames(opts?: RepoOptions): string[] {
  return Object.keys(catalogOf(opts)).sort();
}

function globMatch(pattern: string, text: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\?]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return re.test(text);
}

function pinMatches(pin: Pin, name: string, v: PackageVersion): boolean {
  if (pin.package !== '*' && !globMatch(pin.package, name)) return false;
  if (pin.version !== undefined && !globMatch(pin.version, v.version)) return false;
  if (pin.source !== undefined && pin.source !== v.source) return false;
  return true;
}

/**
 * Pin priority of a version (apt_preferences(5)): the first matching package-specific pin, else
 * the first matching `*` pin, else 990 for the target release, 100 for NotAutomatic sources
 * (backports), 500 otherwise.
 */
export function pinPriority(name: string, v: PackageVersion, opts?: RepoOptions): number {
  const pins = opts?.pins ?? [];
  const specific = pins.find((p) => p.package !== '*' && pinMatches(p, name, v));
  const general = pins.find((p) => p.package === '*' && pinMatches(p, name, v));
  const pin = specific ?? general;
  if (pin) return pin.priority;
  if (opts?.targetRelease === v.source) return 990;
  return SOURCES[v.source].notAutomatic ? 100 : 500;
}

export interface PolicyRow {
  version: string;
  priority: number;
  /** Where it comes from; `status` is /var/lib/dpkg/status (the installed copy, priority 100). */
  origins: readonly { source: SourceId | 'status'; priority: number }[];
  installed: boolean;
}

export interface PolicyInfo {
  name: string;
  installed?: string;
  candidate?: string;
  /** The version table, highest version first. */
  table: readonly PolicyRow[];
}

function policyTable(name: string, installed: string | undefined, opts?: RepoOptions): PolicyRow[] {
  const rows: PolicyRow[] = availableVersions(name, opts).map((v) => {
    const priority = pinPriority(name, v, opts);
    const isInstalled = v.version === installed;
    const origins: { source: SourceId | 'status'; priority: number }[] = [{ source: v.source, priority }];
    if (isInstalled) origins.push({ source: 'status', priority: 100 });
    return {
      version: v.version,
      priority: isInstalled ? Math.max(priority, 100) : priority,
      origins,
      installed: isInstalled,
    };
  });
  if (installed !== undefined && !rows.some((r) => r.installed)) {
    rows.push({
      version: installed,
      priority: 100,
      origins: [{ source: 'status', priority: 100 }],
      installed: true,
    });
    rows.sort((a, b) => compareVersions(b.version, a.version));
  }
  return rows;
}

/**
 * apt's candidate: among versions not lower than the installed one (unless pinned >= 1000), and
 * ignoring priorities below 100 when something is installed, the highest priority wins, then the
 * highest version. Holds do not change the candidate (as in `apt-cache policy`); they only keep
 * packages back during resolution.
 */
export function candidate(name: string, opts?: CandidateOptions): string | undefined {
  return pickCandidate(policyTable(name, opts?.installed, opts), opts?.installed);
}

function pickCandidate(table: readonly PolicyRow[], installed: string | undefined): string | undefined {
  let best: PolicyRow | undefined;
  for (const row of table) {
    if (row.priority <= 0) continue;
    if (installed !== undefined && !row.installed) {
      if (row.priority < 100) continue;
      if (compareVersions(row.version, installed) < 0 && row.priority < 1000) continue;
    }
    if (!best || row.priority > best.priority) best = row;
  }
  return best?.version;
}

/** Data for `apt-cache policy NAME`. Undefined when the package is unknown and not installed. */
export function policy(name: string, opts?: CandidateOptions): PolicyInfo | undefined {
  if (!getPackage(name, opts) && opts?.installed === undefined) return undefined;
  const table = policyTable(name, opts?.installed, opts);
  const info: PolicyInfo = { name, table };
  if (opts?.installed !== undefined) info.installed = opts.installed;
  const cand = pickCandidate(table, opts?.installed);
  if (cand !== undefined) info.candidate = cand;
  return info;
}

export interface UpgradableEntry {
  name: string;
  from: string;
  to: string;
  /** Suite shown by `apt list --upgradable`, e.g. `bookworm-security`. */
  suite: string;
  arch: 'amd64' | 'all';
  held: boolean;
}

/** `apt list --upgradable`: installed packages whose candidate is newer (held ones included). */
export function upgradable(installed: Installed, opts?: RepoOptions): UpgradableEntry[] {
  const out: UpgradableEntry[] = [];
  for (const name of Object.keys(installed).sort()) {
    const from = installed[name];
    if (from === undefined) continue;
    const to = candidate(name, { ...opts, installed: from });
    if (to === undefined || compareVersions(to, from) <= 0) continue;
    const v = getVersion(name, to, opts);
    if (!v) continue;
    const held = opts?.holds?.includes(name) ?? false;
    out.push({ name, from, to, suite: SOURCES[v.source].suite, arch: v.arch, held });
  }
  return out;
}

/** The line `apt list --upgradable` prints for an entry. */
export function formatUpgradable(e: UpgradableEntry): string {
  return `${e.name}/${e.suite} ${e.to} ${e.arch} [upgradable from: ${e.from}]`;
}

function sortCves(ids: readonly string[]): CveInfo[] {
  return ids
    .map((id) => getCve(id) ?? { id, severity: 'medium' as const, summary: '', labInvented: false })
    .sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.id.localeCompare(b.id));
}

/** Known unfixed CVEs of a version, most severe first. Unknown versions have none on record. */
export function cvesOpen(name: string, version: string, opts?: RepoOptions): CveInfo[] {
  return sortCves(getVersion(name, version, opts)?.cves.open ?? []);
}

/** CVEs open in `from` that `to` no longer has: what an upgrade fixes. */
export function cvesFixedBy(name: string, from: string, to: string, opts?: RepoOptions): CveInfo[] {
  const after = new Set(getVersion(name, to, opts)?.cves.open ?? []);
  return sortCves((getVersion(name, from, opts)?.cves.open ?? []).filter((id) => !after.has(id)));
}

/**
 * Lowest available version that no longer has `cve` open, scanning upwards from the first version
 * that had it (so versions from before the bug do not count as fixes).
 */
export function firstFixedVersion(name: string, cve: string, opts?: RepoOptions): string | undefined {
  let seenOpen = false;
  for (const v of [...availableVersions(name, opts)].reverse()) {
    if (v.cves.open.includes(cve)) seenOpen = true;
    else if (seenOpen || v.cves.fixed.includes(cve)) return v.version;
  }
  return undefined;
}

/** Available packages whose candidate provides the virtual name `virtual`. */
export function providersOf(virtual: string, opts?: RepoOptions): { name: string; version: string }[] {
  const out: { name: string; version: string }[] = [];
  for (const name of packageNames(opts)) {
    const cand = candidate(name, opts);
    if (cand !== undefined && getVersion(name, cand, opts)?.provides.includes(virtual)) {
      out.push({ name, version: cand });
    }
  }
  return out;
}
