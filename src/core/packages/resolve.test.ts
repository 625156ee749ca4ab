import { describe, expect, it } from 'vitest';
import { formatAptError } from './errors';
import { BASE_12_5, WEB_12_5 } from './fixtures/installed';
import { actionKind, resolveInstall, resolveUpgrade } from './resolve';
import { DEFAULT_SOURCES } from './sources';
import type { Installed, SourceId } from './types';

const WITH = (...extra: SourceId[]) => ({ sources: [...DEFAULT_SOURCES, ...extra] });
const plan = (r: ReturnType<typeof resolveInstall>) =>
  r.ok ? r.actions.map((a) => `${a.name} ${a.from ?? '-'} → ${a.to} (${a.reason})`) : r.error.code;

describe('resolveInstall: installs and dependencies', () => {
  it('installs a new package with its missing dependencies', () => {
    const r = resolveInstall(BASE_12_5, [{ name: 'nginx' }]);
    expect(plan(r)).toEqual([
      'nginx - → 1.22.1-9+deb12u2 (requested)',
      'nginx-common - → 1.22.1-9+deb12u2 (dependency)',
      'nginx-core - → 1.22.1-9+deb12u2 (dependency)',
    ]);
  });

  it('upgrades a too-old installed dependency (openssl pulls libssl3)', () => {
    const r = resolveInstall(BASE_12_5, [{ name: 'openssl', version: '3.0.13-1~deb12u1' }]);
    expect(plan(r)).toEqual([
      'libssl3 3.0.11-1~deb12u2 → 3.0.16-1~deb12u1 (dependency)',
      'openssl 3.0.11-1~deb12u2 → 3.0.13-1~deb12u1 (requested)',
    ]);
  });

  it('upgrading one binary upgrades its same-version siblings (reverse dependencies)', () => {
    const r = resolveInstall(WEB_12_5, [{ name: 'nginx-common' }]);
    expect(plan(r)).toEqual([
      'nginx-common 1.22.1-9 → 1.22.1-9+deb12u2 (requested)',
      'nginx-core 1.22.1-9 → 1.22.1-9+deb12u2 (dependency)',
    ]);
  });

  it('apt install nginx=1.26.0-1~bookworm removes the conflicting Debian packages', () => {
    const r = resolveInstall(WEB_12_5, [{ name: 'nginx', version: '1.26.0-1~bookworm' }], WITH('nginx-org'));
    expect(plan(r)).toEqual(['nginx 1.22.1-9 → 1.26.0-1~bookworm (requested)']);
    expect(r.ok && r.removals).toEqual([
      { name: 'nginx-common', version: '1.22.1-9', reason: 'conflict' },
      { name: 'nginx-core', version: '1.22.1-9', reason: 'conflict' },
    ]);
  });

  it('a requested older version is a downgrade', () => {
    const r = resolveInstall({ ...BASE_12_5, openssl: '3.0.15-1~deb12u1', libssl3: '3.0.15-1~deb12u1' }, [
      { name: 'openssl', version: '3.0.13-1~deb12u1' },
    ]);
    expect(r.ok && r.actions.map(actionKind)).toEqual(['downgrade']);
  });

  it('already the newest version → a note, no action', () => {
    const r = resolveInstall(BASE_12_5, [{ name: 'coreutils' }]);
    expect(r).toEqual({
      ok: true,
      actions: [],
      removals: [],
      keptBack: [],
      heldChanged: [],
      notes: [{ code: 'N_ALREADY_NEWEST', params: { name: 'coreutils', version: '9.1-1' } }],
    });
  });

  it('a virtual package with one provider selects it', () => {
    const r = resolveInstall(BASE_12_5, [{ name: 'httpd' }]);
    expect(r.ok && r.notes).toEqual([
      { code: 'N_SELECTING_INSTEAD', params: { virtual: 'httpd', name: 'nginx-core' } },
    ]);
    expect(r.ok && r.actions.map((a) => a.name)).toEqual(['nginx-common', 'nginx-core']);
  });

  it('loja 3.0.0 installs next to Python 3.11 (apt Depends allow it; behaviour c is at runtime)', () => {
    const r = resolveInstall(WEB_12_5, [{ name: 'loja', version: '3.0.0' }], WITH('loja'));
    expect(plan(r)).toEqual(['loja 2.4.0 → 3.0.0 (requested)']);
  });

  it('installing a kernel metapackage pulls the new ABI image (behaviour d)', () => {
    const r = resolveInstall(BASE_12_5, [{ name: 'linux-image-amd64' }]);
    expect(plan(r)).toEqual([
      'linux-image-6.1.0-25-amd64 - → 6.1.106-3 (dependency)',
      'linux-image-amd64 6.1.76-1 → 6.1.106-3 (requested)',
    ]);
  });

  it('held packages can be changed by an explicit install, and are reported', () => {
    const r = resolveInstall(WEB_12_5, [{ name: 'nginx' }], { holds: ['nginx', 'nginx-core'] });
    expect(r.ok && r.heldChanged).toEqual(['nginx', 'nginx-core']);
  });
});

describe('resolveInstall: apt errors', () => {
  it('E_UNABLE_TO_LOCATE for unknown packages and packages of disabled sources', () => {
    expect(resolveInstall(BASE_12_5, [{ name: 'foo' }])).toEqual({
      ok: false,
      error: { code: 'E_UNABLE_TO_LOCATE', params: { name: 'foo' } },
    });
    const r = resolveInstall(BASE_12_5, [{ name: 'loja' }]);
    expect(!r.ok && formatAptError(r.error.code, r.error.params as { name: string })).toBe(
      'E: Unable to locate package loja',
    );
  });

  it("E_VERSION_NOT_FOUND: E: Version '9.9' for 'nginx' was not found", () => {
    const r = resolveInstall(BASE_12_5, [{ name: 'nginx', version: '9.9' }]);
    expect(r).toEqual({
      ok: false,
      error: { code: 'E_VERSION_NOT_FOUND', params: { name: 'nginx', version: '9.9' } },
    });
    // the version exists, but only in a source that is not enabled
    expect(resolveInstall(BASE_12_5, [{ name: 'python3', version: '3.12.4-1~lab1' }])).toMatchObject({
      ok: false,
      error: { code: 'E_VERSION_NOT_FOUND' },
    });
  });

  it('E_NO_INSTALLATION_CANDIDATE for a package only referred to, and for an ambiguous virtual', () => {
    const noCand = resolveInstall(BASE_12_5, [{ name: 'linux-image-6.1.0-18-amd64' }], { sources: [] });
    expect(noCand).toMatchObject({ ok: true }); // installed: already the newest
    const virtual = resolveInstall(BASE_12_5, [{ name: 'httpd' }], WITH('nginx-org'));
    expect(virtual).toMatchObject({ ok: false, error: { code: 'E_NO_INSTALLATION_CANDIDATE' } });
    const referred = resolveInstall({}, [{ name: 'libpq5' }], { sources: ['loja'] });
    expect(referred).toMatchObject({
      ok: false,
      error: { code: 'E_NO_INSTALLATION_CANDIDATE', params: { name: 'libpq5', providers: [] } },
    });
  });

  it('E_UNMET_DEPENDENCIES when a dependency candidate does not satisfy an exact version', () => {
    const r = resolveInstall(WEB_12_5, [{ name: 'python3', version: '3.12.4-1~lab1' }], WITH('lab-python'));
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'E_UNMET_DEPENDENCIES',
        params: {
          problems: [
            {
              package: 'python3',
              relation: 'Depends',
              alternatives: [
                {
                  name: 'python3-minimal',
                  constraint: { op: '=', version: '3.12.4-1~lab1' },
                  state: { kind: 'to-be-installed', version: '3.11.2-1+b1' },
                },
              ],
            },
          ],
        },
      },
    });
  });

  it('requesting both exact versions solves it, as on a real server', () => {
    const r = resolveInstall(
      WEB_12_5,
      [
        { name: 'python3', version: '3.12.4-1~lab1' },
        { name: 'python3-minimal', version: '3.12.4-1~lab1' },
      ],
      WITH('lab-python'),
    );
    expect(plan(r)).toEqual([
      'python3 3.11.2-1+b1 → 3.12.4-1~lab1 (requested)',
      'python3-minimal 3.11.2-1+b1 → 3.12.4-1~lab1 (requested)',
    ]);
  });

  it('an old sibling version that the candidate cannot satisfy fails', () => {
    const installed: Installed = {
      ...WEB_12_5,
      'nginx-common': '1.22.1-9+deb12u2',
      'nginx-core': '1.22.1-9+deb12u2',
    };
    const r = resolveInstall(installed, [{ name: 'nginx-core', version: '1.22.1-9' }]);
    expect(r.ok).toBe(false);
    expect(!r.ok && formatAptError(r.error.code, r.error.params as never)).toContain(
      ' nginx-core : Depends: nginx-common (= 1.22.1-9) but 1.22.1-9+deb12u2 is to be installed',
    );
  });
});

describe('resolveUpgrade: apt-get upgrade vs apt upgrade vs full-upgrade', () => {
  const names = (r: ReturnType<typeof resolveUpgrade>) => r.actions.map((a) => a.name);

  it('apt-get upgrade installs no new packages: the kernel metapackage is kept back', () => {
    const r = resolveUpgrade(WEB_12_5, 'upgrade');
    expect(r.keptBack).toEqual(['linux-image-amd64']);
    expect(names(r)).toEqual(expect.arrayContaining(['libssl3', 'openssl', 'nginx', 'openssh-server']));
    expect(r.removals).toEqual([]);
    expect(r.actions.every((a) => a.from !== undefined && a.reason === 'upgrade')).toBe(true);
  });

  it('apt upgrade may install new packages (the new kernel image), never removes', () => {
    const r = resolveUpgrade(WEB_12_5, 'upgrade-with-new');
    expect(r.keptBack).toEqual([]);
    expect(r.actions.find((a) => a.name === 'linux-image-6.1.0-25-amd64')).toEqual({
      name: 'linux-image-6.1.0-25-amd64',
      to: '6.1.106-3',
      reason: 'dependency',
    });
  });

  it('with nginx.org enabled, only full-upgrade replaces Debian nginx (it must remove nginx-common)', () => {
    const opts = WITH('nginx-org');
    expect(resolveUpgrade(WEB_12_5, 'upgrade-with-new', opts).keptBack).toEqual(['nginx']);
    const full = resolveUpgrade(WEB_12_5, 'full-upgrade', opts);
    expect(full.keptBack).toEqual([]);
    expect(full.actions.find((a) => a.name === 'nginx')?.to).toBe('1.26.2-1~bookworm');
    expect(full.removals.map((r) => r.name)).toEqual(['nginx-common', 'nginx-core']);
  });

  it('held packages are kept back in every mode', () => {
    for (const mode of ['upgrade', 'upgrade-with-new', 'full-upgrade'] as const) {
      const r = resolveUpgrade(WEB_12_5, mode, { holds: ['openssl', 'nginx'] });
      expect(r.keptBack, mode).toEqual(expect.arrayContaining(['nginx', 'openssl']));
      expect(names(r), mode).not.toContain('openssl');
      expect(r.heldChanged, mode).toEqual([]);
    }
  });

  it('a package whose upgrade needs a held one is kept back too', () => {
    const r = resolveUpgrade(WEB_12_5, 'upgrade', { holds: ['nginx-common'] });
    expect(r.keptBack).toEqual(expect.arrayContaining(['nginx-common', 'nginx-core']));
  });

  it('nothing to do on an up-to-date server', () => {
    const first = resolveUpgrade(WEB_12_5, 'full-upgrade');
    const after: Record<string, string> = { ...WEB_12_5 };
    for (const a of first.actions) after[a.name] = a.to;
    for (const r of first.removals) delete after[r.name];
    expect(resolveUpgrade(after, 'full-upgrade').actions).toEqual([]);
  });
});
