import { describe, expect, it } from 'vitest';
import { BASE_12_5, WEB_12_5 } from './fixtures/installed';
import {
  availableVersions,
  candidate,
  cvesFixedBy,
  cvesOpen,
  firstFixedVersion,
  formatUpgradable,
  getPackage,
  getVersion,
  packageNames,
  pinPriority,
  policy,
  providersOf,
  upgradable,
  versionsOf,
} from './repository';
import { DEFAULT_SOURCES, policyLine, SOURCES, sourcesListLine } from './sources';
import type { SourceId } from './types';

const WITH = (...extra: SourceId[]) => ({ sources: [...DEFAULT_SOURCES, ...extra] });

describe('getPackage / getVersion / packageNames', () => {
  it('finds packages and versions; unknown names are undefined', () => {
    expect(getPackage('nginx')?.section).toBe('httpd');
    expect(getPackage('nope')).toBeUndefined();
    expect(getPackage('toString')).toBeUndefined();
    expect(getVersion('nginx', '1.22.1-9')?.source).toBe('bookworm');
    expect(getVersion('nginx', '9.9')).toBeUndefined();
    expect(packageNames()).toContain('loja');
    expect(packageNames()).toEqual([...packageNames()].sort());
  });

  it('accepts a catalog override', () => {
    const only = getPackage('nginx');
    expect(only && getPackage('nginx', { catalog: { foo: { ...only, name: 'foo' } } })).toBeUndefined();
  });
});

describe('versionsOf', () => {
  it('lists versions of the enabled sources, highest first', () => {
    expect(versionsOf('nginx')).toEqual(['1.22.1-9+deb12u2', '1.22.1-9+deb12u1', '1.22.1-9']);
    expect(versionsOf('nginx', WITH('nginx-org'))).toEqual([
      '1.26.2-1~bookworm',
      '1.26.0-1~bookworm',
      '1.24.0-1~bookworm',
      '1.22.1-9+deb12u2',
      '1.22.1-9+deb12u1',
      '1.22.1-9',
    ]);
    expect(versionsOf('postgresql-15')[0]).toBe('15.10-0+deb12u1');
  });

  it('lab repositories must be enabled', () => {
    expect(versionsOf('loja')).toEqual([]);
    expect(versionsOf('loja', WITH('loja'))).toEqual(['3.0.0', '2.4.0', '2.3.0']);
    expect(versionsOf('python3')).toEqual(['3.11.2-1+b1']);
    expect(availableVersions('python3', WITH('lab-python')).map((v) => v.source)).toEqual([
      'lab-python',
      'lab-python',
      'bookworm',
    ]);
  });
});

describe('candidate and pins (apt_preferences)', () => {
  it('is the highest version at the highest priority', () => {
    expect(candidate('nginx')).toBe('1.22.1-9+deb12u2');
    expect(candidate('nginx', WITH('nginx-org'))).toBe('1.26.2-1~bookworm');
    expect(candidate('loja')).toBeUndefined();
    expect(candidate('nope')).toBeUndefined();
  });

  it('backports are NotAutomatic (priority 100): not a candidate unless targeted or pinned', () => {
    const bpo = WITH('bookworm-backports');
    expect(candidate('git', bpo)).toBe('1:2.39.5-0+deb12u1');
    expect(candidate('git', { ...bpo, targetRelease: 'bookworm-backports' })).toBe('1:2.45.2-1~bpo12+1');
    expect(
      candidate('git', { ...bpo, pins: [{ package: 'git', source: 'bookworm-backports', priority: 500 }] }),
    ).toBe('1:2.45.2-1~bpo12+1');
    // installed from backports: it stays the candidate, and newer backports would be followed
    expect(candidate('git', { ...bpo, installed: '1:2.45.2-1~bpo12+1' })).toBe('1:2.45.2-1~bpo12+1');
  });

  it('a version pin holds a package on a series', () => {
    const opts = { ...WITH('nginx-org'), pins: [{ package: 'nginx', version: '1.22.*', priority: 900 }] };
    expect(candidate('nginx', opts)).toBe('1.22.1-9+deb12u2');
    const v = getVersion('nginx', '1.26.2-1~bookworm');
    expect(v && pinPriority('nginx', v, opts)).toBe(500);
  });

  it('never downgrades the installed version unless pinned >= 1000', () => {
    expect(candidate('nginx', { installed: '1.26.0-1~bookworm' })).toBe('1.26.0-1~bookworm');
    const pin = { package: 'nginx', version: '1.22.1-9+deb12u2', priority: 1001 };
    expect(candidate('nginx', { installed: '1.26.0-1~bookworm', pins: [pin] })).toBe('1.22.1-9+deb12u2');
    const lower = { package: 'nginx', version: '1.22.1-9+deb12u2', priority: 990 };
    expect(candidate('nginx', { installed: '1.26.0-1~bookworm', pins: [lower] })).toBe('1.26.0-1~bookworm');
  });

  it('a negative pin forbids a version; package-specific pins beat `*` pins', () => {
    const opts = {
      ...WITH('nginx-org'),
      pins: [
        { package: '*', source: 'nginx-org' as const, priority: 900 },
        { package: 'nginx', version: '1.26.*', priority: -1 },
      ],
    };
    expect(candidate('nginx', opts)).toBe('1.24.0-1~bookworm');
  });

  it('holds do not change the candidate (as apt-cache policy shows)', () => {
    expect(candidate('nginx', { holds: ['nginx'], installed: '1.22.1-9' })).toBe('1.22.1-9+deb12u2');
  });
});

describe('policy (apt-cache policy)', () => {
  it('lists installed, candidate and the version table with sources and the dpkg status', () => {
    const p = policy('openssl', { installed: '3.0.11-1~deb12u2' });
    expect(p?.installed).toBe('3.0.11-1~deb12u2');
    expect(p?.candidate).toBe('3.0.16-1~deb12u1');
    const row = p?.table.find((r) => r.installed);
    expect(row?.origins).toEqual([
      { source: 'bookworm', priority: 500 },
      { source: 'status', priority: 100 },
    ]);
    expect(p?.table.map((r) => r.version)[0]).toBe('3.0.16-1~deb12u1');
  });

  it('shows an installed version from a disabled source with only the status file', () => {
    const p = policy('loja', { installed: '2.4.0' });
    expect(p?.candidate).toBe('2.4.0');
    expect(p?.table).toEqual([
      { version: '2.4.0', priority: 100, origins: [{ source: 'status', priority: 100 }], installed: true },
    ]);
    expect(policy('nope')).toBeUndefined();
  });

  it('formats source lines', () => {
    expect(policyLine('bookworm-security')).toBe(
      `${SOURCES['bookworm-security'].uri} bookworm-security/main amd64 Packages`,
    );
    expect(sourcesListLine('nginx-org')).toBe('deb https://nginx.org/packages/debian bookworm nginx');
  });
});

describe('upgradable (apt list --upgradable)', () => {
  it('lists installed packages with a newer candidate, in name order, with suite and arch', () => {
    const list = upgradable(WEB_12_5);
    const names = list.map((e) => e.name);
    expect(names).toEqual([...names].sort());
    expect(names).toEqual(
      expect.arrayContaining(['libssl3', 'openssl', 'nginx', 'openssh-server', 'linux-image-amd64']),
    );
    expect(names).not.toContain('coreutils');
    const nginx = list.find((e) => e.name === 'nginx');
    expect(nginx && formatUpgradable(nginx)).toBe(
      'nginx/bookworm-security 1.22.1-9+deb12u2 all [upgradable from: 1.22.1-9]',
    );
  });

  it('marks held packages and follows enabled sources', () => {
    expect(upgradable(WEB_12_5, { holds: ['nginx'] }).find((e) => e.name === 'nginx')?.held).toBe(true);
    expect(upgradable(WEB_12_5, WITH('lab-python')).find((e) => e.name === 'python3')?.to).toBe(
      '3.12.7-1~lab1',
    );
    expect(upgradable({})).toEqual([]);
  });
});

describe('CVEs', () => {
  it('cvesOpen lists open CVEs, most severe first', () => {
    const open = cvesOpen('openssh-server', '1:9.2p1-2+deb12u2').map((c) => c.id);
    expect(open).toEqual(['CVE-2024-6387']);
    expect(cvesOpen('openssh-server', '1:9.2p1-2+deb12u3')).toEqual([]);
    expect(cvesOpen('nginx', '1.26.0-1~bookworm')[0]?.severity).toBe('high');
    expect(cvesOpen('nope', '1.0')).toEqual([]);
  });

  it('cvesFixedBy is what an upgrade closes; firstFixedVersion finds the patch', () => {
    const fixed = cvesFixedBy('libssl3', '3.0.11-1~deb12u2', '3.0.13-1~deb12u1').map((c) => c.id);
    expect(fixed.sort()).toEqual(['CVE-2023-5678', 'CVE-2023-6129', 'CVE-2023-6237', 'CVE-2024-0727']);
    expect(firstFixedVersion('libssl3', 'CVE-2024-5535')).toBe('3.0.15-1~deb12u1');
    expect(firstFixedVersion('nginx', 'CVE-2024-7347')).toBe('1.22.1-9+deb12u1');
    expect(firstFixedVersion('nginx', 'CVE-2024-32760', WITH('nginx-org'))).toBe('1.26.2-1~bookworm');
    expect(firstFixedVersion('nginx', 'CVE-2026-99999')).toBeUndefined();
  });
});

describe('providersOf', () => {
  it('finds the packages providing a virtual name', () => {
    expect(providersOf('httpd')).toEqual([{ name: 'nginx-core', version: '1.22.1-9+deb12u2' }]);
    expect(providersOf('httpd', WITH('nginx-org')).map((p) => p.name)).toEqual(['nginx', 'nginx-core']);
    expect(providersOf('cron-daemon')).toEqual([{ name: 'cron', version: '3.0pl1-162+deb12u1' }]);
  });

  it('a base 12.5 install is consistent with the catalog', () => {
    for (const [name, v] of Object.entries(BASE_12_5)) expect(getVersion(name, v), name).toBeDefined();
  });
});
