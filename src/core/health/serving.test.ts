import { describe, expect, it } from 'vitest';
import { evaluateFleet } from '../evaluate/evaluator';
import type { World } from '../model/types';
import { writeFile } from '../ops/files';
import { aptInstall } from '../ops/packages';
import { disableService, restartService, stopService } from '../ops/services';
import { deploymentHealth } from './deployment';
import { serverHealth } from './serverHealth';
import { editFile, freshFrota, patchServer, setPackages } from './testkit';

const root = { user: 'root', command: 'test' };
const SITE = '/etc/nginx/sites-enabled/loja';

function errors(world: World, host: string) {
  return serverHealth(world, host)
    ?.failures.filter((f) => f.severity === 'error')
    .map((f) => f.code);
}

function sedDelete(world: World, host: string, path: string, line: string): World {
  const node = world.servers[host]?.fs[path];
  const text = node?.kind === 'file' ? node.content : '';
  const kept = text
    .split('\n')
    .filter((l) => !l.includes(line))
    .join('\n');
  return writeFile(world, host, path, kept, root).world;
}

describe('a server does its role’s job, in server health as in the deployment', () => {
  it('breaks web-03 after the tester’s path: nginx.org upgrade, `ssl on;` deleted, restart', () => {
    let world = patchServer(freshFrota(), 'web-03', (s) => ({
      apt: { ...s.apt, sources: [...s.apt.sources, 'nginx-org'] },
    }));
    world = aptInstall(world, 'web-03', [{ name: 'nginx' }], { actor: root, assumeYes: true }).world;
    // The package's own restart failed on `unknown directive "ssl"`: the dashboard already says so.
    expect(errors(world, 'web-03')).toContain('SERVICE_FAILED');
    world = sedDelete(world, 'web-03', SITE, 'ssl on;');
    world = restartService(world, 'web-03', 'nginx', root).world;
    expect(world.servers['web-03']?.services.nginx?.active).toBe('active');

    const health = serverHealth(world, 'web-03');
    expect(health).toMatchObject({
      status: 'broken',
      failures: [{ code: 'HTTPS_NOT_SERVED', severity: 'error', params: { host: 'web-03' } }],
    });
    const deployment = deploymentHealth(world, 'prod');
    expect(deployment?.status).toBe('degraded');
    const backend = deployment?.backends.find((b) => b.host === 'web-03');
    expect(backend?.up).toBe(false);
    expect(backend?.reasons).toEqual(health?.failures);

    const fleet = evaluateFleet(world);
    expect(fleet.byServer['web-03']?.health.status).toBe('broken');
    expect(fleet.health.broken).toBe(1);
    expect(fleet.byEnv.prod?.deployment?.backends.find((b) => b.host === 'web-03')?.up).toBe(false);
  });

  it('breaks the load balancer whose nginx listens on 443 without TLS', () => {
    const world = editFile(freshFrota(), 'lb-01', SITE, (t) => t.replace('listen 443 ssl;', 'listen 443;'));
    expect(deploymentHealth(world, 'prod')?.lb?.up).toBe(false);
    expect(errors(world, 'lb-01')).toEqual(['HTTPS_NOT_SERVED']);
  });

  it('breaks a server whose nginx was stopped and disabled, which its service checks alone let pass', () => {
    let world = stopService(freshFrota(), 'lb-01', 'nginx', root).world;
    world = disableService(world, 'lb-01', 'nginx', root).world;
    expect(deploymentHealth(world, 'prod')?.status).toBe('down');
    expect(serverHealth(world, 'lb-01')?.failures).toEqual([
      { code: 'SERVICE_INACTIVE', severity: 'error', params: { unit: 'nginx' } },
    ]);
  });

  it('breaks an app server without the shop and a database server without PostgreSQL', () => {
    let world = setPackages(freshFrota(), 'web-01', { loja: null });
    world = patchServer(world, 'web-01', (s) => {
      const { loja: _gone, ...services } = s.services;
      return { services };
    });
    expect(errors(world, 'web-01')).toEqual(['PACKAGE_NOT_INSTALLED']);
    const unit = 'postgresql@15-main';
    const db = disableService(stopService(world, 'db-01', unit, root).world, 'db-01', unit, root).world;
    expect(errors(db, 'db-01')).toEqual(['SERVICE_INACTIVE']);
    expect(deploymentHealth(db, 'prod')?.database?.up).toBe(false);
  });

  it('adds nothing a server’s own checks already report', () => {
    const world = stopService(freshFrota(), 'web-02', 'nginx', root).world;
    expect(serverHealth(world, 'web-02')?.failures).toEqual([
      { code: 'SERVICE_INACTIVE', severity: 'error', params: { unit: 'nginx' } },
    ]);
  });
});
