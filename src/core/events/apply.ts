import type { Server, World } from '../model/types';
import { availableVersions, compareVersions } from '../packages';
import { updateServer } from '../world/update';

/** The newest version of `name` in bookworm-security newer than what `server` has, if the source is enabled. */
export function securityCandidate(server: Server, name: string): string | undefined {
  const pkg = server.packages[name];
  if (!pkg || pkg.held || !server.apt.sources.includes('bookworm-security')) return undefined;
  const newest = availableVersions(name, { sources: ['bookworm-security'] })[0]?.version;
  return newest && compareVersions(newest, pkg.version) > 0 ? newest : undefined;
}

/**
 * Runs `change` as a process on the host itself: the ops layer refuses hosts nobody can reach over the
 * network, but cron, apt timers and logging keep running on them, so the host counts as reachable meanwhile.
 */
export function locally(world: World, host: string, change: (world: World) => World): World {
  const server = world.servers[host];
  if (!server || server.reachable) return change(world);
  const reachable = updateServer(world, host, (s) => ({ ...s, reachable: true }));
  const next = change(reachable);
  if (next.servers[host] === reachable.servers[host])
    return next === reachable ? world : { ...next, servers: world.servers };
  return updateServer(next, host, (s) => ({ ...s, reachable: false }));
}
