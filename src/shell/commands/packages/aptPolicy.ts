/** `apt-cache policy`, `apt-cache madison`, `apt-cache depends` and `rdepends`, from the package model. */
import { repoOptions, type Server } from '../../../core';
import {
  availableVersions,
  candidate,
  formatClause,
  getPackage,
  getVersion,
  packageNames,
  policy,
  policyLine,
  SOURCES,
  type SourceId,
} from '../../../core/packages';
import type { CommandResult } from '../../types';

function text(lines: readonly string[], stderr: readonly string[] = []): CommandResult {
  return {
    stdout: lines.map((l) => `${l}\n`).join(''),
    stderr: stderr.map((l) => `${l}\n`).join(''),
    exitCode: 0,
  };
}

function priorityOf(id: SourceId): number {
  return SOURCES[id].notAutomatic ? 100 : 500;
}

/** `apt-cache policy` with no names: the package files and their release data. */
function packageFiles(server: Server): string[] {
  const lines = ['Package files:', ' 100 /var/lib/dpkg/status', '     release a=now'];
  for (const id of server.apt.sources as SourceId[]) {
    const s = SOURCES[id];
    if (!s) continue;
    const host = s.uri.replace(/^[a-z]+:\/\//, '').split('/')[0] ?? s.uri;
    lines.push(
      ` ${priorityOf(id)} ${policyLine(id)}`,
      `     release o=${s.origin},n=${s.suite},l=${s.origin},c=${s.component},b=amd64`,
      `     origin ${host}`,
    );
  }
  return [...lines, 'Pinned packages:'];
}

function versionTable(server: Server, name: string): string[] | undefined {
  const installed = server.packages[name]?.version;
  const info = policy(name, { ...repoOptions(server), ...(installed === undefined ? {} : { installed }) });
  if (!info) return undefined;
  const lines = [
    `${name}:`,
    `  Installed: ${info.installed ?? '(none)'}`,
    `  Candidate: ${info.candidate ?? '(none)'}`,
    '  Version table:',
  ];
  for (const row of info.table) {
    lines.push(`${row.installed ? ' *** ' : '     '}${row.version} ${row.priority}`);
    for (const origin of row.origins) {
      const where =
        origin.source === 'status'
          ? '/var/lib/dpkg/status'
          : policyLine(origin.source, getVersion(name, row.version)?.arch);
      lines.push(`        ${String(origin.priority).padStart(3)} ${where}`);
    }
  }
  return lines;
}

export function cachePolicy(server: Server, names: readonly string[]): CommandResult {
  if (names.length === 0) return text(packageFiles(server));
  const out: string[] = [];
  const notes: string[] = [];
  for (const name of names) {
    const table = versionTable(server, name);
    if (table) out.push(...table);
    else notes.push(`N: Unable to locate package ${name}`);
  }
  return text(out, notes);
}

/** `apt-cache madison NAME…`: `name | version | source`, the first two right-aligned in 10 columns. */
export function cacheMadison(server: Server, names: readonly string[]): CommandResult {
  const out: string[] = [];
  const notes: string[] = [];
  for (const name of names) {
    const versions = availableVersions(name, repoOptions(server));
    if (!versions.length) notes.push(`N: Unable to locate package ${name}`);
    for (const v of versions)
      out.push(`${name.padStart(10)} | ${v.version.padStart(10)} | ${policyLine(v.source, v.arch)}`);
  }
  return text(out, notes);
}

function target(name: string): string {
  return getPackage(name) ? name : `<${name}>`;
}

/** `apt-cache depends NAME…`: the candidate's relations; `|` marks all but the last of an OR group. */
export function cacheDepends(server: Server, names: readonly string[]): CommandResult {
  const out: string[] = [];
  const notes: string[] = [];
  for (const name of names) {
    const installed = server.packages[name]?.version;
    const opts = repoOptions(server);
    const version = candidate(name, installed === undefined ? opts : { ...opts, installed }) ?? installed;
    const meta = version === undefined ? undefined : getVersion(name, version);
    if (!meta) {
      notes.push(`N: Unable to locate package ${name}`);
      continue;
    }
    out.push(name);
    for (const clause of meta.depends) {
      clause.forEach((alt, i) => {
        const shown = formatClause([{ ...alt, name: target(alt.name) }]);
        out.push(`${i < clause.length - 1 ? ' |' : '  '}Depends: ${shown}`);
      });
    }
    for (const alt of meta.conflicts)
      out.push(`  Conflicts: ${formatClause([{ ...alt, name: target(alt.name) }])}`);
  }
  if (out.length === 0)
    return {
      stdout: '',
      stderr: `${notes.map((n) => `${n}\n`).join('')}E: No packages found\n`,
      exitCode: 100,
    };
  return text(out, notes);
}

/** `apt-cache rdepends NAME`: packages whose published versions depend on it. */
export function cacheRdepends(server: Server, names: readonly string[]): CommandResult {
  const out: string[] = [];
  const opts = repoOptions(server);
  for (const name of names) {
    if (!getPackage(name)) continue;
    out.push(name, 'Reverse Depends:');
    for (const other of packageNames()) {
      const uses = availableVersions(other, opts).some((v) =>
        v.depends.some((c) => c.some((a) => a.name === name)),
      );
      if (uses) out.push(`  ${other}`);
    }
  }
  if (out.length === 0)
    return {
      stdout: '',
      stderr: `${names.map((n) => `N: Unable to locate package ${n}\n`).join('')}E: No packages found\n`,
      exitCode: 100,
    };
  return text(out);
}
