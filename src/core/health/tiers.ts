/**
 * How each tier of a deployment answers: the entry point a visitor connects to (the load balancer, or the
 * app server itself without one), each app server behind it, and the database. What each server must do is
 * judged in `serving.ts`, which server health asks too.
 */
import type { Server } from '../model/types';
import type { HealthFailure } from './failures';
import { evaluateServerHealth, type HealthContext } from './serverHealth';
import { appServerTier, databaseServerTier, nginxTier, type TierState } from './serving';

export { type Answer, httpsName, nginxSignature, type TierState } from './serving';

/** The load balancer, or an app server that visitors reach directly. */
export function entryTier(server: Server, ctx: HealthContext): TierState {
  return nginxTier(server, evaluateServerHealth(server, ctx).failures, true);
}

/** An app server: its nginx in front of the shop, the shop running, and its schema in the database. */
export function backendTier(server: Server, ctx: HealthContext): TierState {
  const health = evaluateServerHealth(server, ctx).failures;
  // A function of the server and its failure list, which keeps its identity while nothing changes: a
  // deployment of hundreds of app servers then re-judges only the one a command touched.
  const hit = backendCache.get(server);
  if (hit?.health === health) return hit.tier;
  const tier = appServerTier(server, health);
  backendCache.set(server, { health, tier });
  return tier;
}

const backendCache = new WeakMap<Server, { health: readonly HealthFailure[]; tier: TierState }>();

/** The database server: up, its cluster running, room on its disk. */
export function databaseTier(server: Server, ctx: HealthContext): TierState {
  return databaseServerTier(server, evaluateServerHealth(server, ctx).failures);
}
