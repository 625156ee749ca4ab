/**
 * Which hosts each health result reads, so an evaluator can recompute only what a change touched: a
 * server's health reads that server, plus its environment's database server when it runs the shop; an
 * environment's deployment reads all of its servers. Everything also reads `world.now` (certificates).
 */
import type { Server, World } from '../model/types';

// Roles and environments never change for a hostname, and `order` keeps its identity across updates.
const dbByEnv = new WeakMap<readonly string[], Map<string, string | null>>();

/** The environment's database server (the first `db` server in display order), if any. */
export function envDatabase(world: World, env: string): Server | null {
  let byEnv = dbByEnv.get(world.order);
  if (!byEnv) {
    byEnv = new Map();
    for (const host of world.order) {
      const s = world.servers[host];
      if (s?.role === 'db' && !byEnv.get(s.env)) byEnv.set(s.env, host);
    }
    dbByEnv.set(world.order, byEnv);
  }
  const host = byEnv.get(env);
  return host ? (world.servers[host] ?? null) : null;
}

/** Hosts whose state `host`'s health reads, itself first. */
export function healthInputs(world: World, host: string): string[] {
  const server = world.servers[host];
  if (!server) return [];
  const db = server.packages.loja ? envDatabase(world, server.env) : null;
  return db && db.hostname !== host ? [host, db.hostname] : [host];
}

/** host → the hosts its health reads. */
export function healthDependencies(world: World): Record<string, string[]> {
  return Object.fromEntries(world.order.map((h) => [h, healthInputs(world, h)]));
}

/** The hosts whose health must be recomputed after `changed` hosts changed, in display order. */
export function hostsAffectedBy(world: World, changed: Iterable<string>): string[] {
  const set = new Set(changed);
  return world.order.filter((h) => healthInputs(world, h).some((input) => set.has(input)));
}

/** Environments that deploy the shop (they have app servers), in display order. */
export function deploymentEnvs(world: World): string[] {
  const envs = new Set<string>();
  for (const host of world.order) {
    const s = world.servers[host];
    if (s?.role === 'web') envs.add(s.env);
  }
  return [...envs];
}

/** Hosts whose state `deploymentHealth(world, env)` reads. */
export function deploymentInputs(world: World, env: string): string[] {
  return world.order.filter((h) => world.servers[h]?.env === env && world.servers[h]?.role !== 'bastion');
}
