/**
 * Health of an environment's deployment of the shop: the load balancer (if any), the app servers behind
 * it, the database, which releases are live, and what a visitor of the site sees. A pure function of the
 * world.
 */
import type { Server, World } from '../model/types';
import { envDatabase } from './dependencies';
import { failure, type HealthFailure } from './failures';
import { healthContext } from './serverHealth';
import { backendTier, databaseTier, entryTier, httpsName, type TierState } from './tiers';
import { type VisitorView, visitorView } from './visitor';

export type DeploymentStatus = 'healthy' | 'degraded' | 'down';

export interface BackendHealth {
  host: string;
  /** The shop release installed there, or null. */
  release: string | null;
  up: boolean;
  reasons: HealthFailure[];
}

export interface TierHealth {
  host: string;
  up: boolean;
  reasons: HealthFailure[];
}

export interface DeploymentHealth {
  env: string;
  status: DeploymentStatus;
  /** The address visitors use. */
  url: string;
  lb: TierHealth | null;
  database: (TierHealth & { schemaVersion: number | null }) | null;
  backends: BackendHealth[];
  /** Release → app servers that have it installed, in display order. */
  releases: Record<string, string[]>;
  /** More than one release among the app servers. */
  mixed: boolean;
  /** Environment-level findings: LB_DOWN, DATABASE_DOWN, NO_BACKEND_UP, BACKENDS_DOWN, MIXED_RELEASES. */
  reasons: HealthFailure[];
  /** Backends serving the shop, in the balancer's round-robin order: successive visits cycle through them. */
  rotation: { host: string; release: string }[];
  /** What the first visit of the URL gets. */
  visitor: VisitorView;
}

function tierHealth(t: TierState): TierHealth {
  return { host: t.host, up: t.up, reasons: t.reasons };
}

function envServers(world: World, env: string, role: Server['role']): Server[] {
  return world.order.flatMap((h) => {
    const s = world.servers[h];
    return s?.env === env && s.role === role ? [s] : [];
  });
}

function envReasons(
  d: Omit<DeploymentHealth, 'reasons' | 'status' | 'visitor'>,
  entry: TierState,
): HealthFailure[] {
  const out: HealthFailure[] = [];
  if (d.lb && !d.lb.up) out.push(failure('LB_DOWN', 'error', { host: d.lb.host }));
  // Without a balancer visitors reach an app server directly; its certificate is then theirs to check.
  if (!d.lb) out.push(...entry.reasons.filter((r) => r.code === 'CERT_EXPIRED'));
  if (d.database && !d.database.up) out.push(failure('DATABASE_DOWN', 'error', { host: d.database.host }));
  const down = d.backends.filter((b) => !b.up).map((b) => b.host);
  if (d.rotation.length === 0) out.push(failure('NO_BACKEND_UP', 'error', {}));
  else if (down.length > 0)
    out.push(failure('BACKENDS_DOWN', 'warning', { hosts: down.join(', '), count: down.length }));
  if (d.mixed)
    out.push(failure('MIXED_RELEASES', 'warning', { releases: Object.keys(d.releases).join(', ') }));
  return out;
}

/** Deployment health of `env`; undefined when no app server lives there. */
export function deploymentHealth(world: World, env: string): DeploymentHealth | undefined {
  const webs = envServers(world, env, 'web');
  const first = webs[0];
  if (!first) return undefined;
  const lbServer = envServers(world, env, 'lb')[0] ?? null;
  const entryServer = lbServer ?? first;
  const entry = entryTier(entryServer, healthContext(world, entryServer.hostname));
  const dbServer = envDatabase(world, env);
  const db = dbServer ? databaseTier(dbServer, healthContext(world, dbServer.hostname)) : null;
  const tiers = webs.map((s) => backendTier(s, healthContext(world, s.hostname)));
  const backends = webs.map((s, i): BackendHealth => {
    const t = tiers[i] as TierState;
    return { host: s.hostname, release: s.packages.loja?.version ?? null, up: t.up, reasons: t.reasons };
  });
  const releases: Record<string, string[]> = {};
  for (const b of backends) {
    if (b.release === null) continue;
    const hosts = releases[b.release];
    if (hosts) hosts.push(b.host);
    else releases[b.release] = [b.host];
  }
  const dbUp = db?.up ?? false;
  const rotation = dbUp
    ? backends.flatMap((b) => (b.up && b.release ? [{ host: b.host, release: b.release }] : []))
    : [];
  const url = `https://${httpsName(entryServer) ?? `${entryServer.hostname}.lab.internal`}/`;
  const partial = {
    env,
    url,
    lb: lbServer ? tierHealth(entry) : null,
    database:
      db && dbServer ? { ...tierHealth(db), schemaVersion: dbServer.database?.schemaVersion ?? null } : null,
    backends,
    releases,
    mixed: Object.keys(releases).length > 1,
    rotation,
  };
  const reasons = envReasons(partial, entry);
  const status: DeploymentStatus =
    !entry.up || rotation.length === 0
      ? 'down'
      : rotation.length < backends.length || partial.mixed
        ? 'degraded'
        : 'healthy';
  const answers = tiers.map((t) => (t.up && !dbUp ? 'unavailable' : t.answer));
  const visitor = visitorView({ url, world, entryServer, entry, answers, rotation });
  return { ...partial, status, reasons, visitor };
}
