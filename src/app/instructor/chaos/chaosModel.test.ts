import { describe, expect, it } from 'vitest';
import { frotaWorld, ledgerForHost, ledgerSize } from '../../../core';
import { fireChaos } from './chaosModel';

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
});
