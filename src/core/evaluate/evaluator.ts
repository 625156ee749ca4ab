import type { Coverage } from '../drift/coverage';
import type { DriftStatus } from '../drift/types';
import { deploymentEnvs, deploymentInputs } from '../health/dependencies';
import { type DeploymentHealth, deploymentHealth } from '../health/deployment';
import type { HealthFailure, ServerStatus } from '../health/serverHealth';
import type { Server, World } from '../model/types';
import {
  analyzeServer,
  atTime,
  clockFindings,
  readsClock,
  type ServerInputs,
  sameFailures,
  sameInputs,
  serverInputs,
} from './analyze';
import type {
  EnvEvaluation,
  EvaluatorStats,
  FleetEvaluation,
  GroupEvaluation,
  ServerEvaluation,
} from './types';

/**
 * Drift and health of a whole fleet, recomputed incrementally. Worlds are immutable and a command replaces
 * only the servers it touched, so each server's evaluation is cached on the `Server` object (and on the
 * inputs its environment and role share); a call re-evaluates the servers that changed and rebuilds the
 * aggregates, which are sums over cached per-server results.
 */

export interface Evaluator {
  evaluate(world: World): FleetEvaluation;
  /** What the last call did. */
  readonly stats: EvaluatorStats;
}

interface Entry {
  inputs: ServerInputs;
  now: number;
  /** Health's clock-dependent findings at `now`. */
  clock: HealthFailure[];
  evaluation: ServerEvaluation;
}

interface DeploymentEntry {
  servers: readonly Server[];
  order: readonly string[];
  now: number;
  health: DeploymentHealth | undefined;
}

interface Tally {
  servers: number;
  counts: Record<DriftStatus, number>;
  health: Record<ServerStatus, number>;
  drifted: number;
}

function tally(): Tally {
  return {
    servers: 0,
    counts: { IN_SYNC: 0, MODIFIED: 0, MISSING: 0, UNMANAGED: 0 },
    health: { healthy: 0, broken: 0 },
    drifted: 0,
  };
}

function add(into: Tally, evaluation: ServerEvaluation): void {
  const { counts } = evaluation.coverage;
  into.servers++;
  into.counts.IN_SYNC += counts.IN_SYNC;
  into.counts.MODIFIED += counts.MODIFIED;
  into.counts.MISSING += counts.MISSING;
  into.counts.UNMANAGED += counts.UNMANAGED;
  into.health[evaluation.health.status]++;
  if (counts.MODIFIED + counts.MISSING + counts.UNMANAGED > 0) into.drifted++;
}

/** The group's coverage, with the drift module's definition: IN_SYNC over declared (1 when nothing is). */
function group(t: Tally): GroupEvaluation {
  const declared = t.counts.IN_SYNC + t.counts.MODIFIED + t.counts.MISSING;
  const coverage: Coverage = {
    declared,
    inSync: t.counts.IN_SYNC,
    ratio: declared === 0 ? 1 : t.counts.IN_SYNC / declared,
    counts: t.counts,
  };
  return { servers: t.servers, coverage, health: t.health, drifted: t.drifted };
}

export function createEvaluator(): Evaluator {
  const entries = new WeakMap<Server, Entry>();
  let groups = new Map<string, ServerInputs>();
  let deployments = new Map<string, DeploymentEntry>();
  let last: { world: World; result: FleetEvaluation } | undefined;
  const stats: EvaluatorStats = { servers: 0, reevaluated: 0, clockChecked: 0, deployments: 0 };

  /** Inputs shared by an environment's servers of one role, kept by identity while they do not change. */
  function inputsFor(world: World, server: Server, fresh: Map<string, ServerInputs>): ServerInputs {
    const key = `${server.env}\u0000${server.role}`;
    let inputs = fresh.get(key);
    if (!inputs) {
      const built = serverInputs(world, server);
      const previous = groups.get(key);
      inputs = previous && sameInputs(previous, built) ? previous : built;
      fresh.set(key, inputs);
    }
    return inputs;
  }

  function serverEvaluation(world: World, server: Server, inputs: ServerInputs): ServerEvaluation {
    const { now } = world;
    const entry = entries.get(server);
    if (entry && entry.inputs === inputs) {
      if (entry.now === now || !readsClock(server)) return entry.evaluation;
      stats.clockChecked++;
      const clock = clockFindings(server, now);
      const evaluation = sameFailures(clock, entry.clock)
        ? entry.evaluation
        : atTime(entry.evaluation, server, inputs, now);
      entries.set(server, { inputs, now, clock, evaluation });
      return evaluation;
    }
    stats.reevaluated++;
    const evaluation = analyzeServer(world, server, inputs, now);
    entries.set(server, {
      inputs,
      now,
      clock: readsClock(server) ? clockFindings(server, now) : [],
      evaluation,
    });
    return evaluation;
  }

  function deploymentOf(
    world: World,
    env: string,
    fresh: Map<string, DeploymentEntry>,
  ): DeploymentHealth | null {
    const servers = deploymentInputs(world, env).flatMap((h) => world.servers[h] ?? []);
    const previous = deployments.get(env);
    const same =
      previous &&
      previous.now === world.now &&
      previous.order === world.order &&
      previous.servers.length === servers.length &&
      previous.servers.every((s, i) => s === servers[i]);
    const entry = same
      ? previous
      : { servers, order: world.order, now: world.now, health: deploymentHealth(world, env) };
    if (!same) stats.deployments++;
    fresh.set(env, entry);
    return entry.health ?? null;
  }

  function evaluate(world: World): FleetEvaluation {
    Object.assign(stats, { servers: 0, reevaluated: 0, clockChecked: 0, deployments: 0 });
    if (last?.world === world) return last.result;
    const freshGroups = new Map<string, ServerInputs>();
    const fleet = tally();
    const envTallies = new Map<string, Tally>();
    const byServer: Record<string, ServerEvaluation> = {};
    for (const host of world.order) {
      const server = world.servers[host];
      if (!server) continue;
      const evaluation = serverEvaluation(world, server, inputsFor(world, server, freshGroups));
      byServer[host] = evaluation;
      add(fleet, evaluation);
      const envTally = envTallies.get(server.env) ?? tally();
      envTallies.set(server.env, envTally);
      add(envTally, evaluation);
    }
    stats.servers = fleet.servers;
    groups = freshGroups;
    const freshDeployments = new Map<string, DeploymentEntry>();
    const deployed = new Set(deploymentEnvs(world));
    const byEnv: Record<string, EnvEvaluation> = {};
    for (const [env, t] of envTallies) {
      const deployment = deployed.has(env) ? deploymentOf(world, env, freshDeployments) : null;
      byEnv[env] = { env, ...group(t), deployment };
    }
    deployments = freshDeployments;
    const result: FleetEvaluation = { ...group(fleet), byServer, byEnv };
    last = { world, result };
    return result;
  }

  return { evaluate, stats };
}

/** A one-off full evaluation (a fresh evaluator): what the incremental one must always agree with. */
export function evaluateFleet(world: World): FleetEvaluation {
  return createEvaluator().evaluate(world);
}
