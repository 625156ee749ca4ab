/** Read-only views of dpkg's state on a server: what `dpkg -l`, `apt-mark showhold` and needrestart see. */
import type { PackageStatus, Server } from '../model/types';
import { getVersion, type RepoOptions, type SourceId, satisfiesConstraint } from '../packages';

/** Installed packages as name → version (the resolver's input). */
export function installedVersions(server: Server): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, pkg] of Object.entries(server.packages)) out[name] = pkg.version;
  return out;
}

export function heldPackages(server: Server): string[] {
  return Object.keys(server.packages)
    .filter((name) => server.packages[name]?.held)
    .sort();
}

/** The resolver's view of this server's apt: its enabled sources and holds. */
export function repoOptions(server: Server): RepoOptions {
  return { sources: server.apt.sources as SourceId[], holds: heldPackages(server) };
}

export function packageStatus(server: Server, name: string): PackageStatus | undefined {
  const pkg = server.packages[name];
  return pkg ? (pkg.status ?? 'installed') : undefined;
}

/** Packages whose configuration did not finish (`dpkg --configure -a` would retry them), sorted. */
export function pendingConfigure(server: Server): string[] {
  return Object.keys(server.packages)
    .filter((name) => (server.packages[name]?.status ?? 'installed') !== 'installed')
    .sort();
}

const STATUS_LETTER: Record<PackageStatus, string> = {
  installed: 'i',
  'half-configured': 'F',
  unpacked: 'U',
};

/**
 * The two letters `dpkg -l` prints: desired action (`i` install, `h` hold, `r` remove) then state
 * (`i` installed, `F` half-configured, `U` unpacked, `c` config-files). Undefined when dpkg knows nothing.
 */
export function dpkgStatusAbbrev(server: Server, name: string): string | undefined {
  const pkg = server.packages[name];
  if (pkg) return `${pkg.held ? 'h' : 'i'}${STATUS_LETTER[pkg.status ?? 'installed']}`;
  return server.apt.residualConfig?.[name] !== undefined ? 'rc' : undefined;
}

/** Kernel installed for the next boot differs from the running one (`/run/reboot-required`). */
export function rebootRequired(server: Server): boolean {
  return server.kernel.installed !== server.kernel.running;
}

/**
 * Packages `apt autoremove` would remove: installed automatically and no longer needed by any manually
 * installed package (following Depends through every alternative that is installed).
 */
export function autoremovable(server: Server, packages = server.packages): string[] {
  const needed = new Set<string>();
  const stack = Object.keys(packages).filter((name) => !packages[name]?.auto);
  while (stack.length > 0) {
    const name = stack.pop() as string;
    if (needed.has(name)) continue;
    needed.add(name);
    const version = packages[name]?.version;
    const meta = version === undefined ? undefined : getVersion(name, version);
    for (const clause of meta?.depends ?? []) {
      for (const alt of clause) {
        const dep = packages[alt.name];
        if (dep && satisfiesConstraint(dep.version, alt.constraint) && !needed.has(alt.name))
          stack.push(alt.name);
      }
    }
  }
  return Object.keys(packages)
    .filter((name) => !needed.has(name))
    .sort();
}
