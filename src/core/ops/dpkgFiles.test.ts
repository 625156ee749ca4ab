import { describe, expect, it } from 'vitest';
import { installedOwner } from './dpkgFiles';
import { dpkgStatusAbbrev } from './dpkgState';
import { makeDir, removePath, writeFile } from './files';
import { aptInstall, aptRemove, aptUpgrade } from './packages';
import { fileText, frota, newEntries, root, server, withSources } from './testkit';

const MIME = '/etc/nginx/mime.types';
const UNIT_FILE = '/lib/systemd/system/nginx.service';

describe('conffiles on upgrade (dpkg --force-confold)', () => {
  const edited = writeFile(
    frota(),
    'lb-01',
    MIME,
    'types { text/html html; }\n',
    root('vim /etc/nginx/mime.types'),
  ).world;
  const withoutDefault = removePath(edited, 'lb-01', '/etc/nginx/sites-available/default', root('rm')).world;
  const { world } = aptUpgrade(withoutDefault, 'lb-01', { actor: root('apt upgrade'), assumeYes: true });

  it("keeps the admin's version of a modified conffile", () => {
    expect(server(world, 'lb-01').packages.nginx?.version).toBe('1.22.1-9+deb12u2');
    expect(fileText(world, 'lb-01', MIME)).toBe('types { text/html html; }\n');
  });

  it('does not bring back a conffile the admin deleted (nor the default site provisioning removed)', () => {
    expect(server(world, 'lb-01').fs['/etc/nginx/sites-available/default']).toBeUndefined();
    expect(server(world, 'lb-01').fs['/etc/nginx/sites-enabled/default']).toBeUndefined();
  });

  it('replaces the non-config files of the package', () => {
    expect(fileText(withoutDefault, 'lb-01', UNIT_FILE)).toContain('Description=nginx 1.22.1-9\n');
    expect(fileText(world, 'lb-01', UNIT_FILE)).toContain('Description=nginx 1.22.1-9+deb12u2\n');
  });

  it('keeps an admin-created file the package newly ships, with the new one beside it as .dpkg-dist', () => {
    const dir = makeDir(frota(), 'bastion', '/etc/nginx', root('mkdir /etc/nginx')).world;
    const made = writeFile(dir, 'bastion', MIME, 'types {}\n', root('vim')).world;
    const r = aptInstall(made, 'bastion', [{ name: 'nginx' }], {
      actor: root('apt install nginx'),
      assumeYes: true,
    });
    expect(fileText(r.world, 'bastion', MIME)).toBe('types {}\n');
    expect(fileText(r.world, 'bastion', `${MIME}.dpkg-dist`)).toContain('text/html html htm shtml;');
    expect('stdout' in r.outcome && r.outcome.stdout).toContain(
      [
        `Configuration file '${MIME}'`,
        ' ==> File on system created by you or by a script.',
        ' ==> File also in package provided by package maintainer.',
        ' ==> Keeping old config file as default.',
      ].join('\n'),
    );
  });
});

describe('remove versus purge', () => {
  const start = frota();
  const removed = aptRemove(start, 'lb-01', ['nginx-common'], {
    actor: root('apt remove nginx-common'),
    assumeYes: true,
  });
  const lb = server(removed.world, 'lb-01');

  it('remove takes the reverse dependencies, the binaries and the unit, and keeps /etc conffiles', () => {
    expect(removed.outcome).toMatchObject({ exitCode: 0 });
    expect('stdout' in removed.outcome && removed.outcome.stdout).toContain(
      'The following packages will be REMOVED:\n  nginx nginx-common nginx-core\n0 upgraded, 0 newly installed, 3 to remove',
    );
    expect(lb.packages.nginx).toBeUndefined();
    expect(lb.fs['/usr/sbin/nginx']).toBeUndefined();
    expect(lb.fs[UNIT_FILE]).toBeUndefined();
    expect(lb.services.nginx).toBeUndefined();
    expect(lb.fs[MIME]).toBeDefined();
    expect(lb.fs['/etc/nginx/nginx.conf']).toBeDefined();
    expect(dpkgStatusAbbrev(lb, 'nginx-common')).toBe('rc');
    expect(newEntries(start, removed.world).map((e) => e.resource)).toEqual([
      'package:nginx',
      'package:nginx-common',
      'package:nginx-core',
      'service:nginx',
    ]);
  });

  it('purge afterwards deletes the conffiles and warns about directories holding other files', () => {
    const purged = aptRemove(removed.world, 'lb-01', ['nginx-common'], {
      actor: root('apt purge nginx-common'),
      purge: true,
    });
    const after = server(purged.world, 'lb-01');
    expect(after.fs[MIME]).toBeUndefined();
    expect(after.fs['/etc/nginx/nginx.conf']).toBeDefined();
    expect(dpkgStatusAbbrev(after, 'nginx-common')).toBeUndefined();
    const out = 'combined' in purged.outcome ? purged.outcome.combined : '';
    expect(out).toContain('The following packages will be REMOVED:\n  nginx-common*\n');
    expect(out).toContain('Purging configuration files for nginx-common (1.22.1-9) ...\n');
    expect(out).toContain(
      "dpkg: warning: while removing nginx-common, directory '/etc/nginx' not empty so not removed\n",
    );
  });

  it('purge right away removes everything in one go and logs Purge: in history.log', () => {
    const purged = aptRemove(start, 'lb-01', ['nginx-common'], {
      actor: root('apt purge nginx-common'),
      purge: true,
    });
    expect(server(purged.world, 'lb-01').fs[MIME]).toBeUndefined();
    expect(fileText(purged.world, 'lb-01', '/var/log/apt/history.log')).toContain(
      'Purge: nginx:amd64 (1.22.1-9), nginx-common:amd64 (1.22.1-9), nginx-core:amd64 (1.22.1-9)\n',
    );
  });
});

describe('automatically installed packages', () => {
  const installed = aptInstall(frota(), 'lb-01', [{ name: 'postgresql-client-15' }], {
    actor: root('apt install postgresql-client-15'),
  });

  it('marks dependencies automatic and lists them as additional', () => {
    expect(server(installed.world, 'lb-01').packages.libpq5?.auto).toBe(true);
    expect('stdout' in installed.outcome && installed.outcome.stdout).toContain(
      'The following additional packages will be installed:\n  libpq5\nThe following NEW packages will be installed:\n  libpq5 postgresql-client-15\n',
    );
    expect(fileText(installed.world, 'lb-01', '/var/log/apt/history.log')).toMatch(
      /Install: libpq5:amd64 \(15\.10-0\+deb12u1, automatic\), postgresql-client-15:amd64 \(15\.10-0\+deb12u1\)\n/,
    );
  });

  it('a remove hints at autoremove; autoremove removes what is no longer needed', () => {
    const removed = aptRemove(installed.world, 'lb-01', ['postgresql-client-15'], {
      actor: root('apt remove'),
    });
    expect('stdout' in removed.outcome && removed.outcome.stdout).toContain(
      "The following packages were automatically installed and are no longer required:\n  libpq5\nUse 'sudo apt autoremove' to remove it.\n",
    );
    const auto = aptRemove(removed.world, 'lb-01', [], { actor: root('apt autoremove'), autoremove: true });
    expect(server(auto.world, 'lb-01').packages.libpq5).toBeUndefined();
  });
});

describe('programs on disk', () => {
  it('ship the interpreter named after the installed Python, and say which package owns them', () => {
    const before = server(frota(), 'web-01');
    expect(before.fs['/usr/bin/python3.11']?.kind).toBe('file');
    expect(installedOwner(before.packages, '/usr/bin/python3')).toEqual({
      name: 'python3',
      version: '3.11.2-1+b1',
    });
    const { world } = aptInstall(
      withSources(frota(), 'web-01', 'lab-python'),
      'web-01',
      [{ name: 'python3', version: '3.12.7-1~lab1' }],
      { actor: root('apt install python3'), assumeYes: true },
    );
    const after = server(world, 'web-01');
    expect(after.fs['/usr/bin/python3.11']).toBeUndefined();
    expect(after.fs['/usr/bin/python3.12']?.kind).toBe('file');
    expect(installedOwner(after.packages, '/usr/bin/python3.12')).toEqual({
      name: 'python3-minimal',
      version: '3.12.7-1~lab1',
    });
    expect(installedOwner(after.packages, '/usr/bin/htop')).toBeUndefined();
  });
});
