import { describe, expect, it } from 'vitest';
import { migrateSchema } from './database';
import { aptInstall } from './packages';
import { disableService } from './services';
import { powerOff, powerOn, reboot, setCertificateExpiry, setDiskUsage, setReachable } from './system';
import { frota, NOW, newEntries, root, server } from './testkit';

describe('reboot', () => {
  it('starts every enabled unit through the start check and leaves disabled ones inactive', () => {
    let world = disableService(frota(), 'web-01', 'ssh', root('systemctl disable ssh')).world;
    world = aptInstall(world, 'web-01', [{ name: 'loja', version: '3.0.0' }], {
      actor: root('apt install loja=3.0.0'),
    }).world;
    const r = reboot(world, 'web-01', root('reboot'));
    const web01 = server(r.world, 'web-01');
    expect(r.outcome).toEqual({ ok: true, changed: true, failedUnits: ['loja'] });
    expect(web01.services.nginx?.active).toBe('active');
    expect(web01.services.ssh?.active).toBe('inactive');
    expect(web01.services.loja?.active).toBe('failed');
    expect(web01.bootedAt).toBe(NOW);
    expect(newEntries(world, r.world).map((e) => [e.resource, e.after])).toEqual([
      ['service:ssh', 'disabled inactive'],
      ['system:boot', 'kernel 6.1.0-18-amd64, booted 2026-11-29T09:00:05.000Z'],
    ]);
  });

  it('refuses a host it cannot reach', () => {
    const cut = setReachable(frota(), 'db-01', false, root('chaos')).world;
    expect(reboot(cut, 'db-01', root('reboot')).outcome).toMatchObject({ code: 'UNREACHABLE' });
  });
});

describe('power', () => {
  it('off stops everything and makes the host unreachable; on boots it again', () => {
    const start = frota();
    const off = powerOff(start, 'db-01', root('chaos: power off'));
    const db = server(off.world, 'db-01');
    expect(db.power).toBe('off');
    expect(Object.values(db.services).every((s) => s.active === 'inactive')).toBe(true);
    expect(migrateSchema(off.world, 'db-01', 8, root('loja-manage migrate')).outcome).toMatchObject({
      code: 'UNREACHABLE',
      params: { reason: 'powered-off' },
    });
    expect(powerOff(off.world, 'db-01', root('x')).outcome).toMatchObject({ changed: false });
    const on = powerOn(off.world, 'db-01', root('chaos: power on'));
    expect(server(on.world, 'db-01').services['postgresql@15-main']?.active).toBe('active');
    expect(newEntries(off.world, on.world).at(-1)).toMatchObject({
      resource: 'system:boot',
      before: 'powered off',
    });
  });
});

describe('chaos switches', () => {
  it('network reachability', () => {
    const start = frota();
    const r = setReachable(start, 'web-03', false, root('chaos'));
    expect(server(r.world, 'web-03').reachable).toBe(false);
    expect(newEntries(start, r.world)).toMatchObject([
      { resource: 'system:network', before: 'reachable', after: 'unreachable' },
    ]);
  });

  it('disk usage, clamped to the disk', () => {
    const r = setDiskUsage(frota(), 'web-01', 1e9, root('chaos'));
    const disk = server(r.world, 'web-01').disk;
    expect(disk.usedMb).toBe(disk.totalMb);
    expect(setDiskUsage(r.world, 'web-01', -5, root('x')).world.servers['web-01']?.disk.usedMb).toBe(0);
  });

  it("a certificate's expiry, or CERT_NOT_FOUND", () => {
    const world = frota();
    const r = setCertificateExpiry(world, 'lb-01', '/etc/ssl/certs/loja.pem', NOW - 1000, root('chaos'));
    expect(server(r.world, 'lb-01').certificates['/etc/ssl/certs/loja.pem']?.notAfter).toBe(NOW - 1000);
    expect(setCertificateExpiry(world, 'lb-01', '/etc/ssl/certs/x.pem', NOW, root('x')).outcome).toEqual({
      ok: false,
      code: 'CERT_NOT_FOUND',
      params: { host: 'lb-01', path: '/etc/ssl/certs/x.pem' },
    });
  });

  it('unknown hosts', () => {
    expect(setReachable(frota(), 'nope', false, root('x')).outcome).toMatchObject({ code: 'HOST_UNKNOWN' });
  });
});
