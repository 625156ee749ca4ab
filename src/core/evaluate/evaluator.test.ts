import { describe, expect, it } from 'vitest';
import { fleetCoverage } from '../drift/coverage';
import { serverDrift } from '../drift/serverDrift';
import { deploymentHealth } from '../health/deployment';
import { serverHealth } from '../health/serverHealth';
import type { World } from '../model/types';
import { stopService } from '../ops/services';
import { frotaGrandeWorld, frotaWorld } from '../scenarios';
import { tick, updateServer } from '../world/update';
import { createEvaluator, evaluateFleet } from './evaluator';

const NOW = Date.UTC(2026, 10, 29, 9);
const actor = { user: 'aluno', command: 'sudo systemctl stop nginx' };

function withSchema(world: World, host: string, schemaVersion: number): World {
  return updateServer(world, host, (s) => ({ ...s, database: { name: 'loja', schemaVersion } }));
}

describe('createEvaluator', () => {
  const base = frotaWorld({ seed: 1, now: NOW });

  it('agrees with the drift and health modules, server by server and in aggregate', () => {
    const world = stopService(base, 'web-02', 'nginx', actor).world;
    const result = evaluateFleet(world);
    for (const host of world.order) {
      expect(result.byServer[host]?.drift).toEqual(serverDrift(world, host));
      expect(result.byServer[host]?.health).toEqual(serverHealth(world, host));
    }
    expect(result.coverage).toEqual(fleetCoverage(world).fleet);
    expect(result.byEnv.prod?.coverage).toEqual(fleetCoverage(world).byEnv.prod);
    expect(result.byEnv.prod?.deployment).toEqual(deploymentHealth(world, 'prod'));
    expect(result.byEnv.mgmt?.deployment).toBeNull();
    expect(result.servers).toBe(8);
    expect(result.list.map((e) => e.host)).toEqual(world.order);
    expect(Object.keys(result.byServer)).toEqual(world.order);
    expect(result.health.healthy + result.health.broken).toBe(8);
  });

  it('re-evaluates only the server a command touched', () => {
    const evaluator = createEvaluator();
    const first = evaluator.evaluate(base);
    expect(evaluator.stats).toMatchObject({ servers: 8, reevaluated: 8, deployments: 0 });
    const deployments = Object.values(first.byEnv).map((e) => e.deployment);
    expect(evaluator.stats.deployments).toBe(2);
    const changed = stopService(base, 'web-02', 'nginx', actor).world;
    const second = evaluator.evaluate(changed);
    expect(evaluator.stats).toMatchObject({ reevaluated: 1, clockChecked: 0, deployments: 0 });
    expect(second.byServer['web-01']).toBe(first.byServer['web-01']);
    expect(second.byServer['web-02']).not.toBe(first.byServer['web-02']);
    expect(second.byEnv.staging?.deployment).toBe(first.byEnv.staging?.deployment);
    expect(second.byEnv.prod?.deployment).not.toBe(first.byEnv.prod?.deployment);
    expect(evaluator.stats.deployments).toBe(1);
    expect(deployments.filter(Boolean)).toHaveLength(2);
    expect(second).toEqual(evaluateFleet(changed));
  });

  it('answers the same world from cache, and an undone world from the per-server cache', () => {
    const evaluator = createEvaluator();
    const first = evaluator.evaluate(base);
    expect(evaluator.evaluate(base)).toBe(first);
    expect(evaluator.stats.reevaluated).toBe(0);
    evaluator.evaluate(stopService(base, 'db-01', 'postgresql', actor).world);
    const back = evaluator.evaluate(base);
    expect(evaluator.stats.reevaluated).toBe(0);
    expect(back.byServer['db-01']).toBe(first.byServer['db-01']);
  });

  it('when only the clock moves, checks certificates without judging servers again', () => {
    const evaluator = createEvaluator();
    const first = evaluator.evaluate(base);
    const later = tick(base, 2000);
    const second = evaluator.evaluate(later);
    const withCerts = base.order.filter((h) => Object.keys(base.servers[h]?.certificates ?? {}).length > 0);
    expect(evaluator.stats).toMatchObject({ reevaluated: 0, clockChecked: withCerts.length });
    expect(second.byServer['lb-01']).toBe(first.byServer['lb-01']);
    expect(second).toEqual(evaluateFleet(later));
    const muchLater = tick(base, 400 * 86_400_000);
    expect(evaluator.evaluate(muchLater)).toEqual(evaluateFleet(muchLater));
  });

  /** How many servers a change made the evaluator judge again; the result must equal a fresh one. */
  function reevaluatedBy(change: (world: World) => World): number {
    const evaluator = createEvaluator();
    evaluator.evaluate(base);
    const world = change(base);
    expect(evaluator.evaluate(world)).toEqual(evaluateFleet(world));
    return evaluator.stats.reevaluated;
  }
  const hostsWhere = (test: (s: World['servers'][string]) => boolean) =>
    base.order.filter((h) => test(base.servers[h] as World['servers'][string])).length;

  it("re-evaluates an environment's servers, not the others, when its database schema changes", () => {
    // Health's context carries the environment's database to every server there (the shop's servers read it).
    expect(reevaluatedBy((w) => withSchema(w, 'db-01', 8))).toBe(hostsWhere((s) => s.env === 'prod'));
  });

  it('re-evaluates a role when its manifest changes', () => {
    const web = base.manifests.web;
    if (!web) throw new Error('frota has a web manifest');
    const packages = { ...web.packages, curl: '7.88.1-10' };
    const count = reevaluatedBy((w) => ({ ...w, manifests: { ...w.manifests, web: { ...web, packages } } }));
    expect(count).toBe(hostsWhere((s) => s.role === 'web'));
  });

  it('follows servers coming and going, and lists servers the order does not name last', () => {
    const evaluator = createEvaluator();
    evaluator.evaluate(base);
    const { 'web-03': _gone, ...servers } = base.servers;
    const fewer: World = { ...base, servers, order: base.order.filter((h) => h !== 'web-03') };
    expect(evaluator.evaluate(fewer)).toEqual(evaluateFleet(fewer));
    // Health resolves names against the host list: a new list is a new input for every server.
    expect(evaluator.stats.reevaluated).toBe(7);
    const unlisted: World = { ...base, order: base.order.filter((h) => h !== 'bastion') };
    const result = evaluator.evaluate(unlisted);
    expect(result.list.map((e) => e.host)).toEqual([...unlisted.order, 'bastion']);
    expect(result).toEqual(evaluateFleet(unlisted));
  });

  it('scales: one change in a 300-server fleet re-evaluates one server', () => {
    const big = frotaGrandeWorld(300, { seed: 4, now: NOW });
    const evaluator = createEvaluator();
    evaluator.evaluate(big);
    const host = big.order[150] as string;
    evaluator.evaluate(
      updateServer(big, host, (s) => ({ ...s, disk: { ...s.disk, usedMb: s.disk.usedMb + 1 } })),
    );
    expect(evaluator.stats).toMatchObject({ servers: 300, reevaluated: 1, clockChecked: 0 });
  });
});
