import type { World } from '../model/types';
import { baseServer, type ServerSpec } from '../world/baseServer';

export interface WorldOptions {
  seed: number;
  /** Start of the simulated clock, epoch ms (injected: the core never reads the real clock). */
  now: number;
}

function worldFrom(scenario: string, specs: ServerSpec[], options: WorldOptions): World {
  const servers: World['servers'] = {};
  for (const spec of specs) {
    const server = baseServer(spec);
    servers[spec.hostname] = { ...server, bootedAt: options.now - 12 * 86_400_000 };
  }
  return {
    schemaVersion: 1,
    scenario,
    seed: options.seed,
    now: options.now,
    order: specs.map((s) => s.hostname),
    servers,
    ledger: [],
  };
}

/** The walking skeleton's world: a bastion and three web servers in production. */
export function skeletonWorld(options: WorldOptions): World {
  return worldFrom(
    'skeleton',
    [
      { hostname: 'bastion', env: 'mgmt', role: 'bastion', ip: '10.0.0.10' },
      { hostname: 'web-01', env: 'prod', role: 'web', ip: '10.0.1.11' },
      { hostname: 'web-02', env: 'prod', role: 'web', ip: '10.0.1.12' },
      { hostname: 'web-03', env: 'prod', role: 'web', ip: '10.0.1.13' },
    ],
    options,
  );
}

/** A bastion plus `webCount` web servers, for benchmarks and large-fleet tests. */
export function webFleetWorld(webCount: number, options: WorldOptions): World {
  const specs: ServerSpec[] = [{ hostname: 'bastion', env: 'mgmt', role: 'bastion', ip: '10.0.0.10' }];
  for (let i = 1; i <= webCount; i++) {
    const name = `web-${String(i).padStart(Math.max(2, String(webCount).length), '0')}`;
    specs.push({
      hostname: name,
      env: 'prod',
      role: 'web',
      ip: `10.${1 + Math.floor(i / 65_000)}.${Math.floor(i / 250) % 250}.${(i % 250) + 1}`,
    });
  }
  return worldFrom(`web-fleet-${webCount}`, specs, options);
}
