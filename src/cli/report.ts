import { type HealthFailure, isDrifted, serverDrift, serverHealth, type World } from '../core';
import { initI18n } from '../i18n';

export interface FleetReportEntry {
  host: string;
  env: string;
  role: string;
  status: 'in_sync' | 'drifted' | 'broken';
  drift: {
    resource: string;
    status: 'MODIFIED' | 'MISSING' | 'UNMANAGED';
    expected: string | null;
    actual: string | null;
  }[];
  health: { ok: boolean; failures: { code: string; severity: string; message: string }[] };
}

// Reports are read by instructors' scripts: messages in English, the same words the dashboard uses.
const english = initI18n('en');

function message(failure: HealthFailure): string {
  return english.t(
    `dashboard.failures.${failure.code}` as 'dashboard.failures.SERVICE_FAILED',
    failure.params,
  );
}

/** The fleet as the runner's JSON report shows it: per server its drift and health. */
export function fleetReport(world: World): FleetReportEntry[] {
  return world.order.flatMap((host) => {
    const server = world.servers[host];
    const health = serverHealth(world, host);
    if (!server || !health) return [];
    const drift = serverDrift(world, host)
      .filter(isDrifted)
      .map((item) => ({
        resource: item.resource,
        status: item.status as 'MODIFIED' | 'MISSING' | 'UNMANAGED',
        expected: item.expected,
        actual: item.actual,
      }));
    const status = !health.ok ? 'broken' : drift.length > 0 ? 'drifted' : 'in_sync';
    const failures = health.failures.map((f) => ({
      code: f.code,
      severity: f.severity,
      message: message(f),
    }));
    return [{ host, env: server.env, role: server.role, status, drift, health: { ok: health.ok, failures } }];
  });
}
