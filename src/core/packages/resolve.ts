/**
 * `apt install` and `apt upgrade` / `apt-get upgrade` / `apt full-upgrade` as pure functions:
 * installed packages in, a plan (or an apt error code) out.
 */
import type { AptError, AptNote } from './errors';
import { availableVersions, getPackage, packageNames, providersOf } from './repository';
import {
  type ActionReason,
  candidateOf,
  newSolver,
  type RemovalReason,
  type SolverState,
  solve,
} from './solver';
import type { Installed, RepoOptions } from './types';
import { compareVersions } from './version';

export type { ActionReason, RemovalReason } from './solver';

export interface InstallRequest {
  name: string;
  version?: string;
}

export interface Action {
  name: string;
  /** Installed version before; absent for a new install. */
  from?: string;
  to: string;
  reason: ActionReason;
}

export interface Removal {
  name: string;
  version: string;
  reason: RemovalReason;
}

export interface ResolveSuccess {
  ok: true;
  /** Installs, upgrades and downgrades, sorted by name. */
  actions: Action[];
  removals: Removal[];
  /** Upgradable packages left alone ("The following packages have been kept back:"). */
  keptBack: string[];
  /** Held packages this plan changes: apt asks, and with -y fails with E_HELD_PACKAGES_CHANGED. */
  heldChanged: string[];
  notes: AptNote[];
}

export type ResolveResult = ResolveSuccess | { ok: false; error: AptError };

/**
 * - `upgrade`: `apt-get upgrade` — no new packages, no removals.
 * - `upgrade-with-new`: `apt upgrade` — may install new packages (e.g. a new kernel ABI), no removals.
 * - `full-upgrade`: `apt full-upgrade` / `apt-get dist-upgrade` — may install and remove.
 */
export type UpgradeMode = 'upgrade' | 'upgrade-with-new' | 'full-upgrade';

export type ActionKind = 'install' | 'upgrade' | 'downgrade' | 'reinstall';

export function actionKind(a: Action): ActionKind {
  if (a.from === undefined) return 'install';
  const c = compareVersions(a.to, a.from);
  return c > 0 ? 'upgrade' : c < 0 ? 'downgrade' : 'reinstall';
}

function isReferenced(name: string, opts: RepoOptions): boolean {
  return packageNames(opts).some((other) =>
    availableVersions(other, opts).some((v) =>
      v.depends.some((clause) => clause.some((alt) => alt.name === name)),
    ),
  );
}

function plan(s: SolverState, keptBack: string[], notes: AptNote[], upgrading: boolean): ResolveSuccess {
  const actions: Action[] = [];
  const removals: Removal[] = [];
  const heldChanged: string[] = [];
  for (const name of [...s.decisions.keys()].sort()) {
    const d = s.decisions.get(name);
    const from = Object.hasOwn(s.installed, name) ? s.installed[name] : undefined;
    if (!d) continue;
    if (s.holds.has(name)) heldChanged.push(name);
    if (d.kind === 'remove') {
      if (from !== undefined) removals.push({ name, version: from, reason: d.reason });
      continue;
    }
    const reason = upgrading ? (from !== undefined ? 'upgrade' : 'dependency') : d.reason;
    actions.push(
      from !== undefined ? { name, from, to: d.version, reason } : { name, to: d.version, reason },
    );
  }
  return { ok: true, actions, removals, keptBack: keptBack.sort(), heldChanged, notes };
}

/** Mirrors `apt install NAME[=VERSION]...`. */
export function resolveInstall(
  installed: Installed,
  requests: readonly InstallRequest[],
  opts: RepoOptions = {},
): ResolveResult {
  const s = newSolver(installed, opts, { allowNew: true, allowRemove: true, allowHeld: true });
  const notes: AptNote[] = [];
  for (const req of requests) {
    let name = req.name;
    const current = Object.hasOwn(installed, name) ? installed[name] : undefined;
    if (availableVersions(name, opts).length === 0 && current === undefined) {
      const providers = getPackage(name, opts) ? [] : providersOf(name, opts);
      const distinct = [...new Set(providers.map((p) => p.name))];
      if (distinct.length === 1 && req.version === undefined && distinct[0] !== undefined) {
        notes.push({ code: 'N_SELECTING_INSTEAD', params: { virtual: name, name: distinct[0] } });
        name = distinct[0];
      } else if (providers.length > 0 || (getPackage(name, opts) && isReferenced(name, opts))) {
        return { ok: false, error: { code: 'E_NO_INSTALLATION_CANDIDATE', params: { name, providers } } };
      } else {
        return { ok: false, error: { code: 'E_UNABLE_TO_LOCATE', params: { name } } };
      }
    }
    const installedNow = Object.hasOwn(installed, name) ? installed[name] : undefined;
    let target: string | undefined;
    if (req.version !== undefined) {
      const known = availableVersions(name, opts).some((v) => v.version === req.version);
      if (!known && req.version !== installedNow) {
        return { ok: false, error: { code: 'E_VERSION_NOT_FOUND', params: { name, version: req.version } } };
      }
      target = req.version;
    } else {
      target = candidateOf(s, name);
    }
    if (target === undefined) {
      return { ok: false, error: { code: 'E_NO_INSTALLATION_CANDIDATE', params: { name, providers: [] } } };
    }
    s.decisions.delete(name);
    s.locked.add(name);
    if (target === installedNow) {
      notes.push({ code: 'N_ALREADY_NEWEST', params: { name, version: target } });
    } else {
      s.decisions.set(name, { kind: 'set', version: target, reason: 'requested' });
    }
  }
  if (!solve(s)) {
    return { ok: false, error: { code: 'E_UNMET_DEPENDENCIES', params: { problems: s.failure ?? [] } } };
  }
  return plan(s, [], notes, false);
}

/** Mirrors `apt-get upgrade`, `apt upgrade` and `apt full-upgrade`. Held packages are kept back. */
export function resolveUpgrade(
  installed: Installed,
  mode: UpgradeMode,
  opts: RepoOptions = {},
): ResolveSuccess {
  const s = newSolver(installed, opts, {
    allowNew: mode !== 'upgrade',
    allowRemove: mode === 'full-upgrade',
    allowHeld: false,
  });
  const keptBack: string[] = [];
  for (const name of Object.keys(installed).sort()) {
    const from = installed[name];
    const to = candidateOf(s, name);
    if (from === undefined || to === undefined || compareVersions(to, from) <= 0 || s.decisions.has(name))
      continue;
    if (s.holds.has(name)) {
      keptBack.push(name);
      continue;
    }
    s.decisions.set(name, { kind: 'set', version: to, reason: 'upgrade' });
    if (!solve(s)) {
      s.decisions.delete(name);
      keptBack.push(name);
    }
  }
  return plan(s, keptBack, [], true);
}
