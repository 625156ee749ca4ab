/**
 * Behaviour metadata the engine applies on top of apt: config breaking changes (a), shared
 * libraries and stale processes for needrestart (b), runtime requirements (c), kernels and
 * "reboot required" (d). Essential/protected flags (e) live on PackageInfo and in remove.ts.
 */
import { satisfiesConstraint } from './depends';
import { getVersion } from './repository';
import type { BreakingChange, Installed, RepoOptions, RuntimeRequirement, ServiceInfo } from './types';
import { compareVersions, upstreamVersion } from './version';

/** Breaking changes that apply to a version (behaviour a). */
export function breakingChanges(
  name: string,
  version: string,
  opts?: RepoOptions,
): readonly BreakingChange[] {
  return getVersion(name, version, opts)?.breaking ?? [];
}

/** Breaking changes crossed by going from `from` to `to` (e.g. nginx 1.22 → 1.26 crosses 1.25.1). */
export function breakingChangesBetween(
  name: string,
  from: string,
  to: string,
  opts?: RepoOptions,
): BreakingChange[] {
  const fromUpstream = upstreamVersion(from);
  return breakingChanges(name, to, opts).filter((b) => compareVersions(fromUpstream, b.since) < 0);
}

export interface ConfigFinding {
  change: BreakingChange;
  file: string;
  /** 1-based. */
  line: number;
  /** The tool's message with `{file}` and `{line}` filled in. */
  message: string;
}

export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) =>
    Object.hasOwn(values, key) ? String(values[key]) : m,
  );
}

/** Scans one config file against breaking changes; errors first in file order, then warnings. */
export function checkConfig(
  changes: readonly BreakingChange[],
  file: string,
  content: string,
): ConfigFinding[] {
  const findings: ConfigFinding[] = [];
  const lines = content.split('\n');
  for (const change of changes) {
    if (!file.startsWith(change.appliesTo)) continue;
    const re = new RegExp(change.linePattern);
    lines.forEach((text, i) => {
      if (re.test(text)) {
        findings.push({
          change,
          file,
          line: i + 1,
          message: fillTemplate(change.messageTemplate, { file, line: i + 1 }),
        });
      }
    });
  }
  const rank = (f: ConfigFinding) => (f.change.severity === 'error' ? 0 : 1);
  return findings.sort((a, b) => rank(a) - rank(b) || a.line - b.line);
}

/** Behaviour b: a shared library whose upgrade leaves running processes on the old copy. */
export function isSharedLibrary(name: string, version: string, opts?: RepoOptions): boolean {
  return getVersion(name, version, opts)?.sharedLibrary !== undefined;
}

export function servicesOf(name: string, version: string, opts?: RepoOptions): readonly ServiceInfo[] {
  return getVersion(name, version, opts)?.services ?? [];
}

/** Which installed package ships a unit, and the unit's data (e.g. `nginx` → nginx-common). */
export function serviceProvider(
  service: string,
  installed: Installed,
  opts?: RepoOptions,
): { package: string; version: string; service: ServiceInfo } | undefined {
  for (const name of Object.keys(installed).sort()) {
    const version = installed[name];
    if (version === undefined) continue;
    const unit = servicesOf(name, version, opts).find((s) => s.name === service);
    if (unit) return { package: name, version, service: unit };
  }
  return undefined;
}

/**
 * What needrestart reports for one process: packages it mapped at start (`loaded`) whose
 * installed version has changed or that were removed since.
 */
export function staleLoads(
  loaded: Readonly<Record<string, string>>,
  installed: Installed,
): { package: string; loaded: string; installed?: string }[] {
  return Object.keys(loaded)
    .sort()
    .flatMap((pkg) => {
      const was = loaded[pkg];
      const now = Object.hasOwn(installed, pkg) ? installed[pkg] : undefined;
      if (was === undefined || was === now) return [];
      return [
        now === undefined ? { package: pkg, loaded: was } : { package: pkg, loaded: was, installed: now },
      ];
    });
}

/** The versions a service maps when it starts now: its `loads`, resolved against installed. */
export function loadsAtStart(service: ServiceInfo, installed: Installed): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pkg of service.loads) {
    const v = Object.hasOwn(installed, pkg) ? installed[pkg] : undefined;
    if (v !== undefined) out[pkg] = v;
  }
  return out;
}

export interface RuntimeFailure {
  requirement: RuntimeRequirement;
  /** Upstream version found, or `none`. */
  found: string;
  message: string;
}

/** Behaviour c: requirements checked when the service of `name@version` starts. */
export function checkRuntime(
  name: string,
  version: string,
  installed: Installed,
  opts?: RepoOptions,
): RuntimeFailure[] {
  const reqs = getVersion(name, version, opts)?.runtimeRequires ?? [];
  return reqs.flatMap((requirement) => {
    const have = Object.hasOwn(installed, requirement.package) ? installed[requirement.package] : undefined;
    if (have !== undefined && satisfiesConstraint(have, requirement.constraint)) return [];
    const found = have === undefined ? 'none' : upstreamVersion(have);
    return [{ requirement, found, message: fillTemplate(requirement.messageTemplate, { found }) }];
  });
}

/** Behaviour d: the kernel release (`uname -r`) a package version installs, if it is a kernel. */
export function kernelRelease(name: string, version: string, opts?: RepoOptions): string | undefined {
  return getVersion(name, version, opts)?.kernel?.release;
}

/** Kernel releases a plan installs: any of them makes the server "reboot required". */
export function kernelsInstalledBy(
  actions: readonly { name: string; to: string }[],
  opts?: RepoOptions,
): string[] {
  return actions.flatMap((a) => {
    const release = kernelRelease(a.name, a.to, opts);
    return release === undefined ? [] : [release];
  });
}

/** Newest installed kernel release: what the server boots next. */
export function newestInstalledKernel(installed: Installed, opts?: RepoOptions): string | undefined {
  const kernels = Object.keys(installed).flatMap((name) => {
    const v = installed[name];
    const release = v === undefined ? undefined : kernelRelease(name, v, opts);
    return release === undefined || v === undefined ? [] : [{ release, version: v }];
  });
  kernels.sort((a, b) => compareVersions(b.version, a.version));
  return kernels[0]?.release;
}
