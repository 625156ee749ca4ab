import { desiredForServer } from '../drift/desired';
import { contentPatch } from '../drift/patch';
import { databaseDrift, fileDrift } from '../drift/resources';
import { driftOfServer } from '../drift/serverDrift';
import { fileSummary } from '../drift/summary';
import type { Server, World } from '../model/types';
import { migrateSchema } from '../ops/database';
import type { Actor } from '../world/update';
import { createDatabase, removeFile, setAttributes, writeManagedFile } from './effects';
import { configurePending, convergePackages } from './packages';
import { adopt, apply, current, nameOf, type Run, toConverge } from './run';
import { convergeServices, runHandlers } from './services';
import type { HostConverge } from './types';

/**
 * Converging one host, in the order of a playbook: packages, files, services, the database, then the
 * handlers. Each step reads the drift of the server as the previous steps left it and fixes exactly that,
 * so converge repairs what `drift` reports. Every change is recorded in the ledger under the run's actor.
 */

function convergeFiles(run: Run): void {
  const now = run.world.now;
  for (const item of toConverge(run, fileDrift(current(run), run.desired))) {
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

function convergeDatabase(run: Run): void {
  const wanted = run.desired.database;
  if (!wanted) return;
  // An UNMANAGED database is never purged: dropping data is not converge's call.
  for (const item of databaseDrift(current(run), run.desired)) {
    const action = {
      resource: item.resource,
      action: 'migrate' as const,
      before: item.actual,
      after: item.expected,
    };
    if (item.status === 'MISSING') {
      apply(run, action, (s) => createDatabase(s, wanted.name, wanted.schemaVersion));
    } else if (item.status === 'MODIFIED') {
      const { world, outcome } = migrateSchema(run.world, run.host, wanted.schemaVersion, run.actor);
      if (outcome.ok) adopt(run, world, [action]);
      else
        run.failures.push({
          resource: item.resource,
          code: 'MIGRATION_FAILED',
          params: { reason: outcome.code },
        });
    }
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
  const items = driftOfServer(server, world);
  // Nothing to do is the common case on a large fleet: answered from the cached drift.
  if (
    !items.some(
      (i) => i.status === 'MODIFIED' || i.status === 'MISSING' || (purge && i.status === 'UNMANAGED'),
    )
  )
    return { world, result: { host, status: 'ok', actions: [], failures: [] } };
  const unmanagedBefore = new Set(items.flatMap((i) => (i.status === 'UNMANAGED' ? [i.resource] : [])));
  const run: Run = { world, host, actor, desired, purge, unmanagedBefore, actions: [], failures: [] };
  convergePackages(run);
  convergeFiles(run);
  convergeServices(run);
  convergeDatabase(run);
  configurePending(run);
  runHandlers(run);
  const status = run.actions.length > 0 ? 'changed' : 'ok';
  return { world: run.world, result: { host, status, actions: run.actions, failures: run.failures } };
}
