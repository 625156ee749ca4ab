import { describe, expect, it } from 'vitest';
import {
  breakingChanges,
  breakingChangesBetween,
  checkConfig,
  checkRuntime,
  fillTemplate,
  isSharedLibrary,
  kernelRelease,
  kernelsInstalledBy,
  loadsAtStart,
  newestInstalledKernel,
  serviceProvider,
  servicesOf,
  staleLoads,
} from './behaviour';
import { BASE_12_5, WEB_12_5 } from './fixtures/installed';
import { resolveInstall, resolveUpgrade } from './resolve';
import { DEFAULT_SOURCES } from './sources';

const SITE = [
  'server {',
  '    listen 443;',
  '    ssl on;',
  '    listen [::]:443 ssl http2;',
  '    ssl_certificate /etc/ssl/certs/loja.pem;',
  '}',
].join('\n');

describe('behaviour a: nginx >= 1.25.1 rejects `ssl on;`', () => {
  it('applies to nginx.org 1.26 but not to Debian 1.22 or nginx.org 1.24', () => {
    expect(breakingChanges('nginx', '1.22.1-9')).toEqual([]);
    expect(breakingChanges('nginx', '1.24.0-1~bookworm')).toEqual([]);
    expect(breakingChanges('nginx', '1.26.0-1~bookworm').map((b) => b.id)).toContain(
      'nginx-ssl-directive-removed',
    );
    expect(breakingChangesBetween('nginx', '1.22.1-9', '1.26.2-1~bookworm').length).toBe(2);
    expect(breakingChangesBetween('nginx', '1.26.0-1~bookworm', '1.26.2-1~bookworm')).toEqual([]);
  });

  it('checkConfig produces nginx -t messages with file and line', () => {
    const changes = breakingChanges('nginx', '1.26.2-1~bookworm');
    const findings = checkConfig(changes, '/etc/nginx/sites-enabled/loja', SITE);
    expect(findings.map((f) => f.message)).toEqual([
      'nginx: [emerg] unknown directive "ssl" in /etc/nginx/sites-enabled/loja:3',
      'nginx: [warn] the "listen ... http2" directive is deprecated, use the "http2" directive instead in /etc/nginx/sites-enabled/loja:4',
    ]);
    expect(findings[0]?.change.failureTemplate).toBe(
      'nginx: configuration file /etc/nginx/nginx.conf test failed',
    );
    expect(checkConfig(changes, '/etc/ssh/sshd_config', SITE)).toEqual([]);
  });

  it('fillTemplate leaves unknown placeholders', () => {
    expect(fillTemplate('{a}-{b}', { a: 1 })).toBe('1-{b}');
  });
});

describe('behaviour b: libssl3 upgrades leave running services on the old library (needrestart)', () => {
  it('libssl3 and libc6 are shared libraries; openssl is not', () => {
    expect(isSharedLibrary('libssl3', '3.0.11-1~deb12u2')).toBe(true);
    expect(isSharedLibrary('libc6', '2.36-9')).toBe(true);
    expect(isSharedLibrary('openssl', '3.0.11-1~deb12u2')).toBe(false);
  });

  it('a service started before the upgrade is stale after it', () => {
    const unit = serviceProvider('nginx', WEB_12_5);
    expect(unit?.package).toBe('nginx-common');
    const loaded = unit ? loadsAtStart(unit.service, WEB_12_5) : {};
    expect(loaded.libssl3).toBe('3.0.11-1~deb12u2');
    const r = resolveInstall(WEB_12_5, [{ name: 'libssl3' }]);
    const after: Record<string, string> = { ...WEB_12_5 };
    if (r.ok) for (const a of r.actions) after[a.name] = a.to;
    expect(staleLoads(loaded, after)).toEqual([
      { package: 'libssl3', loaded: '3.0.11-1~deb12u2', installed: '3.0.16-1~deb12u1' },
    ]);
    expect(staleLoads(loaded, WEB_12_5)).toEqual([]);
    expect(staleLoads({ gone: '1.0' }, {})).toEqual([{ package: 'gone', loaded: '1.0' }]);
  });

  it('services ship with packages', () => {
    expect(servicesOf('openssh-server', '1:9.2p1-2').map((s) => s.name)).toEqual(['ssh']);
    expect(serviceProvider('ssh', {})).toBeUndefined();
  });
});

describe('behaviour c: loja 3.0.0 fails at runtime on Python 3.11', () => {
  it('the service check fails with the loja error line, found = upstream Python version', () => {
    const installed = { ...WEB_12_5, loja: '3.0.0' };
    const failures = checkRuntime('loja', '3.0.0', installed);
    expect(failures.map((f) => f.message)).toEqual([
      'loja: error: Python 3.12 or newer is required (found 3.11.2)',
    ]);
    expect(failures[0]?.requirement.exitCode).toBe(1);
    expect(checkRuntime('loja', '3.0.0', { ...installed, python3: '3.12.4-1~lab1' })).toEqual([]);
    expect(checkRuntime('loja', '3.0.0', { loja: '3.0.0' })[0]?.found).toBe('none');
    expect(checkRuntime('loja', '2.4.0', installed)).toEqual([]);
  });
});

describe('behaviour d: kernels make the server reboot-required', () => {
  it('kernel releases and the kernels a plan installs', () => {
    expect(kernelRelease('linux-image-6.1.0-25-amd64', '6.1.106-3')).toBe('6.1.0-25-amd64');
    expect(kernelRelease('nginx', '1.22.1-9')).toBeUndefined();
    const plan = resolveUpgrade(BASE_12_5, 'upgrade-with-new', { sources: DEFAULT_SOURCES });
    expect(kernelsInstalledBy(plan.actions)).toEqual(['6.1.0-25-amd64']);
    expect(kernelsInstalledBy(resolveUpgrade(BASE_12_5, 'upgrade').actions)).toEqual([]);
  });

  it('the newest installed image is the one booted next', () => {
    expect(newestInstalledKernel(BASE_12_5)).toBe('6.1.0-18-amd64');
    expect(newestInstalledKernel({ ...BASE_12_5, 'linux-image-6.1.0-25-amd64': '6.1.106-3' })).toBe(
      '6.1.0-25-amd64',
    );
    expect(newestInstalledKernel({})).toBeUndefined();
  });
});
