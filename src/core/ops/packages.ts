/**
 * apt, apt-get, apt-mark and `dpkg --configure -a` on one host: resolve with the package model, then change
 * the server the way dpkg does (files, conffiles, maintainer-script restarts, kernels), with apt's output,
 * history.log/dpkg.log lines and a ledger entry per package and unit that changed.
 */
import type { Server, World } from '../model/types';
import {
  formatAptNote,
  type InstallRequest,
  resolveInstall,
  resolveRemove,
  resolveUpgrade,
  upgradable,
} from '../packages';
import { updateServer } from '../world/update';
import {
  autoremoveHint,
  dpkgLockedLines,
  type Frontend,
  headerLines,
  updateLines,
  upgradableLine,
} from './aptOutput';
import {
  type AptResult,
  type AptRunOptions,
  aptFailure,
  aptPrelude,
  packagesAfter,
  report,
  runTransaction,
} from './aptRun';
import { runDpkg } from './dpkg';
import { autoremovable, installedVersions, pendingConfigure, repoOptions } from './dpkgState';
import { commitServer } from './ledgerDiff';
import { guardHost, Transcript } from './outcome';

export type { HistoryChange as PackageChange } from './aptLogs';
export type { AptCode, AptOutcome, AptReport, AptResult, AptRunOptions } from './aptRun';
export { isHostFailure } from './aptRun';

function hint(server: Server, after: Server['packages']): string[] {
  return autoremoveHint(autoremovable(server, after));
}

/** `apt install NAME[=VERSION]...` */
export function aptInstall(
  world: World,
  host: string,
  requests: readonly InstallRequest[],
  opts: AptRunOptions,
): AptResult {
  const pre = aptPrelude(world, host, opts);
  if (!('server' in pre)) return pre;
  const { server } = pre;
  const plan = resolveInstall(installedVersions(server), requests, repoOptions(server));
  if (!plan.ok) return aptFailure(world, server, plan.error);
  const notes = plan.notes.map((n) => formatAptNote(n.code, n.params as never));
  const tx = {
    kind: 'install' as const,
    actions: plan.actions,
    removals: plan.removals,
    purge: false,
    purgeResidual: [],
    keptBack: [],
    heldChanged: plan.heldChanged,
    essential: [],
    notes: [...notes, ...hint(server, packagesAfter(server, plan.actions, plan.removals))],
  };
  return runTransaction(world, host, server, tx, opts);
}

/** `apt upgrade` (may install new packages), `apt-get upgrade` (may not), `apt full-upgrade` (may remove). */
export function aptUpgrade(world: World, host: string, opts: AptRunOptions & { full?: boolean }): AptResult {
  const pre = aptPrelude(world, host, opts);
  if (!('server' in pre)) return pre;
  const { server } = pre;
  const mode = opts.full ? 'full-upgrade' : opts.frontend === 'apt-get' ? 'upgrade' : 'upgrade-with-new';
  const plan = resolveUpgrade(installedVersions(server), mode, repoOptions(server));
  const tx = {
    kind: 'upgrade' as const,
    actions: plan.actions,
    removals: plan.removals,
    purge: false,
    purgeResidual: [],
    keptBack: plan.keptBack,
    heldChanged: [],
    essential: [],
    notes: hint(server, packagesAfter(server, plan.actions, plan.removals)),
  };
  return runTransaction(world, host, server, tx, opts);
}

/**
 * `apt remove`, `apt purge` (also purges what a remove left behind) and `apt autoremove` (no names, or
 * together with them: `apt remove --autoremove`).
 */
export function aptRemove(
  world: World,
  host: string,
  names: readonly string[],
  opts: AptRunOptions & { purge?: boolean; autoremove?: boolean },
): AptResult {
  const pre = aptPrelude(world, host, opts);
  if (!('server' in pre)) return pre;
  const { server } = pre;
  const residual = server.apt.residualConfig ?? {};
  const purgeResidual = opts.purge
    ? names.filter((n) => !server.packages[n] && residual[n] !== undefined)
    : [];
  const asked = names.filter((n) => !purgeResidual.includes(n));
  const plan = resolveRemove(installedVersions(server), asked, repoOptions(server));
  if (!plan.ok) return aptFailure(world, server, plan.error);
  const removals = [...plan.removals];
  const after = packagesAfter(server, [], removals);
  if (opts.autoremove) {
    for (const name of autoremovable(server, after))
      if (!removals.some((r) => r.name === name))
        removals.push({ name, version: after[name]?.version ?? '', reason: 'dependency' });
    removals.sort((a, b) => (a.name < b.name ? -1 : 1));
  }
  const notes = plan.notes.map((n) => formatAptNote(n.code, n.params as never));
  const tx = {
    kind: 'remove' as const,
    actions: [],
    removals,
    purge: opts.purge ?? false,
    purgeResidual,
    keptBack: [],
    heldChanged: plan.heldChanged,
    essential: plan.essential,
    notes: opts.autoremove ? notes : [...notes, ...hint(server, after)],
  };
  return runTransaction(world, host, server, tx, opts);
}

/** `apt update` / `apt-get update`: refreshes the lists (not blocked by the dpkg lock, as on Debian). */
export function aptUpdate(
  world: World,
  host: string,
  opts: Pick<AptRunOptions, 'actor' | 'frontend'>,
): AptResult {
  const pre = aptPrelude(world, host, { ...opts, holdsLock: true });
  if (!('server' in pre)) return pre;
  const { server } = pre;
  const t = new Transcript().out(
    ...updateLines(repoOptions(server).sources ?? [], server.apt.updatedAt === null),
  );
  const frontend: Frontend = opts.frontend ?? 'apt';
  if (frontend === 'apt-get') t.out('Reading package lists... Done');
  else {
    const count = upgradable(installedVersions(server), repoOptions(server)).length;
    t.out(...headerLines(false), upgradableLine(count));
  }
  // Refreshing the lists changes no configuration: no ledger entry, as history.log has none either.
  const updated = updateServer(world, host, (s) => ({ ...s, apt: { ...s.apt, updatedAt: world.now } }));
  return { world: updated, outcome: report(server, t, 'OK', 0) };
}

function mark(
  world: World,
  host: string,
  names: readonly string[],
  held: boolean,
  opts: Pick<AptRunOptions, 'actor'>,
): AptResult {
  const guard = guardHost(world, host);
  if (!guard.ok) return { world, outcome: guard };
  const server = guard.server;
  const t = new Transcript();
  if (opts.actor.user !== 'root') {
    t.err(
      'dpkg: error: requested operation requires superuser privilege',
      'E: Executing dpkg failed. Are you root?',
    );
    return { world, outcome: report(server, t, 'NOT_ROOT', 100) };
  }
  const packages = { ...server.packages };
  for (const name of names) {
    const pkg = packages[name];
    if (!pkg) {
      t.err(`E: Unable to locate package ${name}`);
      return { world, outcome: report(server, t, 'APT_ERROR', 100) };
    }
    if (pkg.held === held)
      t.out(held ? `${name} was already set on hold.` : `${name} was already not on hold.`);
    else {
      packages[name] = { ...pkg, held };
      t.out(held ? `${name} set on hold.` : `Canceled hold on ${name}.`);
    }
  }
  const next = commitServer(world, host, opts.actor, { ...server, packages });
  return { world: next, outcome: report(server, t, 'OK', 0) };
}

/** `apt-mark hold NAME...`: upgrades keep it back, and installing another version refuses. */
export function aptMarkHold(
  world: World,
  host: string,
  names: readonly string[],
  opts: Pick<AptRunOptions, 'actor'>,
): AptResult {
  return mark(world, host, names, true, opts);
}

export function aptMarkUnhold(
  world: World,
  host: string,
  names: readonly string[],
  opts: Pick<AptRunOptions, 'actor'>,
): AptResult {
  return mark(world, host, names, false, opts);
}

/** `dpkg --configure -a`: retries packages whose configuration failed (exit 1 if one fails again). */
export function dpkgConfigurePending(
  world: World,
  host: string,
  opts: Pick<AptRunOptions, 'actor' | 'holdsLock'>,
): AptResult {
  const guard = guardHost(world, host);
  if (!guard.ok) return { world, outcome: guard };
  const server = guard.server;
  if (opts.actor.user !== 'root') {
    const t = new Transcript().err('dpkg: error: requested operation requires superuser privilege');
    return { world, outcome: report(server, t, 'NOT_ROOT', 2) };
  }
  if (server.apt.lock && !opts.holdsLock)
    return {
      world,
      outcome: report(server, new Transcript().err(...dpkgLockedLines(server.apt.lock)), 'LOCKED', 2),
    };
  const reconfigure = pendingConfigure(server);
  if (reconfigure.length === 0) return { world, outcome: report(server, new Transcript(), 'OK', 0) };
  const plan = { removals: [], purge: false, purgeResidual: [], actions: [], reconfigure };
  const dpkg = runDpkg(server, plan, world.now, { hosts: world.order });
  const next = commitServer(world, host, opts.actor, dpkg.server);
  const code = dpkg.failed.length > 0 ? 'DPKG_ERROR' : 'OK';
  return {
    world: next,
    outcome: report(dpkg.server, dpkg.transcript, code, dpkg.failed.length > 0 ? 1 : 0, {
      failedPackages: dpkg.failed,
    }),
  };
}
