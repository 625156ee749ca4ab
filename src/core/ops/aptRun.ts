/**
 * The part every apt command shares: the guards (host, root, dpkg lock), then printing the plan like apt
 * (lists, summary, sizes, downloads), running dpkg, and logging to history.log and the ledger.
 */
import type { InstalledPackage, Server, World } from '../model/types';
import { type Action, type AptError, actionKind, formatAptError, getVersion, upgradable } from '../packages';
import type { Actor } from '../world/update';
import { commandlineOf, type HistoryChange, historyEntry } from './aptLogs';
import {
  archiveBytes,
  diskLine,
  type Frontend,
  fetchLines,
  headerLines,
  lockedLines,
  NOT_ROOT_LINES,
  PROMPT_ANSWERED,
  showList,
  sizeToStr,
  statsLines,
} from './aptOutput';
import { type DpkgAction, runDpkg } from './dpkg';
import { installedVersions, pendingConfigure, rebootRequired, repoOptions } from './dpkgState';
import { appendLog } from './fsCommon';
import { commitServer } from './ledgerDiff';
import { guardHost, type HostFailure, type ToolText, Transcript } from './outcome';

export interface AptRunOptions {
  actor: Actor;
  /** `apt` (default) or `apt-get`: `apt-get upgrade` never installs new packages. */
  frontend?: Frontend;
  /** `-y`: no prompt; without it the simulated learner answers the prompt with Y. */
  assumeYes?: boolean;
  allowChangeHeld?: boolean;
  allowDowngrades?: boolean;
  allowRemoveEssential?: boolean;
  /** The login user behind `sudo`, for history.log's `Requested-By:`. */
  requestedBy?: string;
  /** history.log's `Commandline:`; defaults to the actor's command without `sudo`. */
  commandline?: string;
  /** The caller is the process holding the dpkg lock (unattended-upgrades itself). */
  holdsLock?: boolean;
}

export type AptCode = 'OK' | 'NOT_ROOT' | 'LOCKED' | 'APT_ERROR' | 'DPKG_ERROR';

export interface AptReport extends ToolText {
  ok: boolean;
  code: AptCode;
  /** What changed, in history.log's terms. */
  changes: HistoryChange[];
  /** Packages dpkg left half-configured or unpacked. */
  failedPackages: string[];
  /** The resolver's error when `code` is APT_ERROR and it came from the package model. */
  aptError?: AptError;
  rebootRequired: boolean;
}

export type AptOutcome = AptReport | HostFailure;

export interface AptResult {
  world: World;
  outcome: AptOutcome;
}

export function isHostFailure(outcome: { code: string }): outcome is HostFailure {
  return outcome.code === 'HOST_UNKNOWN' || outcome.code === 'UNREACHABLE';
}

export function report(
  server: Server,
  t: Transcript,
  code: AptCode,
  exitCode: number,
  extra: Partial<AptReport> = {},
): AptReport {
  return {
    ok: exitCode === 0,
    code,
    changes: [],
    failedPackages: [],
    rebootRequired: rebootRequired(server),
    ...t.text(exitCode),
    ...extra,
  };
}

/** Host, root and lock checks; the server to act on, or the finished result. */
export function aptPrelude(world: World, host: string, opts: AptRunOptions): { server: Server } | AptResult {
  const guard = guardHost(world, host);
  if (!guard.ok) return { world, outcome: guard };
  const t = new Transcript();
  if (opts.actor.user !== 'root')
    return { world, outcome: report(guard.server, t.err(...NOT_ROOT_LINES), 'NOT_ROOT', 100) };
  const lock = guard.server.apt.lock;
  if (lock && !opts.holdsLock)
    return { world, outcome: report(guard.server, t.err(...lockedLines(lock)), 'LOCKED', 100) };
  return { server: guard.server };
}

/** Reports an apt error after apt's usual header (exit 100). */
export function aptFailure(world: World, server: Server, error: AptError, upgrade = false): AptResult {
  const t = new Transcript().out(...headerLines(upgrade));
  t.err(formatAptError(error.code, error.params as never));
  return { world, outcome: report(server, t, 'APT_ERROR', 100, { aptError: error }) };
}

export interface Transaction {
  kind: 'install' | 'upgrade' | 'remove';
  actions: readonly Action[];
  removals: readonly { name: string; version: string }[];
  purge: boolean;
  purgeResidual: readonly string[];
  keptBack: readonly string[];
  heldChanged: readonly string[];
  essential: readonly string[];
  /** Formatted notes (`nginx is already the newest version (…)`) and the autoremove hint. */
  notes: readonly string[];
}

function dpkgActions(actions: readonly Action[]): DpkgAction[] {
  return actions.map((a) => {
    const base = a.from === undefined ? { name: a.name, to: a.to } : { name: a.name, from: a.from, to: a.to };
    if (a.reason === 'requested') return { ...base, auto: false };
    return a.from === undefined ? { ...base, auto: true } : base;
  });
}

function historyChanges(tx: Transaction): HistoryChange[] {
  const changes: HistoryChange[] = tx.actions.map((a) => {
    const kind = actionKind(a);
    const auto = kind === 'install' && a.reason !== 'requested';
    return {
      name: a.name,
      ...(a.from === undefined ? {} : { from: a.from }),
      to: a.to,
      kind,
      ...(auto ? { auto } : {}),
    };
  });
  for (const r of tx.removals)
    changes.push({ name: r.name, from: r.version, kind: tx.purge ? 'purge' : 'remove' });
  return changes;
}

function sizeOf(name: string, version: string | undefined): number {
  return version === undefined ? 0 : (getVersion(name, version)?.installedSize ?? 500);
}

/** Packages after the transaction (for autoremove hints). */
export function packagesAfter(
  server: Server,
  actions: readonly Action[],
  removals: readonly { name: string }[],
) {
  const out: Record<string, InstalledPackage> = { ...server.packages };
  for (const r of removals) delete out[r.name];
  for (const a of dpkgActions(actions)) {
    const auto = a.auto ?? out[a.name]?.auto;
    out[a.name] = { version: a.to, held: out[a.name]?.held ?? false, ...(auto ? { auto: true } : {}) };
  }
  return out;
}

/** Prints the plan, runs dpkg and records the result. */
export function runTransaction(
  world: World,
  host: string,
  server: Server,
  tx: Transaction,
  opts: AptRunOptions,
): AptResult {
  const t = new Transcript().out(...headerLines(tx.kind === 'upgrade'), ...tx.notes);
  const byKind = (kind: string) => tx.actions.filter((a) => actionKind(a) === kind).map((a) => a.name);
  const additional =
    tx.kind === 'install' ? tx.actions.filter((a) => a.reason !== 'requested').map((a) => a.name) : [];
  const removed = [...tx.removals.map((r) => r.name), ...tx.purgeResidual].sort();
  t.out(
    ...showList('The following additional packages will be installed:', additional),
    ...showList(
      'The following packages will be REMOVED:',
      removed.map((n) => (tx.purge ? `${n}*` : n)),
    ),
    ...showList('The following NEW packages will be installed:', byKind('install')),
    ...showList('The following packages have been kept back:', tx.keptBack),
    ...showList('The following held packages will be changed:', tx.heldChanged),
    ...showList('The following packages will be upgraded:', byKind('upgrade')),
    ...showList('The following packages will be DOWNGRADED:', byKind('downgrade')),
  );
  const touched = new Set([...tx.actions.map((a) => a.name), ...removed]);
  const pending = pendingConfigure(server).filter((n) => !touched.has(n));
  const notUpgraded = upgradable(installedVersions(server), repoOptions(server)).filter(
    (e) => !touched.has(e.name),
  );
  t.out(
    ...statsLines({
      upgraded: byKind('upgrade').length,
      installed: byKind('install').length,
      reinstalled: byKind('reinstall').length,
      downgraded: byKind('downgrade').length,
      removed: removed.length,
      notUpgraded: notUpgraded.length,
      notFullyInstalled: pending.length,
    }),
  );
  const refuse = (text: string) => ({ world, outcome: report(server, t.err(text), 'APT_ERROR', 100) });
  if (tx.heldChanged.length > 0 && !opts.allowChangeHeld)
    return refuse(formatAptError('E_HELD_PACKAGES_CHANGED', { names: tx.heldChanged }));
  if (tx.essential.length > 0 && !opts.allowRemoveEssential)
    return refuse(formatAptError('E_REMOVE_ESSENTIAL', { names: tx.essential }));
  if (byKind('downgrade').length > 0 && opts.assumeYes && !opts.allowDowngrades)
    return refuse('E: Packages were downgraded and -y was used without --allow-downgrades.');
  if (touched.size === 0 && pending.length === 0) return { world, outcome: report(server, t, 'OK', 0) };

  const download = tx.actions.reduce((sum, a) => sum + archiveBytes(a.name, a.to), 0);
  if (download > 0) t.out(`Need to get ${sizeToStr(download)} of archives.`);
  let deltaKib = 0;
  for (const a of tx.actions) deltaKib += sizeOf(a.name, a.to) - sizeOf(a.name, a.from);
  for (const r of tx.removals) deltaKib -= sizeOf(r.name, r.version);
  t.out(diskLine(deltaKib * 1024));
  const prompt = tx.kind !== 'install' || additional.length > 0 || removed.length > 0;
  if (prompt && !opts.assumeYes && touched.size > 0) t.out(PROMPT_ANSWERED);
  t.out(...fetchLines(tx.actions.map((a) => ({ name: a.name, version: a.to }))));

  const plan = {
    removals: tx.removals,
    purge: tx.purge,
    purgeResidual: tx.purgeResidual,
    actions: dpkgActions(tx.actions),
    reconfigure: pending,
  };
  const dpkg = runDpkg(server, plan, world.now, { hosts: world.order });
  t.lines.push(...dpkg.transcript.lines);
  const error = dpkg.failed.length > 0 ? 'Sub-process /usr/bin/dpkg returned an error code (1)' : undefined;
  if (error) t.err(`E: ${error}`);
  const changes = historyChanges(tx);
  const commandline = opts.commandline ?? commandlineOf(opts.actor.command);
  const fs = { ...dpkg.server.fs };
  appendLog(
    fs,
    '/var/log/apt/history.log',
    historyEntry(server, world.now, commandline, opts.requestedBy, changes, error),
    world.now,
  );
  const after: Server = { ...dpkg.server, fs };
  const next = commitServer(world, host, opts.actor, after);
  const code = error ? 'DPKG_ERROR' : 'OK';
  return {
    world: next,
    outcome: report(after, t, code, error ? 100 : 0, { changes, failedPackages: dpkg.failed }),
  };
}
