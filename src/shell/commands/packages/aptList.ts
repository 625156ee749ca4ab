/** `apt list`, `apt search` and `apt-cache search`: one line per package in apt 2.6's format. */
import { repoOptions, type Server } from '../../../core';
import {
  availableVersions,
  candidate,
  compareVersions,
  getPackage,
  getVersion,
  packageNames,
  type RepoOptions,
  SOURCES,
} from '../../../core/packages';
import type { CommandResult } from '../../types';
import { fnmatchRegExp } from '../files/fnmatch';
import type { AptArgs } from './aptArgs';
import { aptError } from './aptArgs';

function archOf(name: string, version: string): string {
  return getVersion(name, version)?.arch ?? 'amd64';
}

/** Suites that publish this exact version (empty for a version only dpkg knows). */
function suitesOf(name: string, version: string, opts: RepoOptions): string[] {
  return availableVersions(name, opts)
    .filter((v) => v.version === version)
    .map((v) => SOURCES[v.source].suite);
}

function installedLine(server: Server, name: string, version: string, opts: RepoOptions, extra = ''): string {
  const suites = suitesOf(name, version, opts);
  const where = suites.length ? `${suites.join(',')},now` : 'now';
  const flags = ['installed'];
  if (extra) flags.push(extra);
  if (!suites.length) flags.push('local');
  else if (server.packages[name]?.auto) flags.push('automatic');
  return `${name}/${where} ${version} ${archOf(name, version)} [${flags.join(',')}]`;
}

/** The line `apt list` prints for a package (its candidate, or the installed version), if apt knows it. */
export function listLine(server: Server, name: string, opts = repoOptions(server)): string | undefined {
  const installed = server.packages[name]?.version;
  const cand = candidate(name, installed === undefined ? opts : { ...opts, installed });
  if (installed !== undefined) {
    if (cand === undefined || compareVersions(cand, installed) <= 0)
      return installedLine(server, name, installed, opts);
    return `${name}/${suitesOf(name, cand, opts).join(',')} ${cand} ${archOf(name, cand)} [upgradable from: ${installed}]`;
  }
  if (cand === undefined) return undefined;
  const residual = server.apt.residualConfig?.[name] !== undefined ? ' [residual-config]' : '';
  return `${name}/${suitesOf(name, cand, opts).join(',')} ${cand} ${archOf(name, cand)}${residual}`;
}

/** `apt list -a`: every version of a package, the installed one flagged. */
function allVersionLines(server: Server, name: string, opts: RepoOptions): string[] {
  const installed = server.packages[name]?.version;
  const cand = candidate(name, installed === undefined ? opts : { ...opts, installed });
  const upgrade = installed !== undefined && cand !== undefined && compareVersions(cand, installed) > 0;
  const versions = availableVersions(name, opts).map((v) => v.version);
  if (installed !== undefined && !versions.includes(installed)) versions.push(installed);
  versions.sort((a, b) => compareVersions(b, a));
  return versions.map((v) => {
    if (v === installed) return installedLine(server, name, v, opts, upgrade ? `upgradable to: ${cand}` : '');
    const mark = upgrade && v === cand ? ` [upgradable from: ${installed}]` : '';
    return `${name}/${suitesOf(name, v, opts).join(',')} ${v} ${archOf(name, v)}${mark}`;
  });
}

function known(server: Server): string[] {
  const names = new Set([
    ...packageNames(),
    ...Object.keys(server.packages),
    ...Object.keys(server.apt.residualConfig ?? {}),
  ]);
  return [...names].sort();
}

export function aptList(server: Server, args: AptArgs, patterns: readonly string[]): CommandResult {
  const opts = repoOptions(server);
  const res = patterns.map((p) => fnmatchRegExp(p));
  const lines: string[] = [];
  for (const name of known(server)) {
    if (res.length && !res.some((re) => re.test(name))) continue;
    const pkg = server.packages[name];
    if ((args.has('installed') || args.has('manual-installed')) && !pkg) continue;
    if (args.has('manual-installed') && pkg?.auto) continue;
    const line = listLine(server, name, opts);
    if (args.has('upgradable') && !line?.includes('[upgradable from:')) continue;
    if (args.has('all-versions') && !args.has('upgradable')) {
      const all = allVersionLines(server, name, opts);
      if (all.length) lines.push(...all, '');
    } else if (line !== undefined) lines.push(line);
  }
  return { stdout: `Listing... Done\n${lines.map((l) => `${l}\n`).join('')}`, stderr: '', exitCode: 0 };
}

function regexes(patterns: readonly string[]): RegExp[] | string {
  try {
    return patterns.map((p) => new RegExp(p, 'i'));
  } catch (e) {
    return `E: Regex compilation error - ${e instanceof Error ? e.message : String(e)}`;
  }
}

function searchHits(server: Server, patterns: readonly string[], namesOnly: boolean): string[] | string {
  const res = regexes(patterns);
  if (typeof res === 'string') return res;
  return known(server).filter((name) => {
    const text = namesOnly ? name : `${name} ${getPackage(name)?.description ?? ''}`;
    return res.every((re) => re.test(text));
  });
}

/** `apt search REGEX…`: every regex must match the name or the description. */
export function aptSearch(server: Server, args: AptArgs, patterns: readonly string[]): CommandResult {
  if (patterns.length === 0) return aptError('E: You must give at least one search pattern');
  const hits = searchHits(server, patterns, args.has('names-only'));
  if (typeof hits === 'string') return aptError(hits);
  const opts = repoOptions(server);
  const out = ['Sorting... Done', 'Full Text Search... Done'];
  for (const name of hits) {
    const line = listLine(server, name, opts);
    if (line !== undefined) out.push(line, `  ${getPackage(name)?.description ?? ''}`, '');
  }
  return { stdout: out.map((l) => `${l}\n`).join(''), stderr: '', exitCode: 0 };
}

/** `apt-cache search REGEX…`: `name - description`. */
export function cacheSearch(server: Server, args: AptArgs, patterns: readonly string[]): CommandResult {
  if (patterns.length === 0) return aptError('E: You must give at least one search pattern');
  const hits = searchHits(server, patterns, args.has('names-only'));
  if (typeof hits === 'string') return aptError(hits);
  const out = hits
    .filter((name) => getPackage(name))
    .map((name) => `${name} - ${getPackage(name)?.description ?? ''}\n`);
  return { stdout: out.join(''), stderr: '', exitCode: 0 };
}
