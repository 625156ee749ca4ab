import { evaluateServerHealth, type World } from '../core';

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
  health: { ok: boolean; failures: { code: string; message: string }[] };
}

/** The fleet as the runner's JSON report shows it: per server its drift and health. */
export function fleetReport(world: World): FleetReportEntry[] {
  return world.order.flatMap((host) => {
    const server = world.servers[host];
    if (!server) return [];
    const health = evaluateServerHealth(server);
    const failures = health.failures.map((f) => ({
      code: f.code,
      message: `${f.code} ${JSON.stringify(f.params)}`,
    }));
    return [
      {
        host,
        env: server.env,
        role: server.role,
        status: health.ok ? 'in_sync' : 'broken',
        drift: [],
        health: { ok: health.ok, failures },
      },
    ];
  });
}
