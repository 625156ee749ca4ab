import { describe, expect, it } from 'vitest';
import type { World } from '../model/types';
import { deploymentHealth } from './deployment';
import { DAY, deploy, editFile, freshFrota, patchServer, setService } from './testkit';

const stop = (world: World, host: string, unit: string) =>
  setService(world, host, unit, { active: 'inactive', loaded: {} });

function prod(world: World) {
  const d = deploymentHealth(world, 'prod');
  if (!d) throw new Error('no prod deployment');
  return d;
}

describe('deployment health', () => {
  it('is healthy in prod and staging on a fresh frota, and the site answers 200 with the shop', () => {
    const world = freshFrota();
    const d = prod(world);
    expect(d).toMatchObject({
      env: 'prod',
      status: 'healthy',
      url: 'https://loja.lab.internal/',
      lb: { host: 'lb-01', up: true, reasons: [] },
      database: { host: 'db-01', up: true, schemaVersion: 7 },
      releases: { '2.3.0': ['web-01', 'web-02', 'web-03'] },
      mixed: false,
      reasons: [],
    });
    expect(d.backends.map((b) => [b.host, b.up])).toEqual([
      ['web-01', true],
      ['web-02', true],
      ['web-03', true],
    ]);
    expect(d.visitor).toMatchObject({
      httpStatus: 200,
      title: 'Loja — Início',
      servedBy: 'web-01',
      release: '2.3.0',
    });
    expect(d.visitor.body).toContain('<footer>loja 2.3.0 · web-01</footer>');
    expect(d.visitor.headers).toEqual([
      'HTTP/1.1 200 OK',
      'Server: nginx',
      'Date: Sun, 29 Nov 2026 09:00:00 GMT',
      'Content-Type: text/html; charset=utf-8',
      expect.stringMatching(/^Content-Length: \d+$/),
      'Connection: keep-alive',
      'X-Loja-Release: 2.3.0',
    ]);
    expect(d.rotation.map((r) => r.host)).toEqual(['web-01', 'web-02', 'web-03']);
    const staging = deploymentHealth(world, 'staging');
    expect(staging).toMatchObject({ status: 'healthy', url: 'https://stg-web-01.lab.internal/', lb: null });
    expect(staging?.visitor.httpStatus).toBe(200);
    expect(deploymentHealth(world, 'mgmt')).toBeUndefined();
  });

  it('is degraded when one web server’s nginx is stopped, and visitors still get the shop', () => {
    const d = prod(stop(freshFrota(), 'web-02', 'nginx'));
    expect(d.status).toBe('degraded');
    expect(d.backends[1]).toMatchObject({
      host: 'web-02',
      up: false,
      reasons: [{ code: 'SERVICE_INACTIVE', params: { unit: 'nginx' } }],
    });
    expect(d.reasons).toEqual([
      { code: 'BACKENDS_DOWN', severity: 'warning', params: { hosts: 'web-02', count: 1 } },
    ]);
    expect(d.visitor.httpStatus).toBe(200);
  });

  it('is down with nginx’s 502 page when all three web servers’ nginx are stopped', () => {
    let world = freshFrota();
    for (const host of ['web-01', 'web-02', 'web-03']) world = stop(world, host, 'nginx');
    const d = prod(world);
    expect(d.status).toBe('down');
    expect(d.reasons.map((r) => r.code)).toEqual(['NO_BACKEND_UP']);
    expect(d.visitor).toMatchObject({ httpStatus: 502, statusText: 'Bad Gateway', title: '502 Bad Gateway' });
    expect(d.visitor.body).toBe(
      '<html>\n<head><title>502 Bad Gateway</title></head>\n<body>\n<center><h1>502 Bad Gateway</h1></center>\n<hr><center>nginx</center>\n</body>\n</html>\n',
    );
    expect(d.visitor.headers).toEqual([
      'HTTP/1.1 502 Bad Gateway',
      'Server: nginx',
      'Date: Sun, 29 Nov 2026 09:00:00 GMT',
      'Content-Type: text/html',
      'Content-Length: 150',
      'Connection: keep-alive',
    ]);
  });

  it('shows nginx’s version on the 502 page when server_tokens is on', () => {
    let world = editFile(freshFrota(), 'lb-01', '/etc/nginx/nginx.conf', (t) =>
      t.replace('server_tokens off;', 'server_tokens on;'),
    );
    for (const host of ['web-01', 'web-02', 'web-03']) world = stop(world, host, 'loja');
    const d = prod(world);
    expect(d.visitor.body).toContain('<hr><center>nginx/1.22.1</center>');
    expect(d.visitor.headers).toContain('Server: nginx/1.22.1');
    expect(d.visitor.headers).toContain('Content-Length: 157');
  });

  it('mixes releases when web-02 runs 2.4.0: degraded, and web-02 is down on a schema mismatch', () => {
    const d = prod(deploy(freshFrota(), 'web-02', '2.4.0'));
    expect(d.status).toBe('degraded');
    expect(d.mixed).toBe(true);
    expect(d.releases).toEqual({ '2.3.0': ['web-01', 'web-03'], '2.4.0': ['web-02'] });
    expect(d.backends[1]?.reasons).toEqual([
      {
        code: 'SCHEMA_MISMATCH',
        severity: 'error',
        params: { expected: 8, actual: 7, db: 'db-01', release: '2.4.0' },
      },
    ]);
    expect(d.reasons.map((r) => r.code)).toEqual(['BACKENDS_DOWN', 'MIXED_RELEASES']);
    expect(d.rotation.map((r) => r.release)).toEqual(['2.3.0', '2.3.0']);
  });

  it('serves different releases round-robin once the database is migrated for 2.4.0', () => {
    const world = patchServer(deploy(freshFrota(), 'web-02', '2.4.0'), 'db-01', () => ({
      database: { name: 'loja', schemaVersion: 8 },
    }));
    const d = prod(world);
    expect(d.status).toBe('degraded');
    expect(d.backends.every((b) => b.up)).toBe(true);
    expect(d.rotation).toEqual([
      { host: 'web-01', release: '2.3.0' },
      { host: 'web-02', release: '2.4.0' },
      { host: 'web-03', release: '2.3.0' },
    ]);
  });

  it('is down when the load balancer is, and curl cannot connect', () => {
    const d = prod(stop(freshFrota(), 'lb-01', 'nginx'));
    expect(d.status).toBe('down');
    expect(d.reasons).toEqual([{ code: 'LB_DOWN', severity: 'error', params: { host: 'lb-01' } }]);
    expect(d.visitor).toMatchObject({
      httpStatus: null,
      curlError: [
        "curl: (7) Failed to connect to loja.lab.internal port 443 after 2 ms: Couldn't connect to server",
      ],
    });
    const off = prod(patchServer(freshFrota(), 'lb-01', () => ({ power: 'off' })));
    expect(off.visitor.curlError[0]).toMatch(
      /^curl: \(28\) Failed to connect to loja\.lab\.internal port 443/,
    );
  });

  it('is down when the site certificate has expired: curl refuses it', () => {
    const world = patchServer(freshFrota(), 'lb-01', (s) => ({
      certificates: {
        '/etc/ssl/certs/loja.pem': { subject: 'CN=loja.lab.internal', notAfter: s.bootedAt - DAY },
      },
    }));
    const d = prod(world);
    expect(d.status).toBe('down');
    expect(d.lb?.reasons.map((r) => r.code)).toEqual(['CERT_EXPIRED']);
    expect(d.visitor.curlError[0]).toBe('curl: (60) SSL certificate problem: certificate has expired');
  });

  it('is down with the shop’s 503 when the database is not running', () => {
    const d = prod(stop(freshFrota(), 'db-01', 'postgresql@15-main'));
    expect(d.status).toBe('down');
    expect(d.reasons.map((r) => r.code)).toEqual(['DATABASE_DOWN', 'NO_BACKEND_UP']);
    expect(d.visitor).toMatchObject({ httpStatus: 503, title: 'Loja indisponível' });
    expect(d.visitor.headers[0]).toBe('HTTP/1.1 503 Service Unavailable');
  });

  it('counts a web server that dropped `ssl on;` without `listen 443 ssl` as not serving HTTPS', () => {
    const world = editFile(freshFrota(), 'web-03', '/etc/nginx/sites-enabled/loja', (t) =>
      t.replace('\tssl on;\n', ''),
    );
    const d = prod(world);
    expect(d.backends[2]).toMatchObject({
      up: false,
      reasons: [{ code: 'HTTPS_NOT_SERVED', params: { host: 'web-03' } }],
    });
    const staging = deploymentHealth(
      editFile(freshFrota(), 'stg-web-01', '/etc/nginx/sites-enabled/loja', (t) =>
        t.replace('\tssl on;\n', ''),
      ),
      'staging',
    );
    expect(staging?.visitor.curlError).toEqual([
      'curl: (35) error:0A00010B:SSL routines::wrong version number',
    ]);
  });

  it('answers staging visitors with stg-web-01’s own 502 when the shop is stopped there', () => {
    const d = deploymentHealth(stop(freshFrota(), 'stg-web-01', 'loja'), 'staging');
    expect(d).toMatchObject({ status: 'down', visitor: { httpStatus: 502 } });
    expect(d?.backends[0]?.reasons).toEqual([
      { code: 'SERVICE_INACTIVE', severity: 'error', params: { unit: 'loja' } },
    ]);
  });
});
