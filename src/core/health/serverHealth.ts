/**
 * A server's health: every failing check, as codes with parameters, and a status (`broken` when any
 * check is an error). Drift is a separate matter, computed elsewhere.
 */
import type { Server, World } from '../model/types';
import { envDatabase } from './dependencies';
import type { HealthFailure } from './failures';
import {
  certificateChecks,
  diskCheck,
  rebootCheck,
  restartChecks,
  schemaCheck,
  serviceChecks,
} from './serverChecks';
import { roleChecks } from './serving';

export type { FailureParams, HealthCode, HealthFailure, Severity } from './failures';

/** What a server's health reads besides the server itself. All optional: absent inputs skip their checks. */
export interface HealthContext {
  /** The world clock, for certificate expiry. */
  now?: number;
  /** The environment's database: the shop's release must find its schema there. */
  database?: { host: string; schemaVersion: number } | null;
  /** Hostnames the lab DNS resolves (the world's servers). */
  hosts?: readonly string[];
}

export type ServerStatus = 'healthy' | 'broken';

export interface ServerHealth {
  host: string;
  status: ServerStatus;
  /** No errors (warnings allowed). */
  ok: boolean;
  /** Errors first, then warnings; each group in check order. */
  failures: HealthFailure[];
}

function errorsFirst(failures: HealthFailure[]): HealthFailure[] {
  return [
    ...failures.filter((f) => f.severity === 'error'),
    ...failures.filter((f) => f.severity === 'warning'),
  ];
}

// Everything but the clock-dependent certificate check, per server object and database/DNS inputs.
const cache = new WeakMap<Server, { key: string; hosts: unknown; failures: HealthFailure[] }>();

function clockFreeFailures(server: Server, ctx: HealthContext): HealthFailure[] {
  const key = ctx.database ? `${ctx.database.host}:${ctx.database.schemaVersion}` : '';
  const hit = cache.get(server);
  if (hit && hit.key === key && hit.hosts === ctx.hosts) return hit.failures;
  const options = ctx.hosts ? { hosts: ctx.hosts } : {};
  const own = [
    ...serviceChecks(server, options),
    ...schemaCheck(server, ctx.database),
    ...diskCheck(server),
    ...restartChecks(server),
    ...rebootCheck(server),
  ];
  // What the deployment sees of this server (a web server not serving HTTPS is down) is its health too.
  const failures = errorsFirst([...own, ...roleChecks(server, own)]);
  cache.set(server, { key, hosts: ctx.hosts, failures });
  return failures;
}

/**
 * Health of one server from its own state plus `ctx`. A powered-off or unreachable server reports only
 * that: nothing on it can be observed.
 */
export function evaluateServerHealth(server: Server, ctx: HealthContext = {}): ServerHealth {
  const host = server.hostname;
  let failures: HealthFailure[];
  if (server.power === 'off') failures = [{ code: 'HOST_POWERED_OFF', severity: 'error', params: { host } }];
  else if (!server.reachable) failures = [{ code: 'HOST_UNREACHABLE', severity: 'error', params: { host } }];
  else {
    const timed = ctx.now === undefined ? [] : certificateChecks(server, ctx.now);
    const stable = clockFreeFailures(server, ctx);
    // An unchanged server keeps the identity of its failure list, so callers can memoise on it.
    failures = timed.length === 0 ? stable : errorsFirst([...stable, ...timed]);
  }
  const ok = failures.every((f) => f.severity !== 'error');
  return { host, status: ok ? 'healthy' : 'broken', ok, failures };
}

/** The inputs of `host`'s health that live outside its server. */
export function healthContext(world: World, host: string): HealthContext {
  const server = world.servers[host];
  const db = server ? envDatabase(world, server.env) : null;
  return {
    now: world.now,
    database: db?.database ? { host: db.hostname, schemaVersion: db.database.schemaVersion } : null,
    hosts: world.order,
  };
}

/** Health of a server of the world; undefined for an unknown host. */
export function serverHealth(world: World, host: string): ServerHealth | undefined {
  const server = world.servers[host];
  return server ? evaluateServerHealth(server, healthContext(world, host)) : undefined;
}
