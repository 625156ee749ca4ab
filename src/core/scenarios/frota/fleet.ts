import { EMPTY_LEDGER } from '../../history/ledger';
import type { Role, Server, World } from '../../model/types';
import { startUnit, stopUnit } from '../../ops/units';
import { seedState } from '../../rng';
import { provisionPeer, provisionServer, type ServerSpec } from '../../world/provision';
import { frotaManifests } from './manifests';

export interface WorldOptions {
  seed: number;
  /** Start of the simulated clock, epoch ms (injected: the core never reads the real clock). */
  now: number;
}

const DAY = 86_400_000;

/** Template variables per environment: which database the app uses, which backends the balancer spreads to. */
function envVarsFor(specs: readonly ServerSpec[]): World['envVars'] {
  const vars: World['envVars'] = {};
  for (const env of new Set(specs.map((s) => s.env))) {
    const inEnv = specs.filter((s) => s.env === env);
    const db = inEnv.find((s) => s.role === 'db');
    const backends = inEnv
      .filter((s) => s.role === 'web')
      .map((s) => `\tserver ${s.hostname}.lab.internal:443 max_fails=3 fail_timeout=10s;\n`)
      .join('');
    vars[env] = { db_host: db ? `${db.hostname}.lab.internal` : 'localhost', backends };
  }
  const inventory = ['[bastion]', 'bastion', ''];
  for (const role of ['lb', 'web', 'db'] as Role[]) {
    for (const env of Object.keys(vars)) {
      const hosts = specs.filter((s) => s.role === role && s.env === env).map((s) => s.hostname);
      if (hosts.length) inventory.push(`[${env === 'prod' ? role : `${env}_${role}`}]`, ...hosts, '');
    }
  }
  const envs = Object.keys(vars).filter((e) => e !== 'mgmt');
  for (const env of envs) {
    const groups = (['lb', 'web', 'db'] as Role[])
      .map((role) => (env === 'prod' ? role : `${env}_${role}`))
      .filter((g) => inventory.includes(`[${g}]`));
    inventory.push(`[${env}:children]`, ...groups, '');
  }
  for (const env of Object.keys(vars))
    (vars[env] as Record<string, string>).inventory = `${inventory.join('\n').trimEnd()}\n`;
  return vars;
}

/**
 * The server after its last reboot at `bootedAt`: each running unit stopped at shutdown and started again at
 * boot, so `systemctl status` and the journal tell the same story. Servers of a kind share their services
 * object until one changes, so the work is done once per kind (`cache`).
 */
function rebooted(
  server: Server,
  bootedAt: number,
  hosts: readonly string[],
  cache: Map<Server['services'], Server['services']>,
): Server {
  let services = cache.get(server.services);
  if (!services) {
    const running = Object.keys(server.services)
      .filter((unit) => server.services[unit]?.active === 'active')
      .sort();
    let srv = server;
    for (const unit of running) srv = stopUnit(srv, unit, bootedAt - 60_000);
    srv = { ...srv, bootedAt };
    for (const unit of running) {
      const step = startUnit(srv, unit, bootedAt + 3_000, false, { hosts });
      if (!step.failure) srv = step.server;
    }
    services = srv.services;
    cache.set(server.services, services);
  }
  return { ...server, services, bootedAt };
}

/** Builds a world whose servers were all provisioned from the golden image `ageDays` ago. */
export function buildWorld(
  scenario: string,
  specs: readonly ServerSpec[],
  options: WorldOptions,
  ageDays = 200,
): World {
  const manifests = frotaManifests();
  const envVars = envVarsFor(specs);
  const provisionedAt = options.now - ageDays * DAY;
  const servers: World['servers'] = {};
  const firstOfKind = new Map<string, World['servers'][string]>();
  const afterReboot = new Map<Server['services'], Server['services']>();
  const hosts = specs.map((s) => s.hostname);
  // The last reboot was a while after provisioning: uptime reads like a long-lived server's.
  const bootedAt = options.now - 41 * DAY - 3_600_000 * 5;
  for (const spec of specs) {
    const kind = `${spec.role}/${spec.env}`;
    const peer = firstOfKind.get(kind);
    const manifest = manifests[spec.role];
    const server = peer
      ? provisionPeer(peer, spec, manifest, envVars, provisionedAt)
      : provisionServer(spec, manifest, envVars, provisionedAt);
    if (!peer) firstOfKind.set(kind, server);
    servers[spec.hostname] = rebooted(server, bootedAt, hosts, afterReboot);
  }
  return {
    schemaVersion: 1,
    scenario,
    seed: options.seed,
    now: options.now,
    order: specs.map((s) => s.hostname),
    servers,
    manifests,
    envVars,
    events: [],
    rng: seedState(options.seed),
    ledger: EMPTY_LEDGER,
  };
}

export const FROTA_SPECS: readonly ServerSpec[] = [
  { hostname: 'bastion', env: 'mgmt', role: 'bastion', ip: '10.0.0.10' },
  { hostname: 'lb-01', env: 'prod', role: 'lb', ip: '10.0.1.10' },
  { hostname: 'web-01', env: 'prod', role: 'web', ip: '10.0.1.11' },
  { hostname: 'web-02', env: 'prod', role: 'web', ip: '10.0.1.12' },
  { hostname: 'web-03', env: 'prod', role: 'web', ip: '10.0.1.13' },
  { hostname: 'db-01', env: 'prod', role: 'db', ip: '10.0.1.20' },
  { hostname: 'stg-web-01', env: 'staging', role: 'web', ip: '10.0.2.11' },
  { hostname: 'stg-db-01', env: 'staging', role: 'db', ip: '10.0.2.20' },
];

/** The default scenario: a bastion, production behind a load balancer, and a small staging. */
export function frotaWorld(options: WorldOptions): World {
  return buildWorld('frota', FROTA_SPECS, options);
}
