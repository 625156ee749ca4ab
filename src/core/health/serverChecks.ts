/**
 * The checks of one server's health, each a pure function of the server (plus, for the app's schema, the
 * environment's database and, for certificates, the clock).
 */
import type { Server } from '../model/types';
import { cvesFixedBy, getVersion, newestInstalledKernel, staleLoads } from '../packages';
import { SEVERITY_RANK } from '../packages/cves';
import { canStart, type StartOptions } from './canStart';
import { installedVersions } from './facts';
import { failure, type HealthFailure } from './failures';

const DAY = 86_400_000;
const JOURNAL_TAIL = 5;
export const CERT_WARNING_DAYS = 14;

/** Enabled units must run; running units should be enabled; and either must be able to (re)start. */
export function serviceChecks(server: Server, options: StartOptions): HealthFailure[] {
  const out: HealthFailure[] = [];
  for (const unit of Object.keys(server.services).sort()) {
    const service = server.services[unit];
    if (!service) continue;
    const running = service.active === 'active';
    if (service.enabled && service.active === 'failed') {
      const tail = service.journal.slice(-JOURNAL_TAIL).map((l) => l.message);
      out.push(failure('SERVICE_FAILED', 'error', { unit }, tail));
    } else if (service.enabled && !running) {
      out.push(failure('SERVICE_INACTIVE', 'error', { unit }));
    } else if (running && !service.enabled) {
      out.push(failure('SERVICE_NOT_ENABLED', 'warning', { unit }));
    }
    if (!service.enabled && !running) continue;
    const check = canStart(server, unit, options);
    if (!check.ok) out.push(failure(check.code, 'error', check.params, check.cause));
  }
  return out;
}

/** The shop's release needs a schema the environment's database has (migrations only add). */
export function schemaCheck(
  server: Server,
  database: { host: string; schemaVersion: number } | null | undefined,
): HealthFailure[] {
  const release = server.packages.loja?.version;
  if (release === undefined || !database) return [];
  const expected = getVersion('loja', release)?.app?.schemaVersion;
  if (expected === undefined || database.schemaVersion >= expected) return [];
  const params = { expected, actual: database.schemaVersion, db: database.host, release };
  return [failure('SCHEMA_MISMATCH', 'error', params)];
}

/** Like `df`, which rounds the use percentage up. */
export function diskCheck(server: Server): HealthFailure[] {
  const { totalMb, usedMb } = server.disk;
  if (!(totalMb > 0)) return [];
  const ratio = usedMb / totalMb;
  const percent = Math.min(100, Math.ceil(ratio * 100));
  if (ratio >= 0.98) return [failure('DISK_FULL', 'error', { percent, path: '/' })];
  if (ratio >= 0.9) return [failure('DISK_SPACE_LOW', 'warning', { percent, path: '/' })];
  return [];
}

/**
 * What needrestart reports: running services still mapping libraries that have since been upgraded, and
 * the CVEs those old copies keep exploitable although the fix is installed.
 */
export function restartChecks(server: Server): HealthFailure[] {
  const installed = installedVersions(server);
  const units: string[] = [];
  const packages = new Set<string>();
  const cves: HealthFailure[] = [];
  for (const unit of Object.keys(server.services).sort()) {
    const service = server.services[unit];
    if (service?.active !== 'active') continue;
    const stale = staleLoads(service.loaded, installed);
    if (stale.length === 0) continue;
    units.push(unit);
    const fixed = stale.flatMap((s) => {
      packages.add(s.package);
      return s.installed === undefined ? [] : cvesFixedBy(s.package, s.loaded, s.installed);
    });
    const unique = [...new Map(fixed.map((c) => [c.id, c])).values()].sort(
      (a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.id.localeCompare(b.id),
    );
    const [worst] = unique;
    if (worst) {
      const detail = unique.map((c) => `${c.id} (${c.severity}): ${c.summary}`);
      cves.push(
        failure('CVE_NOT_MITIGATED', 'warning', { unit, cve: worst.id, count: unique.length }, detail),
      );
    }
  }
  if (units.length === 0) return [];
  const detail = ['Services to be restarted:', ...units.map((u) => ` systemctl restart ${u}.service`)];
  const params = { units: units.join(', '), packages: [...packages].sort().join(', ') };
  return [failure('RESTART_PENDING', 'warning', params, detail), ...cves];
}

const newestKernel = new WeakMap<Server['packages'], string | null>();

/** A newer kernel is installed than the one running: only a reboot loads it. */
export function rebootCheck(server: Server): HealthFailure[] {
  const { running } = server.kernel;
  let newest = newestKernel.get(server.packages);
  if (newest === undefined) {
    newest = newestInstalledKernel(installedVersions(server)) ?? null;
    newestKernel.set(server.packages, newest);
  }
  const installed = server.kernel.installed !== running ? server.kernel.installed : newest;
  const flagged = server.fs['/run/reboot-required'] ?? server.fs['/var/run/reboot-required'];
  if ((installed === null || installed === running) && !flagged) return [];
  return [failure('REBOOT_REQUIRED', 'warning', { running, installed: installed ?? running })];
}

/** Certificates whose file is still there: expired is an error, expiring soon a warning. */
export function certificateChecks(server: Server, now: number): HealthFailure[] {
  const out: HealthFailure[] = [];
  for (const path of Object.keys(server.certificates).sort()) {
    const cert = server.certificates[path];
    if (!cert || server.fs[path]?.kind !== 'file') continue;
    const left = cert.notAfter - now;
    if (left <= 0) {
      out.push(
        failure('CERT_EXPIRED', 'error', { path, subject: cert.subject, days: Math.floor(-left / DAY) }),
      );
    } else if (left < CERT_WARNING_DAYS * DAY) {
      out.push(
        failure('CERT_EXPIRING', 'warning', { path, subject: cert.subject, days: Math.ceil(left / DAY) }),
      );
    }
  }
  return out;
}
