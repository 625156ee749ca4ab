import { desiredForServer } from '../drift/desired';
import { contentPatch } from '../drift/patch';
import { databaseDrift, fileDrift, packageDrift, serviceDrift } from '../drift/resources';
import { fileSummary, serviceSummary } from '../drift/summary';
import type { DesiredState, DriftItem } from '../drift/types';
import type { Server, World } from '../model/types';
import { compareVersions } from '../packages';
import { type Actor, record, updateServer } from '../world/update';
import {
  changeUnit,
  migrateDatabase,
  pinPackage,
  purgePackage,
  removeFile,
  setAttributes,
  writeManagedFile,
} from './effects';
import { notifiedHandlers } from './handlers';
import type { ConvergeAction, ConvergeFailure, HostConverge } from './types';

/**
 * Converging one host, in the order of a playbook: packages, files, services, the database, then the
 * handlers. Each step reads the drift of the server as the previous steps left it and fixes exactly that,
 * so converge repairs what `drift` reports. Every change is one ledger entry.
 */
interface Run {
  world: World;
  host: string;
  actor: Actor;
  desired: DesiredState;
  purge: boolean;
  actions: ConvergeAction[];
  failures: ConvergeFailure[];
}

function current(run: Run): Server {
  return run.world.servers[run.host] as Server;
}

function apply(run: Run, action: ConvergeAction, change: (server: Server) => Server): void {
  const changed = updateServer(run.world, run.host, change);
  run.world = record(changed, run.host, run.actor, action.resource, action.before, action.after);
  run.actions.push(action);
}

function nameOf(item: DriftItem): string {
  return item.resource.slice(item.resource.indexOf(':') + 1);
}

function drifted(items: readonly DriftItem[], purge: boolean): DriftItem[] {
  return items.filter(
    (i) => i.status === 'MODIFIED' || i.status === 'MISSING' || (purge && i.status === 'UNMANAGED'),
  );
}

function convergePackages(run: Run): void {
  const now = run.world.now;
  for (const item of drifted(packageDrift(current(run), run.desired), run.purge)) {
    const name = nameOf(item);
    const want = run.desired.packages[name];
    if (item.status === 'UNMANAGED' || want === undefined) {
      apply(run, { resource: item.resource, action: 'remove', before: item.actual, after: null }, (s) =>
        purgePackage(s, name, run.desired, now),
      );
      continue;
    }
    const have = item.actual;
    const action = have === null ? 'install' : compareVersions(want, have) > 0 ? 'upgrade' : 'downgrade';
    apply(run, { resource: item.resource, action, before: have, after: want }, (s) =>
      pinPackage(s, name, want, run.desired, now),
    );
  }
}

function convergeFiles(run: Run): void {
  const now = run.world.now;
  for (const item of drifted(fileDrift(current(run), run.desired), run.purge)) {
    const path = nameOf(item);
    const wanted = run.desired.files[path];
    if (item.status === 'UNMANAGED' || !wanted) {
      apply(run, { resource: item.resource, action: 'remove', before: item.actual, after: null }, (s) =>
        removeFile(s, path),
      );
      continue;
    }
    const node = current(run).fs[path];
    if (node?.kind === 'dir') {
      run.failures.push({ resource: item.resource, code: 'IS_A_DIRECTORY', params: { path } });
      continue;
    }
    const after = fileSummary(wanted);
    if (node && node.content === wanted.content) {
      apply(run, { resource: item.resource, action: 'set-attributes', before: item.actual, after }, (s) =>
        setAttributes(s, path, wanted),
      );
      continue;
    }
    const patch = contentPatch(path, node?.content ?? '', wanted.content, 'before', 'after');
    apply(run, { resource: item.resource, action: 'write-file', before: item.actual, after, ...patch }, (s) =>
      writeManagedFile(s, path, wanted, now),
    );
  }
}

function changeService(run: Run, unit: string, action: 'start' | 'stop' | 'enable' | 'disable'): void {
  const now = run.world.now;
  const service = current(run).services[unit];
  if (!service) return;
  const after = changeUnit(current(run), unit, action, now).services[unit] ?? service;
  apply(
    run,
    { resource: `service:${unit}`, action, before: serviceSummary(service), after: serviceSummary(after) },
    (s) => changeUnit(s, unit, action, now),
  );
}

function convergeServices(run: Run): void {
  for (const item of drifted(serviceDrift(current(run), run.desired), run.purge)) {
    const unit = nameOf(item);
    const wanted = run.desired.services[unit];
    if (item.status === 'UNMANAGED' || !wanted) {
      changeService(run, unit, 'stop');
      if (current(run).services[unit]?.enabled) changeService(run, unit, 'disable');
      continue;
    }
    if (item.status === 'MISSING') {
      run.failures.push({ resource: item.resource, code: 'UNIT_NOT_FOUND', params: { unit } });
      continue;
    }
    const differs = (name: string) => item.properties?.some((p) => p.name === name) ?? false;
    if (differs('enabled')) changeService(run, unit, wanted.enabled ? 'enable' : 'disable');
    if (differs('state')) changeService(run, unit, wanted.state === 'running' ? 'start' : 'stop');
  }
}

function convergeDatabase(run: Run): void {
  const wanted = run.desired.database;
  if (!wanted) return;
  // An UNMANAGED database is never purged: dropping data is not converge's call.
  for (const item of drifted(databaseDrift(current(run), run.desired), false)) {
    apply(
      run,
      { resource: item.resource, action: 'migrate', before: item.actual, after: item.expected },
      (s) => migrateDatabase(s, wanted.name, wanted.schemaVersion),
    );
  }
}

function runHandlers(run: Run): void {
  const now = run.world.now;
  for (const { handler, by } of notifiedHandlers(run.actions)) {
    const service = current(run).services[handler.unit];
    if (service?.active !== 'active') continue;
    const summary = serviceSummary(service);
    apply(
      run,
      {
        resource: `service:${handler.unit}`,
        action: handler.change,
        before: summary,
        after: summary,
        notifiedBy: by,
      },
      (s) => changeUnit(s, handler.unit, handler.change, now),
    );
  }
}

export function isReachable(server: Server): boolean {
  return server.power === 'on' && server.reachable;
}

/** Converges one host of `world`; an unreachable host is reported and left exactly as it is. */
export function convergeHost(
  world: World,
  host: string,
  purge: boolean,
  actor: Actor,
): { world: World; result: HostConverge } {
  const server = world.servers[host];
  if (!server || !isReachable(server))
    return { world, result: { host, status: 'unreachable', actions: [], failures: [] } };
  const desired = desiredForServer(server, world.manifests[server.role], world.envVars);
  const run: Run = { world, host, actor, desired, purge, actions: [], failures: [] };
  convergePackages(run);
  convergeFiles(run);
  convergeServices(run);
  convergeDatabase(run);
  runHandlers(run);
  const status = run.actions.length > 0 ? 'changed' : 'ok';
  return { world: run.world, result: { host, status, actions: run.actions, failures: run.failures } };
}
