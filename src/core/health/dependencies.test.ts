import { describe, expect, it } from 'vitest';
import {
  deploymentEnvs,
  deploymentInputs,
  envDatabase,
  healthDependencies,
  hostsAffectedBy,
} from './dependencies';
import { serverHealth } from './serverHealth';
import { freshFrota, setService } from './testkit';

describe('health dependencies', () => {
  it('says each server’s health reads itself, plus its environment’s database when it runs the shop', () => {
    expect(healthDependencies(freshFrota())).toEqual({
      bastion: ['bastion'],
      'lb-01': ['lb-01'],
      'web-01': ['web-01', 'db-01'],
      'web-02': ['web-02', 'db-01'],
      'web-03': ['web-03', 'db-01'],
      'db-01': ['db-01'],
      'stg-web-01': ['stg-web-01', 'stg-db-01'],
      'stg-db-01': ['stg-db-01'],
    });
  });

  it('lists the hosts to recompute after a change', () => {
    const world = freshFrota();
    expect(hostsAffectedBy(world, ['db-01'])).toEqual(['web-01', 'web-02', 'web-03', 'db-01']);
    expect(hostsAffectedBy(world, ['web-02'])).toEqual(['web-02']);
    expect(hostsAffectedBy(world, ['stg-db-01', 'lb-01'])).toEqual(['lb-01', 'stg-web-01', 'stg-db-01']);
  });

  it('lists the environments with a deployment and the hosts each one reads', () => {
    const world = freshFrota();
    expect(deploymentEnvs(world)).toEqual(['prod', 'staging']);
    expect(deploymentInputs(world, 'prod')).toEqual(['lb-01', 'web-01', 'web-02', 'web-03', 'db-01']);
    expect(envDatabase(world, 'staging')?.hostname).toBe('stg-db-01');
    expect(envDatabase(world, 'mgmt')).toBeNull();
  });

  it('reuses a server’s report while neither it nor its inputs changed', () => {
    const world = freshFrota();
    const before = serverHealth(world, 'web-01');
    const other = setService(world, 'web-02', 'nginx', { active: 'inactive' });
    expect(serverHealth(other, 'web-01')?.failures).toBe(before?.failures);
  });
});
