import { describe, expect, it } from 'vitest';
import { fleetCoverage as coreCoverage, frotaWorld, type World } from '../../core';
import { viewOf } from '../store/selectors';
import { edgeServerRow, fleetGroups, fleetRows, fleetTotals, nextServerRow } from './fleetModel';

const world = frotaWorld({ seed: 1, now: Date.UTC(2026, 10, 29, 9) });

describe('fleet model', () => {
  it('groups servers by environment in fleet order, then by role', () => {
    const groups = fleetGroups(world);
    expect(groups.map((g) => g.env)).toEqual(['mgmt', 'prod', 'staging']);
    expect(groups[1]?.roles.map((r) => [r.role, r.hosts])).toEqual([
      ['lb', ['lb-01']],
      ['web', ['web-01', 'web-02', 'web-03']],
      ['db', ['db-01']],
    ]);
  });

  it('keeps the grouping’s identity while servers change but not their places', () => {
    const web = world.servers['web-01'];
    if (!web) throw new Error('fixture');
    const changed: World = {
      ...world,
      servers: { ...world.servers, 'web-01': { ...web, reachable: false } },
    };
    expect(fleetGroups(changed)).toBe(fleetGroups(world));
  });

  it('lists headings then servers, and drops groups a filter empties', () => {
    const rows = fleetRows(fleetGroups(world));
    expect(rows.slice(0, 3).map((r) => r.key)).toEqual(['env:mgmt', 'role:mgmt:bastion', 'server:bastion']);
    expect(rows.filter((r) => r.kind === 'server')).toHaveLength(world.order.length);
    const only = fleetRows(fleetGroups(world), (host) => host === 'web-02');
    expect(only.map((r) => r.key)).toEqual(['env:prod', 'role:prod:web', 'server:web-02']);
    expect(only[0]).toMatchObject({ count: 1 });
  });

  it('counts servers per state', () => {
    const web = world.servers['web-02'];
    if (!web) throw new Error('fixture');
    const broken: World = { ...world, servers: { ...world.servers, 'web-02': { ...web, power: 'off' } } };
    expect(fleetTotals(broken.order, (h) => viewOf(broken, h)).counts).toEqual({
      broken: 1,
      drifted: 0,
      'in-sync': world.order.length - 1,
    });
  });

  it('sums coverage over the fleet as the core does', () => {
    const web = world.servers['web-01'];
    if (!web) throw new Error('fixture');
    const { nginx: _gone, ...packages } = web.packages;
    const drifted: World = { ...world, servers: { ...world.servers, 'web-01': { ...web, packages } } };
    const ours = fleetTotals(drifted.order, (h) => viewOf(drifted, h)).coverage;
    const core = coreCoverage(drifted).fleet;
    expect(ours).toEqual({ declared: core.declared, inSync: core.inSync, ratio: core.ratio });
    expect(ours.ratio).toBeLessThan(1);
  });

  it('moves between server rows, skipping headings', () => {
    const rows = fleetRows(fleetGroups(world));
    const first = edgeServerRow(rows, 1);
    expect(rows[first]).toMatchObject({ host: 'bastion' });
    const next = nextServerRow(rows, first, 1);
    expect(rows[next]).toMatchObject({ host: 'lb-01' });
    expect(nextServerRow(rows, first, -1)).toBe(-1);
    expect(rows[edgeServerRow(rows, -1)]).toMatchObject({ host: 'stg-db-01' });
  });
});
