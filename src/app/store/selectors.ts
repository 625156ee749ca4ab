import {
  type Coverage,
  coverageOf,
  type DriftItem,
  driftOfServer,
  evaluateServerHealth,
  type HealthContext,
  healthContext,
  type Role,
  type Server,
  type ServerHealth,
  type World,
} from '../../core';

/**
 * What the dashboard derives from the world, memoised per `Server` object. Worlds are immutable and a
 * command replaces only the servers it touched, so after a command every other server answers from its
 * cache entry (a few identity checks) and keeps the identity of its view, which lets rows skip rendering.
 */

/** The one word a server is summed up by: broken beats drifted beats in sync. */
export type ServerState = 'broken' | 'drifted' | 'in-sync';

export interface ServerView {
  host: string;
  env: string;
  role: Role;
  state: ServerState;
  health: ServerHealth;
  /** Every declared resource (IN_SYNC included) and every UNMANAGED one. */
  drift: readonly DriftItem[];
  /** The resources that are not IN_SYNC. */
  drifted: readonly DriftItem[];
  /** Share of the declared resources that are IN_SYNC (driftctl's coverage). */
  coverage: Coverage;
  /** Version of the shop's package `loja`, or null where it is not installed. */
  release: string | null;
  restartPending: boolean;
  rebootRequired: boolean;
}

/** The package whose version is the app release. */
export const APP_PACKAGE = 'loja';

// Health context per environment and world: it depends only on the server's environment.
const contexts = new WeakMap<World, Map<string, HealthContext>>();

export function contextFor(world: World, server: Server): HealthContext {
  let byEnv = contexts.get(world);
  if (!byEnv) {
    byEnv = new Map();
    contexts.set(world, byEnv);
  }
  let context = byEnv.get(server.env);
  if (!context) {
    context = healthContext(world, server.hostname);
    byEnv.set(server.env, context);
  }
  return context;
}

interface Entry {
  manifest: World['manifests'][Role];
  envVars: World['envVars'];
  hosts: HealthContext['hosts'];
  database: string;
  now: number | undefined;
  view: ServerView;
}

const views = new WeakMap<Server, Entry>();

function databaseKey(context: HealthContext): string {
  return context.database ? `${context.database.host}:${context.database.schemaVersion}` : '';
}

function readsClock(server: Server): boolean {
  for (const _ in server.certificates) return true;
  return false;
}

function stateOf(health: ServerHealth, drifted: readonly DriftItem[]): ServerState {
  if (!health.ok) return 'broken';
  return drifted.length > 0 ? 'drifted' : 'in-sync';
}

function buildView(server: Server, health: ServerHealth, drift: readonly DriftItem[]): ServerView {
  const drifted = drift.filter((item) => item.status !== 'IN_SYNC');
  return {
    host: server.hostname,
    env: server.env,
    role: server.role,
    state: stateOf(health, drifted),
    health,
    drift,
    drifted,
    coverage: coverageOf(drift),
    release: server.packages[APP_PACKAGE]?.version ?? null,
    restartPending: health.failures.some((f) => f.code === 'RESTART_PENDING'),
    rebootRequired: health.failures.some((f) => f.code === 'REBOOT_REQUIRED'),
  };
}

/** Health (with its context: database schema, DNS, certificates) and drift of one server of `world`. */
export function serverView(world: World, server: Server): ServerView {
  const context = contextFor(world, server);
  const manifest = world.manifests[server.role];
  const database = databaseKey(context);
  const now = readsClock(server) ? context.now : undefined;
  const entry = views.get(server);
  if (
    entry &&
    entry.manifest === manifest &&
    entry.envVars === world.envVars &&
    entry.hosts === context.hosts &&
    entry.database === database
  ) {
    if (entry.now === now) return entry.view;
    // Only the clock moved: certificates may have expired. Health keeps the identity of an unchanged list.
    const health = evaluateServerHealth(server, context);
    if (health.failures !== entry.view.health.failures) {
      entry.view = buildView(server, health, entry.view.drift);
    }
    entry.now = now;
    return entry.view;
  }
  const view = buildView(server, evaluateServerHealth(server, context), driftOfServer(server, world));
  views.set(server, { manifest, envVars: world.envVars, hosts: context.hosts, database, now, view });
  return view;
}

/** The view of `host`, or undefined when the world has no such server. */
export function viewOf(world: World, host: string): ServerView | undefined {
  const server = world.servers[host];
  return server ? serverView(world, server) : undefined;
}

/** Evaluates servers from `from` in display order until `shouldStop` says so; returns the next index. */
export function evaluateFrom(world: World, from: number, shouldStop: () => boolean): number {
  let next = from;
  while (next < world.order.length) {
    const server = world.servers[world.order[next] ?? ''];
    if (server) serverView(world, server);
    next++;
    if (shouldStop()) break;
  }
  return next;
}

/** Hostnames whose server object differs between two worlds: what a command just changed. */
export function changedHosts(before: World, after: World): string[] {
  if (before === after || before.servers === after.servers) return [];
  const changed = after.order.filter((host) => before.servers[host] !== after.servers[host]);
  for (const host of before.order) if (!after.servers[host]) changed.push(host);
  return changed;
}
