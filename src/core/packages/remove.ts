/** `apt remove` / `apt purge` as a pure function, including essential and protected packages. */
import { satisfiesConstraint } from './depends';
import type { AptError, AptNote } from './errors';
import { getPackage, getVersion } from './repository';
import type { RemovalReason } from './solver';
import type { DependencyClause, Installed, RepoOptions } from './types';

export interface RemoveSuccess {
  ok: true;
  /** Requested packages first-class, plus installed packages that depend on them (cascade). */
  removals: { name: string; version: string; reason: RemovalReason }[];
  /**
   * Essential (or apt's own Important) packages in the plan. apt then prints a WARNING and asks for
   * "Yes, do as I say!"; with -y it fails with E_REMOVE_ESSENTIAL unless --allow-remove-essential.
   */
  essential: string[];
  heldChanged: string[];
  notes: AptNote[];
}

export type RemoveResult = RemoveSuccess | { ok: false; error: AptError };

function satisfied(clause: DependencyClause, pkgs: Map<string, string>, opts: RepoOptions): boolean {
  return clause.some((alt) => {
    const v = pkgs.get(alt.name);
    if (v !== undefined) return satisfiesConstraint(v, alt.constraint);
    if (alt.constraint !== undefined) return false;
    return [...pkgs].some(([n, ver]) => getVersion(n, ver, opts)?.provides.includes(alt.name));
  });
}

/** Mirrors `apt remove NAME...`: removes the packages and everything left without a dependency. */
export function resolveRemove(
  installed: Installed,
  names: readonly string[],
  opts: RepoOptions = {},
): RemoveResult {
  const notes: AptNote[] = [];
  const pkgs = new Map(Object.entries(installed).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const removals: RemoveSuccess['removals'] = [];
  for (const name of names) {
    const version = pkgs.get(name);
    if (version === undefined) {
      if (!getPackage(name, opts) && !Object.hasOwn(installed, name)) {
        return { ok: false, error: { code: 'E_UNABLE_TO_LOCATE', params: { name } } };
      }
      if (!removals.some((r) => r.name === name)) notes.push({ code: 'N_NOT_INSTALLED', params: { name } });
      continue;
    }
    pkgs.delete(name);
    removals.push({ name, version, reason: 'requested' });
  }
  const before = new Map(Object.entries(installed));
  let changed = removals.length > 0;
  while (changed) {
    changed = false;
    for (const [name, version] of pkgs) {
      const deps = getVersion(name, version, opts)?.depends ?? [];
      const broken = deps.some((clause) => satisfied(clause, before, opts) && !satisfied(clause, pkgs, opts));
      if (broken) {
        pkgs.delete(name);
        removals.push({ name, version, reason: 'dependency' });
        changed = true;
      }
    }
  }
  const info = removals.map((r) => ({ name: r.name, pkg: getPackage(r.name, opts) }));
  const protectedNames = info.filter((i) => i.pkg?.protected).map((i) => i.name);
  if (protectedNames.length > 0) {
    return { ok: false, error: { code: 'E_REMOVE_PROTECTED', params: { names: protectedNames.sort() } } };
  }
  const essential = info.filter((i) => i.pkg?.essential || i.pkg?.important).map((i) => i.name);
  const holds = new Set(opts.holds ?? []);
  const heldChanged = removals.map((r) => r.name).filter((n) => holds.has(n));
  removals.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { ok: true, removals, essential: essential.sort(), heldChanged: heldChanged.sort(), notes };
}
