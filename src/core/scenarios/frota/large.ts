import type { Role, World } from '../../model/types';
import type { ServerSpec } from '../../world/provision';
import { buildWorld, type WorldOptions } from './fleet';

function ipFor(index: number, env: 'prod' | 'staging'): string {
  const base = env === 'prod' ? 16 : 128;
  return `10.${base + Math.floor(index / 65_000)}.${Math.floor(index / 250) % 250}.${(index % 250) + 2}`;
}

/**
 * `frota-grande`: the same shape as `frota` at any size from 10 to 10,000 servers — one bastion, ~2 % load
 * balancers, ~5 % databases, ~6 % staging, the rest web servers.
 */
export function frotaGrandeWorld(size: number, options: WorldOptions): World {
  const total = Math.max(10, Math.min(10_000, Math.floor(size)));
  const counts: [Role, 'prod' | 'staging', number][] = [];
  const staging = Math.max(2, Math.round(total * 0.06));
  const stagingDb = Math.max(1, Math.round(staging / 6));
  const lbs = Math.max(1, Math.round(total * 0.02));
  const dbs = Math.max(1, Math.round(total * 0.05));
  const webs = total - 1 - staging - lbs - dbs;
  counts.push(
    ['lb', 'prod', lbs],
    ['web', 'prod', webs],
    ['db', 'prod', dbs],
    ['web', 'staging', staging - stagingDb],
    ['db', 'staging', stagingDb],
  );
  const width = String(total).length;
  const specs: ServerSpec[] = [{ hostname: 'bastion', env: 'mgmt', role: 'bastion', ip: '10.0.0.10' }];
  let index = 0;
  for (const [role, env, count] of counts) {
    for (let i = 1; i <= count; i++) {
      const hostname = `${env === 'staging' ? 'stg-' : ''}${role}-${String(i).padStart(Math.max(2, width), '0')}`;
      specs.push({ hostname, env, role, ip: ipFor(index++, env) });
    }
  }
  return buildWorld(`frota-grande-${total}`, specs, options);
}
