import { describe, expect, it } from 'vitest';
import {
  CATALOG,
  LOJA_NEEDS_PYTHON_312,
  NGINX_LISTEN_HTTP2_DEPRECATED,
  NGINX_SSL_DIRECTIVE_REMOVED,
  PACKAGES,
} from './catalog/index';
import { CVES } from './cves';
import { satisfiesConstraint } from './depends';
import { ALL_SOURCES } from './sources';
import type { PackageVersion } from './types';
import { compareVersions, isValidVersion, upstreamVersion } from './version';

const REQUIRED = [
  'nginx',
  'nginx-common',
  'libssl3',
  'openssl',
  'ca-certificates',
  'python3',
  'python3-minimal',
  'postgresql-15',
  'postgresql-client-15',
  'postgresql-common',
  'linux-image-amd64',
  'openssh-server',
  'openssh-client',
  'curl',
  'libcurl4',
  'sudo',
  'systemd',
  'htop',
  'vim',
  'nano',
  'git',
  'rsync',
  'unattended-upgrades',
  'needrestart',
  'logrotate',
  'cron',
  'tzdata',
  'bash',
  'coreutils',
  'apt',
  'loja',
  'ansible-core',
];

const all = PACKAGES.flatMap((p) => p.versions.map((v) => ({ pkg: p.name, v })));
const versionsOf = (name: string) => CATALOG[name]?.versions.map((v) => v.version) ?? [];
const version = (name: string, v: string): PackageVersion | undefined =>
  CATALOG[name]?.versions.find((x) => x.version === v);

describe('catalog: shape and integrity', () => {
  it('has every package the lab needs, and at least 25 with several versions', () => {
    for (const name of REQUIRED) expect(CATALOG[name], name).toBeDefined();
    expect(PACKAGES.filter((p) => p.versions.length >= 2).length).toBeGreaterThanOrEqual(25);
    expect(new Set(PACKAGES.map((p) => p.name)).size).toBe(PACKAGES.length);
  });

  it('every version is valid, unique and sorted highest first', () => {
    for (const p of PACKAGES) {
      const vs = p.versions.map((v) => v.version);
      expect(vs.every(isValidVersion), p.name).toBe(true);
      expect(new Set(vs).size, p.name).toBe(vs.length);
      for (let i = 1; i < vs.length; i++)
        expect(compareVersions(vs[i - 1] ?? '', vs[i] ?? ''), p.name).toBe(1);
    }
  });

  it('every version has a known source, a size, a description of its changes', () => {
    for (const { pkg, v } of all) {
      expect(ALL_SOURCES, `${pkg} ${v.version}`).toContain(v.source);
      expect(v.installedSize, pkg).toBeGreaterThan(0);
      expect(v.changes.length, `${pkg} ${v.version}`).toBeGreaterThan(0);
    }
    for (const p of PACKAGES) expect(p.description.length, p.name).toBeGreaterThan(0);
  });

  it('every dependency names a catalog package or a provided virtual package in its first alternative', () => {
    const virtuals = new Set(all.flatMap(({ v }) => v.provides));
    for (const { pkg, v } of all) {
      for (const clause of v.depends) {
        const first = clause[0]?.name ?? '';
        expect(CATALOG[first] !== undefined || virtuals.has(first), `${pkg} ${v.version} → ${first}`).toBe(
          true,
        );
      }
    }
  });

  it('every dependency of a Debian version can be met by some catalog version', () => {
    for (const { pkg, v } of all) {
      for (const clause of v.depends) {
        const ok = clause.some((alt) =>
          (CATALOG[alt.name]?.versions ?? []).some((x) => satisfiesConstraint(x.version, alt.constraint)),
        );
        expect(ok, `${pkg} ${v.version}`).toBe(true);
      }
    }
  });

  it('CVE ids are registered and CVE-shaped; fixed and open never overlap', () => {
    for (const { pkg, v } of all) {
      for (const id of [...v.cves.fixed, ...v.cves.open]) {
        expect(id).toMatch(/^CVE-\d{4}-\d{4,}$/);
        expect(CVES[id], `${pkg} ${v.version}: ${id}`).toBeDefined();
      }
      expect(
        v.cves.fixed.filter((id) => v.cves.open.includes(id)),
        pkg,
      ).toEqual([]);
    }
  });

  it('realistic bookworm base versions', () => {
    expect(versionsOf('nginx')).toContain('1.22.1-9');
    expect(versionsOf('libssl3')).toEqual(
      expect.arrayContaining(['3.0.11-1~deb12u2', '3.0.13-1~deb12u1', '3.0.15-1~deb12u1']),
    );
    expect(versionsOf('python3')).toContain('3.11.2-1+b1');
    expect(versionsOf('postgresql-15')).toEqual(expect.arrayContaining(['15.5-0+deb12u1', '15.8-0+deb12u1']));
    expect(versionsOf('nginx')).toEqual(
      expect.arrayContaining(['1.24.0-1~bookworm', '1.26.0-1~bookworm', '1.26.2-1~bookworm']),
    );
    expect(versionsOf('python3')).toContain('3.12.4-1~lab1');
    expect(versionsOf('loja')).toEqual(['3.0.0', '2.4.0', '2.3.0']);
  });
});

describe('behaviour a: nginx >= 1.25.1 rejects `ssl on;` (data)', () => {
  it('every nginx version with upstream >= 1.25.1, and only those, carries the breaking change', () => {
    for (const v of CATALOG.nginx?.versions ?? []) {
      const expected = compareVersions(upstreamVersion(v.version), '1.25.1') >= 0;
      expect(v.breaking?.includes(NGINX_SSL_DIRECTIVE_REMOVED) ?? false, v.version).toBe(expected);
    }
  });

  it('uses nginx exact message template and matches `ssl on;` lines only', () => {
    expect(NGINX_SSL_DIRECTIVE_REMOVED.messageTemplate).toBe(
      'nginx: [emerg] unknown directive "ssl" in {file}:{line}',
    );
    expect(NGINX_SSL_DIRECTIVE_REMOVED.severity).toBe('error');
    const re = new RegExp(NGINX_SSL_DIRECTIVE_REMOVED.linePattern);
    expect(re.test('    ssl on;')).toBe(true);
    expect(re.test('ssl off ;')).toBe(true);
    expect(re.test('    # ssl on;')).toBe(false);
    expect(re.test('    ssl_certificate /etc/ssl/x.pem;')).toBe(false);
    expect(re.test('    listen 443 ssl;')).toBe(false);
    expect(new RegExp(NGINX_LISTEN_HTTP2_DEPRECATED.linePattern).test('  listen 443 ssl http2;')).toBe(true);
    expect(NGINX_LISTEN_HTTP2_DEPRECATED.severity).toBe('warn');
  });
});

describe('behaviour b: libssl3 is a shared library with CVE history (data)', () => {
  it('every libssl3 version is flagged as a shared library', () => {
    for (const v of CATALOG.libssl3?.versions ?? []) {
      expect(v.sharedLibrary?.sonames).toEqual(['libssl.so.3', 'libcrypto.so.3']);
    }
  });

  it('security updates close CVEs: later versions have fewer open', () => {
    const open = (v: string) => version('libssl3', v)?.cves.open ?? [];
    expect(open('3.0.11-1~deb12u2')).toContain('CVE-2024-0727');
    expect(version('libssl3', '3.0.13-1~deb12u1')?.cves.fixed).toContain('CVE-2024-0727');
    expect(open('3.0.13-1~deb12u1')).not.toContain('CVE-2024-0727');
    expect(open('3.0.15-1~deb12u1').length).toBeLessThan(open('3.0.13-1~deb12u1').length);
  });

  it('services that link OpenSSL list libssl3 among the packages they load', () => {
    const loads = (pkg: string, v: string, unit: string) =>
      version(pkg, v)?.services.find((s) => s.name === unit)?.loads ?? [];
    expect(loads('nginx-common', '1.22.1-9', 'nginx')).toContain('libssl3');
    expect(loads('openssh-server', '1:9.2p1-2', 'ssh')).toContain('libssl3');
    expect(loads('postgresql-15', '15.5-0+deb12u1', 'postgresql@15-main')).toContain('libssl3');
  });
});

describe('behaviour c: loja 3.0.0 requires Python >= 3.12 at runtime, not in apt Depends (data)', () => {
  it('only loja 3.0.0 has the runtime requirement', () => {
    expect(version('loja', '3.0.0')?.runtimeRequires).toEqual([LOJA_NEEDS_PYTHON_312]);
    expect(version('loja', '2.4.0')?.runtimeRequires).toBeUndefined();
    expect(LOJA_NEEDS_PYTHON_312.constraint).toEqual({ op: '>=', version: '3.12' });
    expect(LOJA_NEEDS_PYTHON_312.messageTemplate).toBe(
      'loja: error: Python 3.12 or newer is required (found {found})',
    );
  });

  it('apt Depends still accepts Python 3.11, so apt installs it', () => {
    const py = version('loja', '3.0.0')
      ?.depends.flat()
      .find((a) => a.name === 'python3');
    expect(py?.constraint && satisfiesConstraint('3.11.2-1+b1', py.constraint)).toBe(true);
  });

  it('loja releases carry their database schema version', () => {
    expect(['2.3.0', '2.4.0', '3.0.0'].map((v) => version('loja', v)?.app?.schemaVersion)).toEqual([7, 8, 9]);
  });
});

describe('behaviour d: linux-image versions are kernels (data)', () => {
  it('each ABI image carries its kernel release; the metapackage pins one image', () => {
    const meta = CATALOG['linux-image-amd64']?.versions ?? [];
    expect(meta.length).toBeGreaterThanOrEqual(3);
    for (const m of meta) {
      const dep = m.depends[0]?.[0];
      const image = dep ? CATALOG[dep.name]?.versions[0] : undefined;
      expect(image?.kernel?.release).toBe(dep?.name.replace(/^linux-image-/, ''));
      expect(image?.version).toBe(m.version);
    }
    expect(version('linux-image-6.1.0-25-amd64', '6.1.106-3')?.kernel).toEqual({ release: '6.1.0-25-amd64' });
    expect(version('linux-image-6.1.0-18-amd64', '6.1.76-1')?.kernel).toEqual({ release: '6.1.0-18-amd64' });
  });
});

describe('behaviour e: priority and essential flags (data)', () => {
  it('bash, coreutils and dpkg are Essential; apt is Important; init is Protected', () => {
    const flags = (n: string) =>
      CATALOG[n] && [CATALOG[n].essential, CATALOG[n].important, CATALOG[n].protected];
    expect(flags('bash')).toEqual([true, false, false]);
    expect(flags('coreutils')).toEqual([true, false, false]);
    expect(flags('dpkg')).toEqual([true, false, false]);
    expect(flags('apt')).toEqual([false, true, false]);
    expect(flags('init')).toEqual([false, false, true]);
    expect(flags('nginx')).toEqual([false, false, false]);
  });

  it('priorities and sections follow Debian', () => {
    expect(CATALOG.bash?.priority).toBe('required');
    expect(CATALOG.systemd?.priority).toBe('important');
    expect(CATALOG['openssh-client']?.priority).toBe('standard');
    expect(CATALOG.nginx?.priority).toBe('optional');
    expect(CATALOG.nginx?.section).toBe('httpd');
  });
});
