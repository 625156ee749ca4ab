import { describe, expect, it } from 'vitest';
import { frotaWorld } from '../scenarios';
import { coverageOf, fleetCoverage } from './coverage';
import { serverDrift } from './serverDrift';
import { deleteFile, editFile, setPackage, TEST_NOW } from './testkit';

const world = frotaWorld({ seed: 1, now: TEST_NOW });

describe('fleet coverage', () => {
  it('is 100 % for a fresh frota, per server and per environment', () => {
    const coverage = fleetCoverage(world);
    expect(coverage.fleet.ratio).toBe(1);
    expect(
      coverage.fleet.counts.MODIFIED + coverage.fleet.counts.MISSING + coverage.fleet.counts.UNMANAGED,
    ).toBe(0);
    expect(Object.keys(coverage.byServer)).toEqual(world.order);
    expect(Object.keys(coverage.byEnv).sort()).toEqual(['mgmt', 'prod', 'staging']);
    for (const env of Object.values(coverage.byEnv)) expect(env.ratio).toBe(1);
  });

  it('counts drift per status, and UNMANAGED outside the declared share', () => {
    let changed = editFile(world, 'web-02', '/etc/loja/loja.ini', (c) => `${c}# hotfix\n`);
    changed = deleteFile(changed, 'stg-web-01', '/etc/nginx/nginx.conf');
    changed = setPackage(changed, 'web-02', 'htop', '3.2.2-2');
    const coverage = fleetCoverage(changed);
    const declared = fleetCoverage(world).fleet.declared;
    expect(coverage.fleet).toMatchObject({
      declared,
      inSync: declared - 2,
      counts: { IN_SYNC: declared - 2, MODIFIED: 1, MISSING: 1, UNMANAGED: 1 },
    });
    expect(coverage.byServer['web-02']?.counts).toMatchObject({ MODIFIED: 1, UNMANAGED: 1 });
    expect(coverage.byEnv.prod?.ratio).toBeLessThan(1);
    expect(coverage.byEnv.staging?.counts.MISSING).toBe(1);
    expect(coverage.byEnv.mgmt?.ratio).toBe(1);
  });

  it('matches coverageOf over one server', () => {
    const changed = editFile(world, 'web-02', '/etc/loja/loja.ini', (c) => `${c}# hotfix\n`);
    expect(fleetCoverage(changed).byServer['web-02']).toEqual(coverageOf(serverDrift(changed, 'web-02')));
  });

  it('treats nothing declared as fully covered', () => {
    expect(coverageOf([]).ratio).toBe(1);
  });
});
