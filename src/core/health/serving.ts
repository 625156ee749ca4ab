/**
 * Whether a server does the job its role gives it in the shop's deployment, judged from the server and the
 * failures its own checks found: the load balancer and each app server answer HTTPS on 443 with nginx, and
 * an app server runs the shop behind it. Server health and deployment health both ask here, so the fleet
 * view and the deployments view cannot disagree on which server is down. A server whose `nginx -t` fails
 * counts as not serving: in the lab, changes to nginx end in a restart, which then fails.
 */
import type { Server } from '../model/types';
import { upstreamVersion } from '../packages';
import { failure, type HealthFailure } from './failures';
import { nginxConfigTest, nginxVersion } from './nginx/configTest';
import { diskCheck } from './serverChecks';

/** What a connection to the tier gets, from the network up to the app. */
export type Answer =
  | 'ok'
  | 'timeout'
  | 'refused'
  | 'plain-http'
  | 'cert-expired'
  | 'bad-gateway'
  | 'unavailable';

export interface TierState {
  host: string;
  up: boolean;
  answer: Answer;
  reasons: HealthFailure[];
}

export function hostReasons(server: Server): HealthFailure[] {
  if (server.power === 'off') return [failure('HOST_POWERED_OFF', 'error', { host: server.hostname })];
  if (!server.reachable) return [failure('HOST_UNREACHABLE', 'error', { host: server.hostname })];
  return [];
}

/** The unit is not running, whether or not it is enabled (health only flags enabled ones). */
export function notRunning(server: Server, unit: string, health: readonly HealthFailure[]): HealthFailure[] {
  const service = server.services[unit];
  if (!service || service.active === 'active') return [];
  const flagged = health.filter((f) => f.params.unit === unit && /^SERVICE_(FAILED|INACTIVE)$/.test(f.code));
  if (flagged.length > 0) return flagged;
  return [failure(service.active === 'failed' ? 'SERVICE_FAILED' : 'SERVICE_INACTIVE', 'error', { unit })];
}

function unitReasons(server: Server, unit: string, health: readonly HealthFailure[]): HealthFailure[] {
  if (!server.services[unit] && !server.packages[unit]) {
    return [failure('PACKAGE_NOT_INSTALLED', 'error', { unit, package: unit })];
  }
  const startProblems = health.filter(
    (f) => f.params.unit === unit && f.severity === 'error' && !/^SERVICE_/.test(f.code),
  );
  return [...notRunning(server, unit, health), ...startProblems];
}

/** `Server:` header and error-page signature of this server's nginx. */
export function nginxSignature(server: Server): string {
  const test = nginxConfigTest(server);
  const version = nginxVersion(server);
  return test.config?.serverTokens === false || version === null
    ? 'nginx'
    : `nginx/${upstreamVersion(version)}`;
}

/** The first `server_name` of the block that serves HTTPS on 443, if any. */
export function httpsName(server: Server): string | undefined {
  return httpsBlock(server)?.names.find((n) => n !== '_');
}

function httpsBlock(server: Server) {
  const servers = nginxConfigTest(server).config?.servers ?? [];
  return servers.find((b) => b.listens.some((l) => l.port === 443 && (l.ssl || b.sslOn !== undefined)));
}

/** nginx answers HTTPS on 443: running, a valid config, a TLS listener; and, for visitors, a valid certificate. */
export function nginxTier(server: Server, health: readonly HealthFailure[], visitor: boolean): TierState {
  const host = server.hostname;
  const down = hostReasons(server);
  if (down.length > 0) return { host, up: false, answer: 'timeout', reasons: down };
  const reasons = unitReasons(server, 'nginx', health);
  if (reasons.length > 0) return { host, up: false, answer: 'refused', reasons };
  if (!httpsBlock(server)) {
    const listens443 = (nginxConfigTest(server).config?.servers ?? []).some((b) =>
      b.listens.some((l) => l.port === 443),
    );
    const reason = failure('HTTPS_NOT_SERVED', 'error', { host });
    return { host, up: false, answer: listens443 ? 'plain-http' : 'refused', reasons: [reason] };
  }
  const expired = visitor ? health.filter((f) => f.code === 'CERT_EXPIRED') : [];
  if (expired.length > 0) return { host, up: false, answer: 'cert-expired', reasons: expired };
  return { host, up: true, answer: 'ok', reasons: [] };
}

/** An app server: its nginx in front of the shop, the shop running, and its schema in the database. */
export function appServerTier(server: Server, health: readonly HealthFailure[]): TierState {
  const front = nginxTier(server, health, false);
  if (!front.up) return front;
  const host = server.hostname;
  const app = unitReasons(server, 'loja', health);
  if (app.length > 0) return { host, up: false, answer: 'bad-gateway', reasons: app };
  const schema = health.filter((f) => f.code === 'SCHEMA_MISMATCH');
  if (schema.length > 0) return { host, up: false, answer: 'unavailable', reasons: schema };
  return { host, up: true, answer: 'ok', reasons: [] };
}

/** The database server: up, its cluster running, room on its disk. */
export function databaseServerTier(server: Server, health: readonly HealthFailure[]): TierState {
  const host = server.hostname;
  const down = hostReasons(server);
  if (down.length > 0) return { host, up: false, answer: 'timeout', reasons: down };
  const units = Object.keys(server.services).filter((u) => u.startsWith('postgresql@'));
  const reasons = units.flatMap((unit) => notRunning(server, unit, health));
  if (units.length === 0)
    reasons.push(failure('PACKAGE_NOT_INSTALLED', 'error', { unit: 'postgresql', package: 'postgresql-15' }));
  // PostgreSQL stops writing (and then panics) when its disk is full.
  reasons.push(...diskCheck(server).filter((f) => f.severity === 'error'));
  return { host, up: reasons.length === 0, answer: reasons.length === 0 ? 'ok' : 'refused', reasons };
}

function tierOfRole(server: Server, health: readonly HealthFailure[]): TierState | null {
  if (server.role === 'web') return appServerTier(server, health);
  if (server.role === 'lb') return nginxTier(server, health, false);
  if (server.role === 'db') return databaseServerTier(server, health);
  return null;
}

const key = (f: HealthFailure) => `${f.code}:${JSON.stringify(f.params)}`;

/**
 * What keeps this server from doing its role's job that its own checks (`health`) do not already say: nginx
 * not installed, stopped while disabled, or not serving HTTPS on 443; on an app server, the same for the
 * shop; on a database server, PostgreSQL's cluster. Certificates are left to the certificate check, which
 * reads the clock.
 */
export function roleChecks(server: Server, health: readonly HealthFailure[]): HealthFailure[] {
  const tier = tierOfRole(server, health);
  if (!tier || tier.up) return [];
  const known = new Set(health.map(key));
  return tier.reasons.filter((reason) => !known.has(key(reason)));
}
