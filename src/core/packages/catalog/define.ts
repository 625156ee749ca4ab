/** Compact authoring form for catalog entries, turned into the structured `PackageInfo`. */
import { parseAlternative, parseDepends } from '../depends';
import type {
  BreakingChange,
  PackageInfo,
  PackageVersion,
  Priority,
  RuntimeRequirement,
  ServiceInfo,
  SourceId,
} from '../types';
import { compareVersions, isValidVersion } from '../version';

export interface VersionDef {
  v: string;
  src: SourceId;
  /** Installed-Size, KiB. */
  size: number;
  changes: string;
  /** Debian `Depends:` syntax, e.g. `libssl3 (>= 3.0.0), libc6 (>= 2.34)`. */
  deps?: string;
  conflicts?: string;
  provides?: readonly string[];
  services?: readonly ServiceInfo[];
  fixed?: readonly string[];
  open?: readonly string[];
  arch?: 'amd64' | 'all';
  sharedLibrary?: { sonames: readonly string[] };
  kernel?: { release: string };
  breaking?: readonly BreakingChange[];
  runtimeRequires?: readonly RuntimeRequirement[];
  app?: { schemaVersion: number };
}

export interface PackageDef {
  name: string;
  section: string;
  priority: Priority;
  description: string;
  essential?: boolean;
  important?: boolean;
  protected?: boolean;
  arch?: 'amd64' | 'all';
  versions: readonly VersionDef[];
}

/** Throws on malformed data: the catalog is static and its test loads every entry. */
function buildVersion(pkg: string, d: VersionDef, arch: 'amd64' | 'all'): PackageVersion {
  if (!isValidVersion(d.v)) throw new Error(`catalog: ${pkg}: invalid version ${d.v}`);
  const depends = parseDepends(d.deps ?? '');
  if (!depends) throw new Error(`catalog: ${pkg} ${d.v}: bad Depends: ${d.deps}`);
  const conflicts = (d.conflicts ?? '')
    .split(',')
    .filter((s) => s.trim() !== '')
    .map((s) => {
      const alt = parseAlternative(s);
      if (!alt) throw new Error(`catalog: ${pkg} ${d.v}: bad Conflicts: ${d.conflicts}`);
      return alt;
    });
  const out: PackageVersion = {
    version: d.v,
    source: d.src,
    arch: d.arch ?? arch,
    installedSize: d.size,
    changes: d.changes,
    depends,
    conflicts,
    provides: d.provides ?? [],
    services: d.services ?? [],
    cves: { fixed: d.fixed ?? [], open: d.open ?? [] },
  };
  if (d.sharedLibrary) out.sharedLibrary = d.sharedLibrary;
  if (d.kernel) out.kernel = d.kernel;
  if (d.breaking) out.breaking = d.breaking;
  if (d.runtimeRequires) out.runtimeRequires = d.runtimeRequires;
  if (d.app) out.app = d.app;
  return out;
}

export function definePackage(def: PackageDef): PackageInfo {
  const versions = def.versions
    .map((d) => buildVersion(def.name, d, def.arch ?? 'amd64'))
    .sort((a, b) => compareVersions(b.version, a.version));
  return {
    name: def.name,
    section: def.section,
    priority: def.priority,
    essential: def.essential ?? false,
    important: def.important ?? false,
    protected: def.protected ?? false,
    description: def.description,
    versions,
  };
}

/** Same-version dependency on a sibling binary package, e.g. `nginx-common (= 1.22.1-9)`. */
export function same(name: string, version: string): string {
  return `${name} (= ${version})`;
}

/**
 * CVE lists for an ordered series of versions of one line. `all` is in fix order; `cuts[i]` is how
 * many of them version i has fixed. Version i gets `fixed` = those newly fixed since version i-1.
 */
export function cveTimeline(
  all: readonly string[],
  cuts: readonly number[],
): { fixed: readonly string[]; open: readonly string[] }[] {
  return cuts.map((cut, i) => ({
    fixed: all.slice(i === 0 ? 0 : (cuts[i - 1] ?? 0), cut),
    open: all.slice(cut),
  }));
}
