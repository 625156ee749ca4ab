/**
 * dpkg-query's read-only views (`dpkg -l`, `-L`, `-s`, `-S`, `dpkg-query -W`) over dpkg's state on a server,
 * in dpkg 1.21's formats: columns as wide as their longest entry, status stanzas, file lists.
 */
import { dpkgStatusAbbrev, type Server } from '../../../core';
import { packageFiles } from '../../../core/ops/dpkgFiles';
import { formatDepends, getPackage, getVersion } from '../../../core/packages';
import type { CommandResult } from '../../types';
import { fnmatchRegExp } from '../files/fnmatch';

interface Known {
  name: string;
  version: string;
  abbrev: string;
}

/** Packages dpkg has a record of: installed ones and removed ones whose conffiles remain. */
function knownPackages(server: Server): Known[] {
  const residual = server.apt.residualConfig ?? {};
  const names = [...new Set([...Object.keys(server.packages), ...Object.keys(residual)])].sort();
  return names.map((name) => ({
    name,
    version: server.packages[name]?.version ?? residual[name] ?? '',
    abbrev: dpkgStatusAbbrev(server, name) ?? 'un',
  }));
}

const arch = (k: Pick<Known, 'name' | 'version'>) => getVersion(k.name, k.version)?.arch ?? 'amd64';
const synopsis = (name: string) => getPackage(name)?.description ?? '';

function result(stdout: string[], stderr: string[], exitCode = stderr.length ? 1 : 0): CommandResult {
  return {
    stdout: stdout.map((l) => `${l}\n`).join(''),
    stderr: stderr.map((l) => `${l}\n`).join(''),
    exitCode,
  };
}

/** `dpkg -l [PATTERN…]`. */
export function dpkgList(server: Server, patterns: readonly string[]): CommandResult {
  const all = knownPackages(server);
  const errors: string[] = [];
  let rows = all;
  if (patterns.length) {
    const res = patterns.map((p) => ({ p, re: fnmatchRegExp(p) }));
    for (const { p, re } of res)
      if (!all.some((k) => re.test(k.name))) errors.push(`dpkg-query: no packages found matching ${p}`);
    rows = all.filter((k) => res.some(({ re }) => re.test(k.name)));
  }
  if (rows.length === 0) return result([], errors);
  const width = (min: number, values: string[]) => Math.max(min, ...values.map((v) => v.length));
  const nw = width(
    14,
    rows.map((r) => r.name),
  );
  const vw = width(
    12,
    rows.map((r) => r.version),
  );
  const aw = width(12, rows.map(arch));
  const dw = width(
    33,
    rows.map((r) => synopsis(r.name)),
  );
  const head = [
    'Desired=Unknown/Install/Remove/Purge/Hold',
    '| Status=Not/Inst/Conf-files/Unpacked/halF-conf/Half-inst/trig-aWait/Trig-pend',
    '|/ Err?=(none)/Reinst-required (Status,Err: uppercase=bad)',
    `||/ ${'Name'.padEnd(nw)} ${'Version'.padEnd(vw)} ${'Architecture'.padEnd(aw)} Description`,
    `+++-${'='.repeat(nw)}-${'='.repeat(vw)}-${'='.repeat(aw)}-${'='.repeat(dw)}`,
  ];
  const body = rows.map(
    (r) =>
      `${r.abbrev}  ${r.name.padEnd(nw)} ${r.version.padEnd(vw)} ${arch(r).padEnd(aw)} ${synopsis(r.name)}`,
  );
  return result([...head, ...body], errors);
}

/** Every path a package owns, with the directories leading to them, as `dpkg -L` lists them. */
function ownedPaths(name: string, version: string): string[] {
  const paths = new Set<string>();
  for (const path of Object.keys(packageFiles(name, version, 0))) {
    const parts = path.split('/').filter(Boolean);
    for (let i = 1; i <= parts.length; i++) paths.add(`/${parts.slice(0, i).join('/')}`);
  }
  return ['/.', ...[...paths].sort()];
}

/** `dpkg -L PACKAGE…`. */
export function dpkgListFiles(server: Server, names: readonly string[]): CommandResult {
  const out: string[] = [];
  const errors: string[] = [];
  for (const name of names) {
    const installed = server.packages[name]?.version;
    const residual = server.apt.residualConfig?.[name];
    if (installed !== undefined) out.push(...ownedPaths(name, installed));
    else if (residual !== undefined)
      out.push(
        ...ownedPaths(name, residual).filter((p) => p.startsWith('/etc/') && server.fs[p]?.kind === 'file'),
      );
    else
      errors.push(
        `dpkg-query: package '${name}' is not installed`,
        'Use dpkg --contents (= dpkg-deb --contents) to list archive files contents.',
      );
  }
  return result(out, errors);
}

function statusWords(server: Server, name: string): string {
  const pkg = server.packages[name];
  if (!pkg) return 'deinstall ok config-files';
  return `${pkg.held ? 'hold' : 'install'} ok ${pkg.status ?? 'installed'}`;
}

/** `dpkg -s PACKAGE…`: the status file's stanza. */
export function dpkgStatus(server: Server, names: readonly string[]): CommandResult {
  const out: string[] = [];
  const errors: string[] = [];
  for (const name of names) {
    const version = server.packages[name]?.version ?? server.apt.residualConfig?.[name];
    if (version === undefined) {
      errors.push(
        `dpkg-query: package '${name}' is not installed and no information is available`,
        'Use dpkg --info (= dpkg-deb --info) to examine archive files.',
      );
      continue;
    }
    const info = getPackage(name);
    const meta = getVersion(name, version);
    if (out.length) out.push('');
    out.push(`Package: ${name}`, `Status: ${statusWords(server, name)}`);
    if (info?.essential) out.push('Essential: yes');
    if (info) out.push(`Priority: ${info.priority}`, `Section: ${info.section}`);
    if (meta) out.push(`Installed-Size: ${meta.installedSize}`);
    out.push(`Architecture: ${arch({ name, version })}`, `Version: ${version}`);
    if (meta?.provides.length) out.push(`Provides: ${meta.provides.join(', ')}`);
    if (meta?.depends.length) out.push(`Depends: ${formatDepends(meta.depends)}`);
    if (meta?.conflicts.length) out.push(`Conflicts: ${formatDepends(meta.conflicts.map((c) => [c]))}`);
    out.push(`Description: ${synopsis(name)}`);
  }
  return result(out, errors);
}

/** `dpkg -S PATTERN…`: which installed package owns a path (a bare word matches anywhere in it). */
export function dpkgSearch(server: Server, patterns: readonly string[]): CommandResult {
  const out: string[] = [];
  const errors: string[] = [];
  for (const pattern of patterns) {
    const glob = /[*?[]/.test(pattern);
    const re = fnmatchRegExp(glob || pattern.startsWith('/') ? pattern : `*${pattern}*`);
    const owners = new Map<string, string[]>();
    for (const [name, pkg] of Object.entries(server.packages).sort(([a], [b]) => (a < b ? -1 : 1)))
      for (const path of ownedPaths(name, pkg.version).slice(1))
        if (re.test(path)) owners.set(path, [...(owners.get(path) ?? []), name]);
    if (owners.size === 0) errors.push(`dpkg-query: no path found matching pattern ${pattern}`);
    for (const [path, names] of [...owners].sort(([a], [b]) => (a < b ? -1 : 1)))
      out.push(`${names.join(', ')}: ${path}`);
  }
  return result(out, errors);
}

const FIELDS: Readonly<Record<string, (server: Server, k: Known) => string>> = {
  Package: (_s, k) => k.name,
  'binary:Package': (_s, k) => k.name,
  Version: (_s, k) => k.version,
  Architecture: (_s, k) => arch(k),
  Status: (s, k) => statusWords(s, k.name),
  'db:Status-Abbrev': (_s, k) => `${k.abbrev} `,
  Description: (_s, k) => synopsis(k.name),
  'binary:Summary': (_s, k) => synopsis(k.name),
  'Installed-Size': (_s, k) => String(getVersion(k.name, k.version)?.installedSize ?? ''),
};

// dpkg-query's default --showformat, literally (the backslashes are expanded like any format's).
// biome-ignore lint/suspicious/noTemplateCurlyInString: dpkg's ${Field} syntax, not a template.
const DEFAULT_FORMAT = '${binary:Package}\\t${Version}\\n';

function backslashEscapes(format: string): string {
  return format.replace(/\\([nt\\])/g, (_m, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : '\\'));
}

/** `dpkg-query -W [-f FORMAT] [PATTERN…]`: `${Field}` and `${Field;WIDTH}` (negative pads on the right). */
export function dpkgShow(
  server: Server,
  patterns: readonly string[],
  format = DEFAULT_FORMAT,
): CommandResult {
  const all = knownPackages(server).filter((k) => k.abbrev !== 'rc' || patterns.length > 0);
  const res = patterns.map((p) => ({ p, re: fnmatchRegExp(p) }));
  const errors = res
    .filter(({ re }) => !all.some((k) => re.test(k.name)))
    .map(({ p }) => `dpkg-query: no packages found matching ${p}`);
  const rows = res.length ? all.filter((k) => res.some(({ re }) => re.test(k.name))) : all;
  const text = rows
    .map((k) =>
      backslashEscapes(format).replace(
        /\$\{([^};]+)(?:;(-?\d+))?\}/g,
        (_m, field: string, width?: string) => {
          const value = FIELDS[field]?.(server, k) ?? '';
          const w = Number(width ?? 0);
          return w < 0 ? value.padEnd(-w) : value.padStart(w);
        },
      ),
    )
    .join('');
  return { stdout: text, stderr: errors.map((e) => `${e}\n`).join(''), exitCode: errors.length ? 1 : 0 };
}
