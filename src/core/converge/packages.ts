import { packageDrift } from '../drift/resources';
import type { Server } from '../model/types';
import { type DpkgAction, type DpkgPlan, runDpkg } from '../ops/dpkg';
import { installedVersions, pendingConfigure, repoOptions } from '../ops/dpkgState';
import { commitServer } from '../ops/ledgerDiff';
import {
  type Action,
  actionKind,
  formatAptError,
  type InstallRequest,
  resolveInstall,
  resolveRemove,
} from '../packages';
import { adopt, current, nameOf, type Run, toConverge } from './run';
import type { ConvergeAction } from './types';

/**
 * The packages step, as Ansible's apt module runs it: one apt transaction that pins every declared package
 * to its exact version (downgrades and new siblings included), and with purge one `apt purge` of the
 * UNMANAGED ones. dpkg's own effects come from `ops/dpkg` (conffiles kept, units restarted by the postinst
 * through the start check, half-configured on failure); its ledger entries carry converge's actor.
 */

function dpkgActions(actions: readonly Action[]): DpkgAction[] {
  return actions.map((a) => ({
    name: a.name,
    ...(a.from === undefined ? {} : { from: a.from }),
    to: a.to,
    ...(a.reason === 'requested' ? { auto: false } : a.from === undefined ? { auto: true } : {}),
  }));
}

function packageLabel(server: Server, name: string): string | null {
  const pkg = server.packages[name];
  if (!pkg) return null;
  return pkg.status && pkg.status !== 'installed' ? `${pkg.version} (${pkg.status})` : pkg.version;
}

/** What dpkg changed, as converge actions (one per package whose version or state moved). */
function packageActions(before: Server, after: Server): ConvergeAction[] {
  const names = [...new Set([...Object.keys(before.packages), ...Object.keys(after.packages)])].sort();
  return names.flatMap((name): ConvergeAction[] => {
    const from = packageLabel(before, name);
    const to = packageLabel(after, name);
    if (from === to) return [];
    const resource = `package:${name}`;
    if (to === null) return [{ resource, action: 'remove', before: from, after: null }];
    const fromVersion = before.packages[name]?.version;
    const toVersion = after.packages[name]?.version ?? '';
    const kind =
      fromVersion === undefined || fromVersion === toVersion
        ? 'install'
        : actionKind({ name, from: fromVersion, to: toVersion, reason: 'requested' });
    return [{ resource, action: kind === 'reinstall' ? 'install' : kind, before: from, after: to }];
  });
}

function runPlan(run: Run, plan: DpkgPlan): void {
  if (plan.actions.length + plan.removals.length + plan.reconfigure.length === 0) return;
  const before = current(run);
  const result = runDpkg(before, plan, run.world.now, { hosts: run.world.order });
  adopt(
    run,
    commitServer(run.world, run.host, run.actor, result.server),
    packageActions(before, result.server),
  );
  for (const name of result.failed)
    run.failures.push({ resource: `package:${name}`, code: 'DPKG_ERROR', params: { package: name } });
}

const EMPTY_PLAN: DpkgPlan = { removals: [], purge: false, purgeResidual: [], actions: [], reconfigure: [] };

export function convergePackages(run: Run): void {
  const server = current(run);
  const items = toConverge(run, packageDrift(server, run.desired));
  if (items.length === 0) return;
  if (server.apt.lock) {
    const { holder, pid } = server.apt.lock;
    run.failures.push({ resource: 'package:*', code: 'LOCKED', params: { holder, pid: String(pid) } });
    return;
  }
  const unmanaged = items.filter((i) => i.status === 'UNMANAGED').map(nameOf);
  if (unmanaged.length > 0) {
    const removal = resolveRemove(installedVersions(server), unmanaged, repoOptions(server));
    if (removal.ok) runPlan(run, { ...EMPTY_PLAN, removals: removal.removals, purge: true });
    else
      run.failures.push({
        resource: 'package:*',
        code: 'APT_ERROR',
        params: { message: formatAptError(removal.error.code, removal.error.params as never) },
      });
  }
  const declared = items.filter((i) => i.status !== 'UNMANAGED').map(nameOf);
  if (declared.length === 0) return;
  const now = current(run);
  // Only versions that differ are requested; a declared package left half-configured is configured again.
  const requests: InstallRequest[] = declared.flatMap((name) => {
    const version = run.desired.packages[name] as string;
    return now.packages[name]?.version === version ? [] : [{ name, version }];
  });
  const install = resolveInstall(installedVersions(now), requests, repoOptions(now));
  if (!install.ok) {
    const message = formatAptError(install.error.code, install.error.params as never);
    run.failures.push({ resource: 'package:*', code: 'APT_ERROR', params: { message } });
    return;
  }
  if (install.heldChanged.length > 0) {
    run.failures.push({
      resource: 'package:*',
      code: 'HELD',
      params: { names: install.heldChanged.join(' ') },
    });
    return;
  }
  const reconfigure = pendingConfigure(now).filter((name) => !install.actions.some((a) => a.name === name));
  runPlan(run, {
    ...EMPTY_PLAN,
    actions: dpkgActions(install.actions),
    removals: install.removals,
    reconfigure,
  });
}

/** `dpkg --configure -a` at the end of the run: a postinst that failed on the old config may pass now. */
export function configurePending(run: Run): void {
  const pending = pendingConfigure(current(run)).filter((name) => Object.hasOwn(run.desired.packages, name));
  if (pending.length > 0) runPlan(run, { ...EMPTY_PLAN, reconfigure: pending });
}
