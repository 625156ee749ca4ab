import { describe, expect, it } from 'vitest';
import type { World } from '../model/types';
import { evaluateServerHealth, serverHealth } from './serverHealth';
import {
  DAY,
  deploy,
  freshFrota,
  patchServer,
  restarted,
  server,
  setPackages,
  setService,
  withNginx126,
} from './testkit';

const LIBSSL_NEW = '3.0.16-1~deb12u1';

function codes(world: World, host: string) {
  return serverHealth(world, host)?.failures.map((f) => `${f.severity}:${f.code}`);
}

describe('server health', () => {
  it('finds nothing wrong anywhere on a freshly provisioned frota', () => {
    const world = freshFrota();
    for (const host of world.order) {
      expect(serverHealth(world, host), host).toEqual({ host, status: 'healthy', ok: true, failures: [] });
    }
  });

  it('reports a failed enabled service with the last lines of its journal', () => {
    const journal = ['a', 'b', 'c', 'd', 'e', 'f'].map((message) => ({ time: 0, priority: 3, message }));
    const world = setService(freshFrota(), 'web-01', 'loja', { active: 'failed', journal });
    const health = serverHealth(world, 'web-01');
    expect(health?.status).toBe('broken');
    expect(health?.failures[0]).toEqual({
      code: 'SERVICE_FAILED',
      severity: 'error',
      params: { unit: 'loja' },
      detail: ['b', 'c', 'd', 'e', 'f'],
    });
  });

  it('reports an enabled service that is stopped, and warns about a running one that is not enabled', () => {
    let world = setService(freshFrota(), 'web-01', 'nginx', { active: 'inactive', loaded: {} });
    world = setService(world, 'web-01', 'cron', { enabled: false });
    expect(codes(world, 'web-01')).toEqual(['error:SERVICE_INACTIVE', 'warning:SERVICE_NOT_ENABLED']);
  });

  it('reports an nginx config that `nginx -t` rejects, with its lines', () => {
    const health = serverHealth(withNginx126(freshFrota(), 'web-01'), 'web-01');
    expect(health?.status).toBe('broken');
    expect(health?.failures).toContainEqual({
      code: 'NGINX_CONFIG_INVALID',
      severity: 'error',
      params: { unit: 'nginx', file: '/etc/nginx/sites-enabled/loja', line: 4 },
      detail: [
        'nginx: [emerg] unknown directive "ssl" in /etc/nginx/sites-enabled/loja:4',
        'nginx: configuration file /etc/nginx/nginx.conf test failed',
      ],
    });
  });

  it('reports loja 3.0.0 on Python 3.11 as an unmet runtime requirement', () => {
    const health = serverHealth(setPackages(freshFrota(), 'web-03', { loja: '3.0.0' }), 'web-03');
    expect(health?.failures).toContainEqual({
      code: 'RUNTIME_UNMET',
      severity: 'error',
      params: { unit: 'loja', package: 'python3', required: '>= 3.12', found: '3.11.2' },
      detail: ['loja: error: Python 3.12 or newer is required (found 3.11.2)'],
    });
  });

  it('reports a release whose database schema the environment does not have', () => {
    const world = deploy(freshFrota(), 'web-02', '2.4.0');
    expect(serverHealth(world, 'web-02')?.failures).toEqual([
      {
        code: 'SCHEMA_MISMATCH',
        severity: 'error',
        params: { expected: 8, actual: 7, db: 'db-01', release: '2.4.0' },
      },
    ]);
    const migrated = patchServer(world, 'db-01', () => ({ database: { name: 'loja', schemaVersion: 8 } }));
    expect(serverHealth(migrated, 'web-02')?.ok).toBe(true);
    // Migrations only add: the older release keeps working on the newer schema.
    expect(serverHealth(migrated, 'web-01')?.ok).toBe(true);
  });

  it('keeps RESTART_PENDING and CVE_NOT_MITIGATED after a libssl3 upgrade until the services restart', () => {
    let world = setPackages(freshFrota(), 'web-01', { libssl3: LIBSSL_NEW, openssl: LIBSSL_NEW });
    const health = serverHealth(world, 'web-01');
    expect(health?.status).toBe('healthy');
    expect(health?.failures[0]).toEqual({
      code: 'RESTART_PENDING',
      severity: 'warning',
      params: { units: 'loja, nginx, ssh', packages: 'libssl3' },
      detail: [
        'Services to be restarted:',
        ' systemctl restart loja.service',
        ' systemctl restart nginx.service',
        ' systemctl restart ssh.service',
      ],
    });
    const nginxCve = health?.failures.find(
      (f) => f.code === 'CVE_NOT_MITIGATED' && f.params.unit === 'nginx',
    );
    expect(nginxCve?.params).toEqual({ unit: 'nginx', cve: 'CVE-2023-6129', count: 11 });
    expect(nginxCve?.detail?.[0]).toBe(
      'CVE-2023-6129 (medium): openssl: POLY1305 MAC on PowerPC corrupts vector registers',
    );

    world = restarted(world, 'web-01', 'nginx');
    expect(serverHealth(world, 'web-01')?.failures.map((f) => f.params.unit ?? f.params.units)).toEqual([
      'loja, ssh',
      'loja',
      'ssh',
    ]);
    world = restarted(restarted(world, 'web-01', 'loja'), 'web-01', 'ssh');
    expect(serverHealth(world, 'web-01')?.failures).toEqual([]);
  });

  it('warns that a reboot is required when the installed kernel is not the running one', () => {
    const world = patchServer(freshFrota(), 'db-01', (s) => ({
      kernel: { running: s.kernel.running, installed: '6.1.0-25-amd64' },
    }));
    expect(serverHealth(world, 'db-01')?.failures).toEqual([
      {
        code: 'REBOOT_REQUIRED',
        severity: 'warning',
        params: { running: '6.1.0-18-amd64', installed: '6.1.0-25-amd64' },
      },
    ]);
  });

  it('warns at 90 % disk use and breaks the server at 98 %', () => {
    const at = (ratio: number) =>
      patchServer(freshFrota(), 'db-01', (s) => ({
        disk: { ...s.disk, usedMb: Math.round(s.disk.totalMb * ratio) },
      }));
    expect(codes(at(0.89), 'db-01')).toEqual([]);
    expect(serverHealth(at(0.91), 'db-01')?.failures).toEqual([
      { code: 'DISK_SPACE_LOW', severity: 'warning', params: { percent: 91, path: '/' } },
    ]);
    expect(serverHealth(at(0.99), 'db-01')).toMatchObject({
      status: 'broken',
      failures: [{ code: 'DISK_FULL', severity: 'error', params: { percent: 99, path: '/' } }],
    });
  });

  it('breaks the server when its certificate has expired and warns two weeks ahead', () => {
    const expiring = (offset: number) =>
      patchServer(freshFrota(), 'lb-01', (s) => ({
        certificates: {
          '/etc/ssl/certs/loja.pem': { subject: 'CN=loja.lab.internal', notAfter: s.bootedAt * 0 + offset },
        },
      }));
    const world = freshFrota();
    expect(serverHealth(expiring(world.now - 3 * DAY), 'lb-01')?.failures).toEqual([
      {
        code: 'CERT_EXPIRED',
        severity: 'error',
        params: { path: '/etc/ssl/certs/loja.pem', subject: 'CN=loja.lab.internal', days: 3 },
      },
    ]);
    expect(serverHealth(expiring(world.now + 5 * DAY - 1000), 'lb-01')?.failures).toEqual([
      {
        code: 'CERT_EXPIRING',
        severity: 'warning',
        params: { path: '/etc/ssl/certs/loja.pem', subject: 'CN=loja.lab.internal', days: 5 },
      },
    ]);
    expect(codes(expiring(world.now + 15 * DAY), 'lb-01')).toEqual([]);
  });

  it('only says a host is off or unreachable: nothing on it can be observed', () => {
    const off = patchServer(setPackages(freshFrota(), 'web-01', { loja: '3.0.0' }), 'web-01', () => ({
      power: 'off',
    }));
    expect(codes(off, 'web-01')).toEqual(['error:HOST_POWERED_OFF']);
    const cut = patchServer(freshFrota(), 'web-01', () => ({ reachable: false }));
    expect(serverHealth(cut, 'web-01')?.failures).toEqual([
      { code: 'HOST_UNREACHABLE', severity: 'error', params: { host: 'web-01' } },
    ]);
  });

  it('skips the clock and database checks when evaluated without them, and knows no unknown host', () => {
    const world = deploy(freshFrota(), 'web-02', '2.4.0');
    expect(evaluateServerHealth(server(world, 'web-02')).failures).toEqual([]);
    expect(serverHealth(world, 'nope')).toBeUndefined();
  });
});
