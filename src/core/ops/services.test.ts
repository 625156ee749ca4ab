import { describe, expect, it } from 'vitest';
import type { World } from '../model/types';
import { writeFile } from './files';
import { aptInstall } from './packages';
import {
  daemonReload,
  disableService,
  enableService,
  reloadService,
  restartService,
  startService,
  stopService,
} from './services';
import { setReachable } from './system';
import { fileText, fixSslDirective, frota, NOW, newEntries, root, server, withSources } from './testkit';

const SITE = '/etc/nginx/sites-enabled/loja';
const SEE = 'See "systemctl status nginx.service" and "journalctl -xeu nginx.service" for details.\n';

/** web-01 on nginx 1.26 with a valid site: running fine. */
function nginx126(): World {
  let world = withSources(frota(), 'web-01', 'nginx-org');
  world = writeFile(
    world,
    'web-01',
    SITE,
    fixSslDirective(fileText(world, 'web-01', SITE) ?? ''),
    root('vim'),
  ).world;
  return aptInstall(world, 'web-01', [{ name: 'nginx', version: '1.26.2-1~bookworm' }], {
    actor: root('apt'),
  }).world;
}

/** …and then someone puts the old directive back. */
function broken(world: World): World {
  const text = (fileText(world, 'web-01', SITE) ?? '').replace(
    '\tlisten 443 ssl;\n',
    '\tlisten 443;\n\tssl on;\n',
  );
  return writeFile(world, 'web-01', SITE, text, root('vim')).world;
}

describe('start, stop, restart', () => {
  it('stop then start: journal lines, the libraries of now, a ledger entry each', () => {
    const start = frota();
    const stopped = stopService(start, 'web-02', 'nginx', root('systemctl stop nginx'));
    expect(stopped.outcome).toEqual({ ok: true, changed: true, active: 'inactive', stderr: '', exitCode: 0 });
    expect(server(stopped.world, 'web-02').services.nginx?.loaded).toEqual({});
    const started = startService(stopped.world, 'web-02', 'nginx', root('systemctl start nginx'));
    const nginx = server(started.world, 'web-02').services.nginx;
    expect(nginx?.active).toBe('active');
    expect(nginx?.loaded).toEqual({
      'nginx-core': '1.22.1-9',
      libssl3: '3.0.11-1~deb12u2',
      libc6: '2.36-9',
      zlib1g: '1:1.2.13.dfsg-1',
    });
    expect(nginx?.journal.slice(-5).map((l) => l.message)).toEqual([
      'Stopping nginx.service - A high performance web server and a reverse proxy server...',
      'nginx.service: Deactivated successfully.',
      'Stopped nginx.service - A high performance web server and a reverse proxy server.',
      'Starting nginx.service - A high performance web server and a reverse proxy server...',
      'Started nginx.service - A high performance web server and a reverse proxy server.',
    ]);
    expect(nginx?.journal.at(-1)?.time).toBe(NOW);
    expect(newEntries(start, started.world).map((e) => [e.resource, e.before, e.after])).toEqual([
      ['service:nginx', 'enabled active', 'enabled inactive'],
      ['service:nginx', 'enabled inactive', 'enabled active'],
    ]);
  });

  it('starting a running unit changes nothing', () => {
    const world = frota();
    expect(startService(world, 'web-01', 'nginx', root('systemctl start nginx')).world).toBe(world);
  });

  it('a restart is recorded even though the state reads the same', () => {
    const start = frota();
    const r = restartService(start, 'web-01', 'ssh', root('systemctl restart ssh'));
    expect(newEntries(start, r.world).map((e) => e.after)).toEqual(['enabled active (restarted)']);
  });

  it('a start that fails its config test fails the job with systemctl’s message and leaves the unit failed', () => {
    const world = broken(nginx126());
    const stopped = stopService(world, 'web-01', 'nginx', root('systemctl stop nginx')).world;
    const r = startService(stopped, 'web-01', 'nginx', root('systemctl start nginx'));
    expect(r.outcome).toEqual({
      ok: false,
      code: 'START_FAILED',
      params: { unit: 'nginx', host: 'web-01' },
      stderr: `Job for nginx.service failed because the control process exited with error code.\n${SEE}`,
      exitCode: 1,
    });
    expect(server(r.world, 'web-01').services.nginx?.active).toBe('failed');
  });

  it('an unknown unit or an unreachable host', () => {
    const world = frota();
    expect(startService(world, 'web-01', 'apache2', root('systemctl start apache2')).outcome).toMatchObject({
      code: 'UNIT_NOT_FOUND',
      stderr: 'Failed to start apache2.service: Unit apache2.service not found.\n',
      exitCode: 5,
    });
    const cut = setReachable(world, 'web-01', false, root('chaos')).world;
    expect(stopService(cut, 'web-01', 'nginx', root('systemctl stop nginx')).outcome).toEqual({
      ok: false,
      code: 'UNREACHABLE',
      params: { host: 'web-01', reason: 'network', unit: 'nginx' },
    });
  });
});

describe('reload', () => {
  it('with a bad config fails, keeps the old config running and the unit active', () => {
    const world = broken(nginx126());
    const r = reloadService(world, 'web-01', 'nginx', root('systemctl reload nginx'));
    expect(r.outcome).toMatchObject({
      ok: false,
      code: 'RELOAD_FAILED',
      stderr: `Job for nginx.service failed.\n${SEE}`,
    });
    const nginx = server(r.world, 'web-01').services.nginx;
    expect(nginx?.active).toBe('active');
    expect(nginx?.journal.slice(-3).map((l) => l.message)).toEqual([
      'nginx: configuration file /etc/nginx/nginx.conf test failed',
      'nginx.service: Control process exited, code=exited, status=1/FAILURE',
      'Reload failed for nginx.service - A high performance web server and a reverse proxy server.',
    ]);
  });

  it('with a good config re-reads it', () => {
    const start = frota();
    const r = reloadService(start, 'lb-01', 'nginx', root('systemctl reload nginx'));
    expect(r.outcome).toMatchObject({ ok: true, active: 'active' });
    expect(newEntries(start, r.world).map((e) => e.after)).toEqual(['enabled active (reloaded)']);
  });

  it('refuses units that cannot reload and units that are not running', () => {
    const world = frota();
    expect(reloadService(world, 'web-01', 'loja', root('x')).outcome).toMatchObject({
      code: 'RELOAD_UNSUPPORTED',
      stderr: 'Failed to reload loja.service: Job type reload is not applicable for unit loja.service.\n',
    });
    const stopped = stopService(world, 'web-01', 'nginx', root('x')).world;
    expect(reloadService(stopped, 'web-01', 'nginx', root('x')).outcome).toMatchObject({
      code: 'NOT_ACTIVE',
      stderr: 'nginx.service is not active, cannot reload.\n',
    });
  });
});

describe('enable and disable', () => {
  it("print systemctl's symlink lines and record the change", () => {
    const start = frota();
    const off = disableService(start, 'web-01', 'nginx', root('systemctl disable nginx'));
    expect(off.outcome).toMatchObject({
      ok: true,
      stderr: [
        'Synchronizing state of nginx.service with SysV service script with /lib/systemd/systemd-sysv-install.',
        'Executing: /lib/systemd/systemd-sysv-install disable nginx',
        'Removed "/etc/systemd/system/multi-user.target.wants/nginx.service".',
        '',
      ].join('\n'),
    });
    const on = enableService(off.world, 'web-01', 'nginx', root('systemctl enable nginx'));
    expect(on.outcome).toMatchObject({
      stderr: expect.stringContaining(
        'Created symlink /etc/systemd/system/multi-user.target.wants/nginx.service → /lib/systemd/system/nginx.service.\n',
      ),
    });
    expect(newEntries(start, on.world).map((e) => e.after)).toEqual(['disabled active', 'enabled active']);
    expect(enableService(on.world, 'web-01', 'loja', root('x')).outcome).toMatchObject({
      ok: true,
      stderr: '',
    });
    expect(enableService(start, 'web-01', 'nope', root('x')).outcome).toMatchObject({
      stderr: 'Failed to enable unit: Unit file nope.service does not exist.\n',
      exitCode: 1,
    });
  });

  it('daemon-reload changes nothing', () => {
    const world = frota();
    expect(daemonReload(world, 'web-01')).toEqual({ world, outcome: { ok: true } });
  });
});
