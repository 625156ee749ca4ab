/**
 * One dpkg run over a server, as apt drives it: remove (and purge), unpack, then configure in dependency
 * order. Configuring runs the maintainer scripts that matter here: a package that ships an enabled unit
 * (re)starts it through the start check, and a failed start leaves the package half-configured, exactly as
 * `invoke-rc.d` and dpkg report it; a kernel image prints its initramfs/GRUB lines and asks for a reboot.
 */
import type { InstalledPackage, Server, Service } from '../model/types';
import {
  formatClause,
  getVersion,
  kernelRelease,
  newestInstalledKernel,
  serviceProvider,
  servicesOf,
} from '../packages';
import { UNIT_DESCRIPTIONS } from '../world/packageFiles';
import { isConffile, ownedPaths, packageFiles, removeFiles, unpackFiles } from './dpkgFiles';
import { installedVersions } from './dpkgState';
import { appendLog, type FsMap, roundMb } from './fsCommon';
import { kernelPostinst, kernelsOf, rebootRequiredFiles } from './kernel';
import { logDate, Transcript } from './outcome';
import { type StartOptions, startUnit, stopUnit } from './units';

export interface DpkgAction {
  name: string;
  from?: string;
  to: string;
  /** true: installed as a dependency; false: asked for by name (marks it manual); absent: unchanged. */
  auto?: boolean;
}

export interface DpkgPlan {
  removals: readonly { name: string; version: string }[];
  purge: boolean;
  /** Removed packages whose leftover conffiles are purged. */
  purgeResidual: readonly string[];
  actions: readonly DpkgAction[];
  /** Installed packages whose configuration did not finish earlier; retried in this run. */
  reconfigure: readonly string[];
}

export interface DpkgResult {
  server: Server;
  transcript: Transcript;
  /** Packages left half-configured or unpacked, in the order dpkg reported them. */
  failed: string[];
}

function archOf(name: string, version: string): string {
  return getVersion(name, version)?.arch ?? 'amd64';
}

/** dpkg counts the files of every installed package; this is a stable, plausible stand-in. */
function databaseSize(packages: Readonly<Record<string, InstalledPackage>>): number {
  let files = 6000;
  for (const [name, pkg] of Object.entries(packages))
    files += Math.round(Math.sqrt(getVersion(name, pkg.version)?.installedSize ?? 400) * 12);
  return files;
}

function debName(name: string, version: string): string {
  return `${name}_${version.replace(':', '%3a')}_${archOf(name, version)}.deb`;
}

/** Configure order: a package after the packages of the same run it depends on, otherwise by name. */
function configureOrder(
  names: readonly string[],
  packages: Readonly<Record<string, InstalledPackage>>,
): string[] {
  const set = new Set(names);
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    const version = packages[name]?.version;
    const deps = version === undefined ? [] : (getVersion(name, version)?.depends ?? []);
    for (const clause of deps) for (const alt of clause) if (set.has(alt.name)) visit(alt.name);
    order.push(name);
  };
  for (const name of [...set].sort()) visit(name);
  return order;
}

function sizeKib(name: string, version: string): number {
  return getVersion(name, version)?.installedSize ?? 500;
}

/** Units shipped by the packages a plan removes or replaces (only those can lose or change their package). */
function unitsTouched(plan: DpkgPlan): Set<string> {
  const units = new Set<string>();
  const add = (name: string, version: string | undefined) => {
    if (version !== undefined) for (const unit of servicesOf(name, version)) units.add(unit.name);
  };
  for (const r of plan.removals) add(r.name, r.version);
  for (const a of plan.actions) add(a.name, a.from);
  return units;
}

function newUnit(name: string, unit: string, now: number): Service {
  const description = UNIT_DESCRIPTIONS[unit] ?? unit;
  return {
    package: name,
    description,
    enabled: true,
    active: 'inactive',
    since: now,
    loaded: {},
    journal: [],
  };
}

export function runDpkg(server: Server, plan: DpkgPlan, now: number, options: StartOptions = {}): DpkgResult {
  const t = new Transcript();
  const stamp = logDate(now);
  const log: string[] = [];
  const fs: FsMap = { ...server.fs };
  const packages: Record<string, InstalledPackage> = { ...server.packages };
  const residual: Record<string, string> = { ...server.apt.residualConfig };
  let srv: Server = { ...server, fs, packages };
  const finalInstalled = installedVersions(server);
  for (const r of plan.removals) delete finalInstalled[r.name];
  for (const a of plan.actions) finalInstalled[a.name] = a.to;
  const owned = ownedPaths(finalInstalled);
  const kernelsBefore = kernelsOf(installedVersions(server));
  let diskKib = 0;

  if (plan.removals.length + plan.actions.length + plan.purgeResidual.length > 0)
    t.out(
      `(Reading database ... ${databaseSize(server.packages)} files and directories currently installed.)`,
    );

  for (const r of plan.removals) {
    for (const unit of servicesOf(r.name, r.version)) srv = stopUnit(srv, unit.name, now);
    t.out(`Removing ${r.name} (${r.version}) ...`);
    t.err(...removeFiles(fs, r.name, r.version, owned, plan.purge));
    delete packages[r.name];
    diskKib -= sizeKib(r.name, r.version);
    const id = `${r.name}:${archOf(r.name, r.version)}`;
    log.push(`${stamp} remove ${id} ${r.version} <none>`, `${stamp} status config-files ${id} ${r.version}`);
    const conffiles = Object.entries(packageFiles(r.name, r.version, 0)).filter(([p, n]) => isConffile(p, n));
    if (!plan.purge && conffiles.some(([p]) => fs[p])) residual[r.name] = r.version;
  }
  const purged = [
    ...(plan.purge ? plan.removals : []),
    ...plan.purgeResidual.flatMap((name) => {
      const version = residual[name];
      return version === undefined ? [] : [{ name, version }];
    }),
  ];
  for (const p of purged) {
    t.out(`Purging configuration files for ${p.name} (${p.version}) ...`);
    t.err(...removeFiles(fs, p.name, p.version, owned, true));
    delete residual[p.name];
    const id = `${p.name}:${archOf(p.name, p.version)}`;
    log.push(`${stamp} purge ${id} ${p.version} <none>`, `${stamp} status not-installed ${id} <none>`);
  }
  // Units whose unit file left with their package are gone; the rest may have changed package.
  const services = { ...srv.services };
  for (const unit of unitsTouched(plan)) {
    const service = services[unit];
    const provider = serviceProvider(unit, finalInstalled);
    if (!service) continue;
    if (!provider) delete services[unit];
    else if (provider.package !== service.package) services[unit] = { ...service, package: provider.package };
  }
  srv = { ...srv, services };

  const notices = new Map<string, string[]>();
  const width = Math.max(2, String(plan.actions.length - 1).length);
  if (plan.actions.length > 0) log.push(`${stamp} startup archives unpack`);
  plan.actions.forEach((a, i) => {
    const prefix = plan.actions.length > 1 ? `${String(i).padStart(width, '0')}-` : '';
    if (a.from === undefined) t.out(`Selecting previously unselected package ${a.name}.`);
    t.out(`Preparing to unpack .../${prefix}${debName(a.name, a.to)} ...`);
    t.out(
      a.from === undefined
        ? `Unpacking ${a.name} (${a.to}) ...`
        : `Unpacking ${a.name} (${a.to}) over (${a.from}) ...`,
    );
    notices.set(a.name, unpackFiles(fs, a.name, a.from ?? residual[a.name], a.to, now, owned));
    delete residual[a.name];
    const { auto: wasAuto, ...previous } = packages[a.name] ?? { held: false };
    const auto = a.auto ?? wasAuto;
    packages[a.name] = { ...previous, version: a.to, status: 'unpacked', ...(auto ? { auto: true } : {}) };
    diskKib += sizeKib(a.name, a.to) - (a.from === undefined ? 0 : sizeKib(a.name, a.from));
    const id = `${a.name}:${archOf(a.name, a.to)}`;
    log.push(
      a.from === undefined
        ? `${stamp} install ${id} <none> ${a.to}`
        : `${stamp} upgrade ${id} ${a.from} ${a.to}`,
      `${stamp} status half-installed ${id} ${a.from ?? a.to}`,
      `${stamp} status unpacked ${id} ${a.to}`,
    );
  });

  const fresh = new Set(plan.actions.filter((a) => a.from === undefined).map((a) => a.name));
  const toConfigure = configureOrder(
    [...plan.actions.map((a) => a.name), ...plan.reconfigure.filter((n) => packages[n])],
    packages,
  );
  const failed: string[] = [];
  if (toConfigure.length > 0) log.push(`${stamp} startup packages configure`);
  for (const name of toConfigure) {
    const pkg = packages[name] as InstalledPackage;
    const id = `${name}:${archOf(name, pkg.version)}`;
    log.push(
      `${stamp} configure ${id} ${pkg.version} <none>`,
      `${stamp} status unpacked ${id} ${pkg.version}`,
    );
    const blocker = (getVersion(name, pkg.version)?.depends ?? []).find((clause) =>
      clause.every((alt) => failed.includes(alt.name)),
    );
    if (blocker) {
      const dep = blocker[0]?.name ?? '';
      t.err(
        `dpkg: dependency problems prevent configuration of ${name}:`,
        ` ${name} depends on ${formatClause(blocker)}; however:`,
        `  Package ${dep} is not configured yet.`,
        '',
        `dpkg: error processing package ${name} (--configure):`,
        ' dependency problems - leaving unconfigured',
      );
      packages[name] = { ...pkg, status: 'unpacked' };
      failed.push(name);
      continue;
    }
    t.out(`Setting up ${name} (${pkg.version}) ...`);
    t.out(...(notices.get(name) ?? []));
    log.push(`${stamp} status half-configured ${id} ${pkg.version}`);
    const release = kernelRelease(name, pkg.version);
    if (release !== undefined) {
      const unattended = packages['unattended-upgrades'] !== undefined;
      t.lines.push(
        ...kernelPostinst(release, kernelsBefore[0]?.release, kernelsOf(finalInstalled), unattended),
      );
      if (unattended) Object.assign(fs, rebootRequiredFiles(fs, name, now));
    }
    let scriptFailed = false;
    for (const { name: unit } of servicesOf(name, pkg.version)) {
      if (!srv.services[unit])
        srv = { ...srv, services: { ...srv.services, [unit]: newUnit(name, unit, now) } };
      if (!srv.services[unit]?.enabled) continue;
      const step = startUnit(srv, unit, now, true, options);
      srv = step.server;
      if (step.failure?.jobFailed) {
        const action = fresh.has(name) ? 'start' : 'restart';
        t.err(...step.failure.systemctl, `invoke-rc.d: initscript ${unit}, action "${action}" failed.`);
        scriptFailed = true;
      }
    }
    if (scriptFailed) {
      t.err(
        `dpkg: error processing package ${name} (--configure):`,
        ` installed ${name} package post-installation script subprocess returned error exit status 1`,
      );
      packages[name] = { ...pkg, status: 'half-configured' };
      failed.push(name);
      continue;
    }
    const { status: _done, ...configured } = pkg;
    packages[name] = configured;
    log.push(`${stamp} status installed ${id} ${pkg.version}`);
  }
  if (plan.actions.some((a) => getVersion(a.name, a.to)?.sharedLibrary) && packages.libc6)
    t.out(`Processing triggers for libc-bin (${packages.libc6.version}) ...`);
  if (failed.length > 0) t.err('Errors were encountered while processing:', ...failed.map((n) => ` ${n}`));

  const keepResidual = Object.keys(residual).length > 0 || server.apt.residualConfig !== undefined;
  appendLog(fs, '/var/log/dpkg.log', log, now);
  const next: Server = {
    ...srv,
    fs,
    packages,
    kernel: { ...server.kernel, installed: newestInstalledKernel(finalInstalled) ?? server.kernel.installed },
    disk: { ...server.disk, usedMb: roundMb(server.disk.usedMb + diskKib / 1024) },
    apt: keepResidual ? { ...server.apt, residualConfig: residual } : server.apt,
  };
  return { server: next, transcript: t, failed };
}
