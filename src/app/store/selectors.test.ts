import { describe, expect, it } from 'vitest';
import { driftedItems, evaluateFleet, frotaWorld, serverDrift, serverHealth, type World } from '../../core';
import { changedHosts, evaluateFrom, serverView, viewOf } from './selectors';
import { afterCommands } from './testkit';

const NOW = Date.UTC(2026, 10, 29, 9);

describe('server views', () => {
  it('agree with the engine’s health (with context) and drift', () => {
    const world = afterCommands(
      frotaWorld({ seed: 1, now: NOW }),
      'ssh web-01',
      'sudo chmod 666 /etc/nginx/nginx.conf',
    );
    for (const host of world.order) {
      const view = viewOf(world, host);
      expect(view?.health).toEqual(serverHealth(world, host));
      expect(view?.drifted).toEqual(driftedItems(serverDrift(world, host)));
    }
    expect(viewOf(world, 'web-01')?.state).toBe('drifted');
    expect(viewOf(world, 'web-02')?.state).toBe('in-sync');
    expect(viewOf(world, 'web-01')?.release).toBe('2.3.0');
    expect(viewOf(world, 'bastion')?.release).toBeNull();
  });

  it('agree with the core’s fleet evaluator', () => {
    const world = afterCommands(frotaWorld({ seed: 1, now: NOW }), 'ssh web-02', 'sudo systemctl stop nginx');
    const fleet = evaluateFleet(world);
    for (const host of world.order) {
      expect(viewOf(world, host)?.health).toEqual(fleet.byServer[host]?.health);
      expect(viewOf(world, host)?.drift).toEqual(fleet.byServer[host]?.drift);
    }
  });

  it('marks a server with a stopped service broken', () => {
    const world = afterCommands(frotaWorld({ seed: 1, now: NOW }), 'ssh web-01', 'sudo systemctl stop nginx');
    const view = viewOf(world, 'web-01');
    expect(view?.state).toBe('broken');
    expect(view?.health.failures.map((f) => f.code)).toContain('SERVICE_INACTIVE');
  });

  it('keeps the view of every server a command did not touch', () => {
    const before = frotaWorld({ seed: 1, now: NOW });
    const after = afterCommands(before, 'ssh web-01', 'sudo systemctl stop nginx');
    expect(changedHosts(before, after)).toEqual(['web-01']);
    for (const host of before.order) {
      const a = viewOf(before, host);
      const b = viewOf(after, host);
      if (host === 'web-01') expect(b).not.toBe(a);
      else expect(b).toBe(a);
    }
  });

  it('judges a server again when its environment’s database changes', () => {
    const world = frotaWorld({ seed: 1, now: NOW });
    const db = world.servers['db-01'];
    if (!db?.database) throw new Error('fixture: db-01 has a database');
    const migrated: World = {
      ...world,
      servers: { ...world.servers, 'db-01': { ...db, database: { ...db.database, schemaVersion: 1 } } },
    };
    const web = viewOf(migrated, 'web-01');
    expect(web?.health).toEqual(serverHealth(migrated, 'web-01'));
    expect(web?.health.failures.map((f) => f.code)).toContain('SCHEMA_MISMATCH');
    expect(viewOf(migrated, 'stg-web-01')?.health.ok).toBe(true);
  });

  it('follows the clock for servers with certificates', () => {
    const world = frotaWorld({ seed: 1, now: NOW });
    const web = world.servers['web-01'];
    if (!web) throw new Error('fixture');
    const first = serverView(world, web);
    const later: World = { ...world, now: NOW + 5000 };
    expect(serverView(later, web)).toBe(first);
    const expired: World = { ...world, now: NOW + 3 * 365 * 86_400_000 };
    const view = serverView(expired, web);
    expect(view.health.failures.map((f) => f.code)).toContain('CERT_EXPIRED');
    expect(view.health).toEqual(serverHealth(expired, 'web-01'));
  });

  it('evaluates in slices until told to stop', () => {
    const world = frotaWorld({ seed: 2, now: NOW });
    let calls = 0;
    const next = evaluateFrom(world, 0, () => ++calls >= 3);
    expect(next).toBe(3);
    expect(evaluateFrom(world, next, () => false)).toBe(world.order.length);
  });
});
