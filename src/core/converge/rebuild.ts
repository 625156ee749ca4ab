import { desiredForServer } from '../drift/desired';
import { driftOfServer, isDrifted } from '../drift/serverDrift';
import type { DriftItem } from '../drift/types';
import type { Server, World } from '../model/types';
import { IMAGE_PACKAGES } from '../world/image';
import { provisionServer } from '../world/provision';
import { type Actor, record, updateServer } from '../world/update';

/**
 * Rebuild: replace a server with a fresh one from the golden image plus its role's manifest (the immutable
 * way). Identity stays (hostname, IP, environment, role); everything done by hand since is gone.
 */

function fresh(world: World, server: Server): Server {
  const spec = { hostname: server.hostname, env: server.env, role: server.role, ip: server.ip };
  return provisionServer(spec, world.manifests[server.role], world.envVars, world.now);
}

export interface RebuildPreview {
  host: string;
  /** Drift that disappears: hotfixes, hand-installed packages, stopped services… */
  drift: DriftItem[];
  /** Packages that return to the golden image's version or come back (patches applied in place are lost too). */
  baseline: { resource: string; before: string | null; after: string }[];
  /** Files outside the desired state that are deleted or reset (home directories, logs, notes). */
  files: string[];
  kernel: { before: string; after: string } | null;
}

/** What `rebuild HOST` would lose, without changing anything. Null for an unknown host. */
export function rebuildPreview(world: World, host: string): RebuildPreview | null {
  const server = world.servers[host];
  if (!server) return null;
  const next = fresh(world, server);
  const drift = driftOfServer(server, world).filter(isDrifted);
  const desired = desiredForServer(server, world.manifests[server.role], world.envVars);
  const baseline = Object.entries(IMAGE_PACKAGES).flatMap(([name, version]) => {
    const before = server.packages[name]?.version ?? null;
    return before === version || Object.hasOwn(desired.packages, name)
      ? []
      : [{ resource: `package:${name}`, before, after: version }];
  });
  const covered = new Set(drift.map((item) => item.resource));
  const files = Object.entries(server.fs).flatMap(([path, node]) => {
    if (node.kind !== 'file' || covered.has(`file:${path}`)) return [];
    const after = next.fs[path];
    return after?.kind === 'file' && after.content === node.content ? [] : [path];
  });
  const kernel =
    server.kernel.running === next.kernel.running
      ? null
      : { before: server.kernel.running, after: next.kernel.running };
  return { host, drift, baseline, files: files.sort(), kernel };
}

function rebuildSummary(server: Server, world: World): string {
  const drifted = driftOfServer(server, world).filter(isDrifted).length;
  return `${drifted} drifted ${drifted === 1 ? 'resource' : 'resources'}`;
}

/**
 * `rebuild HOST`: the server is replaced by `provisionServer` of its spec (bootedAt = now, reachable, on),
 * recorded as one ledger entry `server:HOST`. Unknown hosts leave the world unchanged.
 */
export function rebuildServer(world: World, host: string, actor: Actor): World {
  const server = world.servers[host];
  if (!server) return world;
  const next = fresh(world, server);
  const rebuilt = updateServer(world, host, () => next);
  return record(
    rebuilt,
    host,
    actor,
    `server:${host}`,
    rebuildSummary(server, world),
    'golden image + manifest',
  );
}
