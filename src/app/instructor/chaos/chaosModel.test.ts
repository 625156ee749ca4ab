import { describe, expect, it } from 'vitest';
import { frotaWorld, ledgerForHost, ledgerSize } from '../../../core';
import { CHAOS_PARAMS, fireChaos, readChaosParam } from './chaosModel';

const world = frotaWorld({ seed: 1, now: Date.UTC(2026, 10, 29, 9) });

describe('fireChaos', () => {
  it('applies a hotfix through the engine: the file changes and the ledger names the colleague', () => {
    const out = fireChaos(world, ['web-01'], 'hotfix');
    expect(out.changed).toEqual(['web-01']);
    const file = out.world.servers['web-01']?.fs['/etc/loja/loja.ini'];
    expect(file?.kind === 'file' && file.content).toContain('timeout = 120');
    const entries = ledgerForHost(out.world.ledger, 'web-01');
    expect(entries.some((e) => e.user === 'joana')).toBe(true);
    expect(out.world.events).toEqual([]);
  });

  it('fires once per chosen host and reports hosts where the event had nothing to do', () => {
    const out = fireChaos(world, ['web-01', 'db-01', 'web-01', 'nowhere'], 'hotfix');
    expect(out.changed).toEqual(['web-01']);
    expect(out.unchanged).toEqual(['db-01']);
    expect(out.label).toBe('chaos: hotfix @ web-01, db-01');
  });

  it('makes a host unreachable and fills a disk', () => {
    const down = fireChaos(world, ['web-02'], 'unreachable').world;
    expect(down.servers['web-02']?.reachable).toBe(false);
    const full = fireChaos(world, ['db-01'], 'disk-fill').world;
    const disk = full.servers['db-01']?.disk;
    expect(disk && disk.usedMb / disk.totalMb).toBeGreaterThan(0.98);
  });

  it('leaves the world as it was when no host is chosen', () => {
    const out = fireChaos(world, [], 'cron-rewrite');
    expect(out.world).toBe(world);
    expect(ledgerSize(out.world.ledger)).toBe(ledgerSize(world.ledger));
  });

  it('fills a disk to the percentage set, and says so in the step and the ledger', () => {
    const out = fireChaos(world, ['db-01'], 'disk-fill', 80);
    const disk = out.world.servers['db-01']?.disk;
    expect(disk && Math.round((disk.usedMb / disk.totalMb) * 100)).toBe(80);
    expect(out.label).toBe('chaos: disk-fill percent=80 @ db-01');
    const entry = ledgerForHost(out.world.ledger, 'db-01').find((e) => e.resource === 'disk:/');
    expect(entry?.after).toBe(`${disk?.usedMb} MB used of ${disk?.totalMb} MB`);
    expect(disk?.usedMb).toBe(Math.ceil((disk?.totalMb ?? 0) * 0.8));
  });

  it('gives a certificate the days set, and an already closer end is left alone', () => {
    const out = fireChaos(world, ['lb-01'], 'cert-expire', 5);
    const cert = out.world.servers['lb-01']?.certificates['/etc/ssl/certs/loja.pem'];
    expect(cert?.notAfter).toBe(world.now + 5 * 86_400_000);
    expect(out.label).toBe('chaos: cert-expire days=5 @ lb-01');
    expect(fireChaos(out.world, ['lb-01'], 'cert-expire', 30).changed).toEqual([]);
    expect(fireChaos(out.world, ['lb-01'], 'cert-expire', 0).changed).toEqual(['lb-01']);
  });
});

describe('readChaosParam', () => {
  const percent = CHAOS_PARAMS['disk-fill'];
  const days = CHAOS_PARAMS['cert-expire'];
  it('reads numbers within the range and on the step, a decimal comma too', () => {
    if (!percent || !days) throw new Error('missing params');
    expect(readChaosParam(percent, '98.5')).toBe(98.5);
    expect(readChaosParam(percent, ' 90,5 ')).toBe(90.5);
    expect(readChaosParam(percent, '100')).toBe(100);
    expect(readChaosParam(days, '0')).toBe(0);
    expect(readChaosParam(days, '30')).toBe(30);
  });

  it('refuses anything else', () => {
    if (!percent || !days) throw new Error('missing params');
    for (const text of ['', 'abc', '101', '49.5', '90.25', '-1', '1e2', 'Infinity', '0x10'])
      expect(readChaosParam(percent, text)).toBeNull();
    for (const text of ['91', '1.5', '-0', ' ']) expect(readChaosParam(days, text)).toBeNull();
  });
});
