/**
 * dpkg's effect on the filesystem. A new version replaces the package's files; conffiles (files under /etc)
 * follow dpkg's rule with `--force-confold`: an unmodified conffile takes the new version, one the admin
 * changed is kept (the package's version lands beside it as `.dpkg-dist`), one the admin deleted stays
 * deleted. Remove keeps conffiles; purge deletes them. Works on a private copy of the fs map.
 */
import { dirname } from '../model/paths';
import type { FsNode } from '../model/types';
import { filesOfPackage } from '../world/packageFiles';
import type { FsMap } from './fsCommon';
import { kernelFiles } from './kernel';

/** Every file and directory a package version owns. */
export function packageFiles(name: string, version: string, mtime: number): Readonly<FsMap> {
  const kernel = kernelFiles(name, version, mtime);
  const files = filesOfPackage(name, version, mtime);
  return Object.keys(kernel).length === 0 ? files : { ...files, ...kernel };
}

export function isConffile(path: string, node: FsNode | undefined): boolean {
  return node?.kind === 'file' && path.startsWith('/etc/');
}

/** Paths owned by a set of installed packages. */
export function ownedPaths(packages: Readonly<Record<string, string>>): Set<string> {
  const owned = new Set<string>();
  for (const [name, version] of Object.entries(packages))
    for (const path of Object.keys(packageFiles(name, version, 0))) owned.add(path);
  return owned;
}

/** The installed package that ships `path`, with its version: what `dpkg -S PATH` answers. */
export function installedOwner(
  packages: Readonly<Record<string, { version: string }>>,
  path: string,
): { name: string; version: string } | undefined {
  for (const [name, pkg] of Object.entries(packages))
    if (Object.hasOwn(packageFiles(name, pkg.version, 0), path)) return { name, version: pkg.version };
  return undefined;
}

function conffileNotice(path: string, shippedBefore: boolean): string[] {
  return [
    '',
    `Configuration file '${path}'`,
    shippedBefore
      ? ' ==> Modified (by you or by a script) since installation.'
      : ' ==> File on system created by you or by a script.',
    shippedBefore
      ? ' ==> Package distributor has shipped an updated version.'
      : ' ==> File also in package provided by package maintainer.',
    ' ==> Keeping old config file as default.',
  ];
}

function placeConffile(fs: FsMap, path: string, node: FsNode, shipped: FsNode | undefined): string[] {
  const current = fs[path];
  if (!current) {
    // A conffile the admin deleted stays deleted on upgrade; a fresh install gets it.
    if (!shipped) fs[path] = node;
    return [];
  }
  if (current.kind !== 'file' || node.kind !== 'file' || current.content === node.content) return [];
  const before = shipped?.kind === 'file' ? shipped.content : undefined;
  if (before !== undefined && current.content === before) {
    fs[path] = node;
    return [];
  }
  if (before === node.content) return [];
  fs[`${path}.dpkg-dist`] = node;
  return conffileNotice(path, before !== undefined);
}

/**
 * Unpacks `name` at `to` over `from` (or over the conffiles a removed version left). Returns dpkg's
 * conffile notices, printed when the package is set up.
 */
export function unpackFiles(
  fs: FsMap,
  name: string,
  from: string | undefined,
  to: string,
  now: number,
  owned: ReadonlySet<string>,
): string[] {
  const fresh = packageFiles(name, to, now);
  const old = from === undefined ? {} : packageFiles(name, from, 0);
  const notices: string[] = [];
  for (const [path, node] of Object.entries(fresh)) {
    if (isConffile(path, node)) notices.push(...placeConffile(fs, path, node, old[path]));
    else if (node.kind === 'dir') fs[path] ??= node;
    else if (fs[path]?.kind !== 'dir') fs[path] = node;
  }
  const obsolete = Object.keys(old).filter((path) => !Object.hasOwn(fresh, path));
  removeUnowned(fs, obsolete, owned, false);
  return notices;
}

/**
 * Deletes the files of `name` at `version` that no remaining package owns. Conffiles stay unless purging.
 * Returns dpkg's warnings about directories left behind because they still hold someone's files.
 */
export function removeFiles(
  fs: FsMap,
  name: string,
  version: string,
  owned: ReadonlySet<string>,
  purge: boolean,
): string[] {
  const paths = Object.keys(packageFiles(name, version, 0));
  const kept = removeUnowned(fs, paths, owned, purge);
  return kept
    .filter((d) => purge || !d.startsWith('/etc/'))
    .map((d) => `dpkg: warning: while removing ${name}, directory '${d}' not empty so not removed`);
}

/** Removes files then empty directories (deepest first); returns the non-empty directories it had to keep. */
function removeUnowned(
  fs: FsMap,
  paths: readonly string[],
  owned: ReadonlySet<string>,
  purge: boolean,
): string[] {
  const dirs: string[] = [];
  for (const path of paths) {
    const node = fs[path];
    if (!node || owned.has(path)) continue;
    if (node.kind === 'dir') dirs.push(path);
    else if (!isConffile(path, node) || purge) {
      delete fs[path];
      if (purge) {
        delete fs[`${path}.dpkg-dist`];
        delete fs[`${path}.dpkg-old`];
      }
    }
  }
  if (dirs.length === 0) return [];
  const children = new Map<string, number>();
  for (const path of Object.keys(fs)) {
    if (path === '/') continue;
    const parent = dirname(path);
    children.set(parent, (children.get(parent) ?? 0) + 1);
  }
  const kept: string[] = [];
  for (const d of dirs.sort((a, b) => b.length - a.length)) {
    if ((children.get(d) ?? 0) > 0) {
      kept.push(d);
      continue;
    }
    delete fs[d];
    const parent = dirname(d);
    children.set(parent, (children.get(parent) ?? 1) - 1);
  }
  return kept.sort();
}
