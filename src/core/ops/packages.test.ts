import { describe, expect, it } from 'vitest';
import { deploymentHealth } from '../health/deployment';
import type { World } from '../model/types';
import { staleLoads } from '../packages';
import { installedVersions } from './dpkgState';
import { writeFile } from './files';
import { aptInstall, aptUpgrade, dpkgConfigurePending, isHostFailure } from './packages';
import { restartService } from './services';
import { reboot, setCertificateExpiry } from './system';
import {
  fileText,
  fixSslDirective,
  frota,
  NOW,
  newEntries,
  root,
  server,
  withServer,
  withSources,
} from './testkit';

const NGINX_126 = '1.26.2-1~bookworm';
const install126 = root(`sudo apt install nginx=${NGINX_126}`);

function web01WithNginxOrg() {
  return withSources(frota(), 'web-01', 'nginx-org');
}

/** frota's site certificate was issued at provisioning, 200 days ago; renew it so only nginx matters. */
function renewed(world: World): World {
  return setCertificateExpiry(
    world,
    'lb-01',
    '/etc/ssl/certs/loja.pem',
    NOW + 60 * 86_400_000,
    root('certbot renew'),
  ).world;
}

describe('upgrading nginx across 1.25.1 with `ssl on;` (a)', () => {
  const before = renewed(web01WithNginxOrg());
  const { world, outcome } = aptInstall(before, 'web-01', [{ name: 'nginx', version: NGINX_126 }], {
    actor: install126,
    requestedBy: 'aluno',
  });
  if (isHostFailure(outcome)) throw new Error('unexpected host failure');

  it('exits 100 with the service, invoke-rc.d and dpkg error lines in order', () => {
    expect(outcome.exitCode).toBe(100);
    expect(outcome.code).toBe('DPKG_ERROR');
    const lines = outcome.combined.split('\n');
    const from = lines.indexOf(`Setting up nginx (${NGINX_126}) ...`);
    expect(lines.slice(from, from + 10)).toEqual([
      `Setting up nginx (${NGINX_126}) ...`,
      'Job for nginx.service failed because the control process exited with error code.',
      'See "systemctl status nginx.service" and "journalctl -xeu nginx.service" for details.',
      'invoke-rc.d: initscript nginx, action "restart" failed.',
      'dpkg: error processing package nginx (--configure):',
      ' installed nginx package post-installation script subprocess returned error exit status 1',
      'Errors were encountered while processing:',
      ' nginx',
      'E: Sub-process /usr/bin/dpkg returned an error code (1)',
      '',
    ]);
    expect(outcome.stderr).toContain('E: Sub-process /usr/bin/dpkg returned an error code (1)\n');
    expect(outcome.stdout).not.toContain('E: ');
  });

  it("prints apt's plan: nginx.org's nginx replaces Debian's three packages", () => {
    expect(outcome.stdout).toContain(
      [
        'Reading package lists... Done',
        'Building dependency tree... Done',
        'Reading state information... Done',
        'The following packages will be REMOVED:',
        '  nginx-common nginx-core',
        'The following packages will be upgraded:',
        '  nginx',
        '1 upgraded, 0 newly installed, 2 to remove and 23 not upgraded.',
      ].join('\n'),
    );
    expect(outcome.stdout).toMatch(/^Need to get [\d,.]+ kB of archives\.$/m);
    expect(outcome.stdout).toMatch(
      /^Get:1 https:\/\/nginx\.org\/packages\/debian bookworm\/nginx amd64 nginx amd64 1\.26\.2-1~bookworm \[[\d,]+ kB\]$/m,
    );
    expect(outcome.stdout).toContain(`Unpacking nginx (${NGINX_126}) over (1.22.1-9) ...`);
  });

  it('leaves nginx failed with the emerg line in its journal and the package half-configured', () => {
    const web01 = server(world, 'web-01');
    expect(web01.services.nginx?.active).toBe('failed');
    expect(web01.services.nginx?.package).toBe('nginx');
    expect(web01.services.nginx?.journal.map((l) => l.message)).toContain(
      'nginx: [emerg] unknown directive "ssl" in /etc/nginx/sites-enabled/loja:4',
    );
    expect(web01.packages.nginx).toEqual({ version: NGINX_126, held: false, status: 'half-configured' });
    expect(web01.packages['nginx-common']).toBeUndefined();
    expect(outcome.failedPackages).toEqual(['nginx']);
  });

  it('degrades the prod deployment: one backend of three is down', () => {
    expect(deploymentHealth(before, 'prod')?.status).toBe('healthy');
    expect(deploymentHealth(world, 'prod')?.status).toBe('degraded');
  });

  it('writes history.log and dpkg.log like apt and dpkg (UTC dates from the world clock)', () => {
    expect(fileText(world, 'web-01', '/var/log/apt/history.log')).toBe(
      [
        '',
        'Start-Date: 2026-11-29  09:00:05',
        `Commandline: apt install nginx=${NGINX_126}`,
        'Requested-By: aluno (1000)',
        `Upgrade: nginx:amd64 (1.22.1-9, ${NGINX_126})`,
        'Remove: nginx-common:amd64 (1.22.1-9), nginx-core:amd64 (1.22.1-9)',
        'Error: Sub-process /usr/bin/dpkg returned an error code (1)',
        'End-Date: 2026-11-29  09:00:05',
        '',
      ].join('\n'),
    );
    const dpkgLog = fileText(world, 'web-01', '/var/log/dpkg.log') ?? '';
    expect(dpkgLog).toContain(`2026-11-29 09:00:05 upgrade nginx:amd64 1.22.1-9 ${NGINX_126}\n`);
    expect(dpkgLog).toContain(`2026-11-29 09:00:05 status half-configured nginx:amd64 ${NGINX_126}\n`);
    expect(dpkgLog).not.toContain(`status installed nginx:amd64 ${NGINX_126}`);
  });

  it('records a ledger entry per package and unit that changed', () => {
    expect(newEntries(before, world).map((e) => [e.resource, e.before, e.after])).toEqual([
      ['package:nginx', '1.22.1-9', `${NGINX_126} (half-configured)`],
      ['package:nginx-common', '1.22.1-9', null],
      ['package:nginx-core', '1.22.1-9', null],
      ['service:nginx', 'enabled active', 'enabled failed'],
    ]);
    expect(
      newEntries(before, world).every((e) => e.host === 'web-01' && e.command === install126.command),
    ).toBe(true);
  });

  it('configures the package once the config is fixed (`dpkg --configure -a`)', () => {
    const site = '/etc/nginx/sites-enabled/loja';
    const fixed = writeFile(
      world,
      'web-01',
      site,
      fixSslDirective(fileText(world, 'web-01', site) ?? ''),
      root('vim'),
    );
    const again = dpkgConfigurePending(fixed.world, 'web-01', { actor: root('sudo dpkg --configure -a') });
    expect(again.outcome).toMatchObject({ exitCode: 0, stdout: `Setting up nginx (${NGINX_126}) ...\n` });
    expect(server(again.world, 'web-01').packages.nginx).toEqual({ version: NGINX_126, held: false });
    expect(server(again.world, 'web-01').services.nginx?.active).toBe('active');
  });

  it('retries the half-configured package on the next apt run, failing again while the config is broken', () => {
    const next = aptInstall(world, 'web-01', [{ name: 'curl' }], {
      actor: root('apt install curl'),
      assumeYes: true,
    });
    expect(next.outcome).toMatchObject({ exitCode: 100 });
    const text = 'combined' in next.outcome ? next.outcome.combined : '';
    expect(text).toContain('1 not fully installed or removed.');
    expect(text).toContain(`Setting up nginx (${NGINX_126}) ...`);
  });
});

describe('shared libraries (b)', () => {
  const before = frota();
  const { world } = aptInstall(before, 'web-01', [{ name: 'libssl3' }], {
    actor: root('apt install libssl3'),
  });
  const web01 = server(world, 'web-01');
  const upgraded = web01.packages.libssl3?.version;

  it('upgrading libssl3 restarts nothing: nginx, loja and ssh keep the old library loaded', () => {
    expect(upgraded).toBe('3.0.16-1~deb12u1');
    for (const unit of ['nginx', 'loja', 'ssh']) {
      expect(web01.services[unit]?.active).toBe('active');
      expect(web01.services[unit]?.loaded.libssl3).toBe('3.0.11-1~deb12u2');
      expect(staleLoads(web01.services[unit]?.loaded ?? {}, installedVersions(web01))).toEqual([
        { package: 'libssl3', loaded: '3.0.11-1~deb12u2', installed: upgraded },
      ]);
    }
  });

  it('a restart maps the new library', () => {
    const restarted = restartService(world, 'web-01', 'nginx', root('systemctl restart nginx'));
    expect(server(restarted.world, 'web-01').services.nginx?.loaded.libssl3).toBe(upgraded);
    expect(server(restarted.world, 'web-01').services.loja?.loaded.libssl3).toBe('3.0.11-1~deb12u2');
  });
});

describe('an app release that needs a newer Python (c)', () => {
  const { world, outcome } = aptInstall(frota(), 'web-01', [{ name: 'loja', version: '3.0.0' }], {
    actor: root('apt install loja=3.0.0'),
  });

  it('installs (apt exits 0: the simple unit starts, then its process exits) but the service fails', () => {
    expect(outcome).toMatchObject({ exitCode: 0, code: 'OK' });
    const web01 = server(world, 'web-01');
    expect(web01.packages.loja).toEqual({ version: '3.0.0', held: false });
    expect(web01.packages.python3?.version).toBe('3.11.2-1+b1');
    expect(web01.services.loja?.active).toBe('failed');
    expect(web01.services.loja?.journal.map((l) => l.message)).toContain(
      'loja: error: Python 3.12 or newer is required (found 3.11.2)',
    );
  });
});

describe('kernel upgrades (d)', () => {
  const before = frota();
  const { world, outcome } = aptUpgrade(before, 'lb-01', { actor: root('apt upgrade -y'), assumeYes: true });

  it('installs the new image, prints the initramfs and GRUB lines, and asks for a reboot', () => {
    const lb = server(world, 'lb-01');
    expect(lb.kernel).toEqual({ running: '6.1.0-18-amd64', installed: '6.1.0-25-amd64' });
    expect(lb.fs['/run/reboot-required']).toBeDefined();
    expect(outcome).toMatchObject({ exitCode: 0, rebootRequired: true });
    const text = 'combined' in outcome ? outcome.combined : '';
    expect(text).toContain('The following NEW packages will be installed:\n  linux-image-6.1.0-25-amd64\n');
    expect(text).toContain(
      [
        'Setting up linux-image-6.1.0-25-amd64 (6.1.106-3) ...',
        'I: /vmlinuz.old is now a symlink to boot/vmlinuz-6.1.0-18-amd64',
        'I: /initrd.img.old is now a symlink to boot/initrd.img-6.1.0-18-amd64',
        'I: /vmlinuz is now a symlink to boot/vmlinuz-6.1.0-25-amd64',
        'I: /initrd.img is now a symlink to boot/initrd.img-6.1.0-25-amd64',
        '/etc/kernel/postinst.d/initramfs-tools:',
        'update-initramfs: Generating /boot/initrd.img-6.1.0-25-amd64',
        '/etc/kernel/postinst.d/unattended-upgrades:',
        '/etc/kernel/postinst.d/zz-update-grub:',
        'Generating grub configuration file ...',
        'Found linux image: /boot/vmlinuz-6.1.0-25-amd64',
        'Found initrd image: /boot/initrd.img-6.1.0-25-amd64',
        'Found linux image: /boot/vmlinuz-6.1.0-18-amd64',
        'Found initrd image: /boot/initrd.img-6.1.0-18-amd64',
      ].join('\n'),
    );
  });

  it('stays reboot-required until the reboot, which runs the new kernel', () => {
    const later = aptUpgrade(world, 'lb-01', { actor: root('apt upgrade') });
    expect(server(later.world, 'lb-01').kernel.running).toBe('6.1.0-18-amd64');
    const booted = reboot(later.world, 'lb-01', root('reboot'));
    const lb = server(booted.world, 'lb-01');
    expect(lb.kernel).toEqual({ running: '6.1.0-25-amd64', installed: '6.1.0-25-amd64' });
    expect(lb.fs['/run/reboot-required']).toBeUndefined();
    expect(lb.bootedAt).toBe(NOW);
  });

  it('`apt-get upgrade` keeps the kernel metapackage back instead', () => {
    const r = aptUpgrade(before, 'lb-01', {
      actor: root('apt-get upgrade'),
      frontend: 'apt-get',
      assumeYes: true,
    });
    expect('stdout' in r.outcome && r.outcome.stdout).toContain(
      'Calculating upgrade... Done\nThe following packages have been kept back:\n  linux-image-amd64\n',
    );
    expect(server(r.world, 'lb-01').kernel.installed).toBe('6.1.0-18-amd64');
  });
});

describe('refusals (e)', () => {
  it('a held package is kept back by upgrade', () => {
    const held = withServer(frota(), 'lb-01', (s) => ({
      ...s,
      packages: { ...s.packages, nginx: { version: '1.22.1-9', held: true } },
    }));
    const r = aptUpgrade(held, 'lb-01', { actor: root('apt upgrade'), assumeYes: true });
    expect('stdout' in r.outcome && r.outcome.stdout).toMatch(
      /The following packages have been kept back:\n {2}nginx\n/,
    );
    expect(server(r.world, 'lb-01').packages.nginx?.version).toBe('1.22.1-9');
    expect(server(r.world, 'lb-01').packages['nginx-core']?.version).toBe('1.22.1-9+deb12u2');
  });

  it('a held package refuses an install of another version', () => {
    const held = withServer(web01WithNginxOrg(), 'web-01', (s) => ({
      ...s,
      packages: { ...s.packages, nginx: { version: '1.22.1-9', held: true } },
    }));
    const r = aptInstall(held, 'web-01', [{ name: 'nginx', version: NGINX_126 }], {
      actor: install126,
      assumeYes: true,
    });
    expect(r.world).toBe(held);
    expect(r.outcome).toMatchObject({
      exitCode: 100,
      stderr: 'E: Held packages were changed and -y was used without --allow-change-held-packages.\n',
    });
    expect('stdout' in r.outcome && r.outcome.stdout).toContain(
      'The following held packages will be changed:\n  nginx\n',
    );
  });

  it('a dpkg lock held by unattended-upgrades makes apt fail', () => {
    const locked = withServer(frota(), 'web-02', (s) => ({
      ...s,
      apt: { ...s.apt, lock: { holder: 'unattended-upgrades', pid: 1432 } },
    }));
    const r = aptUpgrade(locked, 'web-02', { actor: root('apt upgrade') });
    expect(r.world).toBe(locked);
    expect(r.outcome).toMatchObject({
      code: 'LOCKED',
      exitCode: 100,
      stdout: '',
      stderr: [
        'E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 1432 (unattended-upgr)',
        'N: Be aware that removing the lock file is not a solution and may break your system.',
        'E: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), is another process using it?',
        '',
      ].join('\n'),
    });
  });

  it('an unreachable host refuses, leaving a fleet run half-changed', () => {
    const start = withServer(frota(), 'web-02', (s) => ({ ...s, reachable: false }));
    let world = start;
    const codes: string[] = [];
    for (const host of ['web-01', 'web-02', 'web-03']) {
      const r = aptInstall(world, host, [{ name: 'libssl3' }], {
        actor: root('ansible web -m apt'),
        assumeYes: true,
      });
      world = r.world;
      codes.push(r.outcome.code);
    }
    expect(codes).toEqual(['OK', 'UNREACHABLE', 'OK']);
    expect(['web-01', 'web-02', 'web-03'].map((h) => server(world, h).packages.libssl3?.version)).toEqual([
      '3.0.16-1~deb12u1',
      '3.0.11-1~deb12u2',
      '3.0.16-1~deb12u1',
    ]);
  });

  it('a powered-off host is unreachable too', () => {
    const off = withServer(frota(), 'db-01', (s) => ({ ...s, power: 'off' }));
    expect(aptUpgrade(off, 'db-01', { actor: root('apt upgrade') }).outcome).toEqual({
      ok: false,
      code: 'UNREACHABLE',
      params: { host: 'db-01', reason: 'powered-off' },
    });
  });

  it('a non-root user cannot take the lock', () => {
    const r = aptInstall(frota(), 'web-01', [{ name: 'htop' }], {
      actor: { user: 'aluno', command: 'apt install htop' },
    });
    expect(r.outcome).toMatchObject({
      code: 'NOT_ROOT',
      exitCode: 100,
      stderr:
        'E: Could not open lock file /var/lib/dpkg/lock-frontend - open (13: Permission denied)\nE: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), are you root?\n',
    });
  });
});

describe("apt's own errors", () => {
  const header =
    'Reading package lists... Done\nBuilding dependency tree... Done\nReading state information... Done\n';

  it('an unknown package', () => {
    const r = aptInstall(frota(), 'web-01', [{ name: 'foo' }], { actor: root('apt install foo') });
    expect(r.outcome).toMatchObject({
      exitCode: 100,
      stdout: header,
      stderr: 'E: Unable to locate package foo\n',
    });
  });

  it('an unknown version', () => {
    const r = aptInstall(frota(), 'web-01', [{ name: 'nginx', version: '9.9' }], {
      actor: root('apt install nginx=9.9'),
    });
    expect(r.outcome).toMatchObject({
      exitCode: 100,
      stderr: "E: Version '9.9' for 'nginx' was not found\n",
    });
  });

  it('nothing to do prints the summary and changes nothing', () => {
    const world = frota();
    const r = aptInstall(world, 'web-01', [{ name: 'nginx', version: '1.22.1-9' }], {
      actor: root('apt install nginx=1.22.1-9'),
    });
    expect(r.world).toBe(world);
    expect(r.outcome).toMatchObject({
      exitCode: 0,
      stdout: `${header}nginx is already the newest version (1.22.1-9).\n0 upgraded, 0 newly installed, 0 to remove and 26 not upgraded.\n`,
    });
  });
});
