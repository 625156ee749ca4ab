import type { Server, World } from '../model/types';
import { desiredForServer } from './desired';
import { databaseDrift, fileDrift, packageDrift, serviceDrift } from './resources';
import type { DesiredState, DriftItem } from './types';

// The dashboard recomputes drift after every command, but a command changes one server: the others keep
// their object identity, so their drift is answered from this cache.
const cache = new WeakMap<Server, { desired: DesiredState; items: readonly DriftItem[] }>();

/** Drift of one server against its desired state. */
export function driftOfServer(
  server: Server,
  world: Pick<World, 'manifests' | 'envVars'>,
): readonly DriftItem[] {
  const desired = desiredForServer(server, world.manifests[server.role], world.envVars);
  const cached = cache.get(server);
  if (cached && cached.desired === desired) return cached.items;
  const items = [
    ...packageDrift(server, desired),
    ...fileDrift(server, desired),
    ...serviceDrift(server, desired),
    ...databaseDrift(server, desired),
  ];
  cache.set(server, { desired, items });
  return items;
}

/**
 * Every declared resource of `host` (IN_SYNC included, so coverage can be computed) and every UNMANAGED
 * one, in the order packages, files, services, database. Empty for an unknown host.
 */
export function serverDrift(world: World, host: string): readonly DriftItem[] {
  const server = world.servers[host];
  return server ? driftOfServer(server, world) : [];
}

export function isDrifted(item: DriftItem): boolean {
  return item.status !== 'IN_SYNC';
}

/** Only the resources that drifted (MODIFIED, MISSING, UNMANAGED). */
export function driftedItems(items: readonly DriftItem[]): DriftItem[] {
  return items.filter(isDrifted);
}
