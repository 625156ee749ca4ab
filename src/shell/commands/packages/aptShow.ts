/** `apt show` (apt's readable record) and `apt-cache show` (the raw Packages stanzas). */
import { repoOptions, type Server } from '../../../core';
import { archiveBytes, sizeToStr } from '../../../core/ops/aptOutput';
import {
  availableVersions,
  candidate,
  compareVersions,
  formatDepends,
  getPackage,
  type PackageInfo,
  type PackageVersion,
  policyLine,
  SOURCES,
} from '../../../core/packages';
import type { CommandResult } from '../../types';
import type { AptArgs } from './aptArgs';

/** Versions apt has a record for: the enabled sources' and the installed one (from dpkg's status file). */
function records(
  server: Server,
  name: string,
): { info: PackageInfo; versions: PackageVersion[] } | undefined {
  const info = getPackage(name);
  if (!info) return undefined;
  const versions = availableVersions(name, repoOptions(server));
  const installed = server.packages[name]?.version;
  const own = info.versions.find((v) => v.version === installed);
  if (own && !versions.includes(own)) versions.push(own);
  versions.sort((a, b) => compareVersions(b.version, a.version));
  return versions.length ? { info, versions } : undefined;
}

function relations(v: PackageVersion): string[] {
  const out: string[] = [];
  if (v.provides.length) out.push(`Provides: ${v.provides.join(', ')}`);
  if (v.depends.length) out.push(`Depends: ${formatDepends(v.depends)}`);
  if (v.conflicts.length) out.push(`Conflicts: ${formatDepends(v.conflicts.map((c) => [c]))}`);
  return out;
}

function aptRecord(server: Server, info: PackageInfo, v: PackageVersion): string[] {
  const pkg = server.packages[info.name];
  const installed = pkg?.version === v.version;
  const published = availableVersions(info.name, repoOptions(server)).some((a) => a.version === v.version);
  return [
    `Package: ${info.name}`,
    `Version: ${v.version}`,
    ...(info.essential ? ['Essential: yes'] : []),
    `Priority: ${info.priority}`,
    `Section: ${info.section}`,
    `Installed-Size: ${sizeToStr(v.installedSize * 1024)}`,
    ...relations(v),
    `Download-Size: ${sizeToStr(archiveBytes(info.name, v.version))}`,
    ...(installed ? [`APT-Manual-Installed: ${pkg?.auto ? 'no' : 'yes'}`] : []),
    `APT-Sources: ${published ? policyLine(v.source, v.arch) : '/var/lib/dpkg/status'}`,
    `Description: ${info.description}`,
    '',
  ];
}

function notFound(names: readonly string[]): CommandResult {
  return {
    stdout: '',
    stderr: `${names.map((n) => `N: Unable to locate package ${n}\n`).join('')}E: No packages found\n`,
    exitCode: 100,
  };
}

/** `apt show NAME…`: the candidate's record (every record with `-a`), and how many more there are. */
export function aptShow(server: Server, args: AptArgs, names: readonly string[]): CommandResult {
  const out: string[] = [];
  const notes: string[] = [];
  const missing: string[] = [];
  for (const name of names) {
    const found = records(server, name);
    if (!found) {
      missing.push(name);
      continue;
    }
    const installed = server.packages[name]?.version;
    const cand = candidate(name, {
      ...repoOptions(server),
      ...(installed === undefined ? {} : { installed }),
    });
    const main = found.versions.find((v) => v.version === (cand ?? installed)) ?? found.versions[0];
    const shown = args.has('all-versions') ? found.versions : main ? [main] : [];
    for (const v of shown) out.push(...aptRecord(server, found.info, v));
    const more = found.versions.length - shown.length;
    if (more === 1) notes.push("N: There is 1 additional record. Please use the '-a' switch to see it");
    else if (more > 1)
      notes.push(`N: There are ${more} additional records. Please use the '-a' switch to see them.`);
  }
  if (out.length === 0) return notFound(missing);
  const stderr = [...missing.map((n) => `N: Unable to locate package ${n}`), ...notes];
  return {
    stdout: out.map((l) => `${l}\n`).join(''),
    stderr: stderr.map((l) => `${l}\n`).join(''),
    exitCode: 0,
  };
}

/** The archive's path, as `Filename:` gives it: pool/COMPONENT/PREFIX/NAME/NAME_VERSION_ARCH.deb. */
function poolPath(name: string, v: PackageVersion): string {
  const prefix = name.startsWith('lib') ? name.slice(0, 4) : name.slice(0, 1);
  const version = v.version.replace(/^\d+:/, '');
  return `pool/${SOURCES[v.source].component}/${prefix}/${name}/${name}_${version}_${v.arch}.deb`;
}

function rawRecord(info: PackageInfo, v: PackageVersion): string[] {
  return [
    `Package: ${info.name}`,
    `Version: ${v.version}`,
    ...(info.essential ? ['Essential: yes'] : []),
    `Installed-Size: ${v.installedSize}`,
    `Architecture: ${v.arch}`,
    ...relations(v),
    `Description: ${info.description}`,
    `Section: ${info.section}`,
    `Priority: ${info.priority}`,
    `Filename: ${poolPath(info.name, v)}`,
    `Size: ${archiveBytes(info.name, v.version)}`,
    '',
  ];
}

/** `apt-cache show NAME…`: every version's stanza, newest first. */
export function cacheShow(server: Server, names: readonly string[]): CommandResult {
  const out: string[] = [];
  const missing: string[] = [];
  for (const name of names) {
    const found = records(server, name);
    if (!found) missing.push(name);
    else for (const v of found.versions) out.push(...rawRecord(found.info, v));
  }
  if (out.length === 0) return notFound(missing);
  return {
    stdout: out.map((l) => `${l}\n`).join(''),
    stderr: missing.map((n) => `N: Unable to locate package ${n}\n`).join(''),
    exitCode: 0,
  };
}
