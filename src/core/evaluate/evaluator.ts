import { deploymentEnvs } from '../health/dependencies';
import type { HealthFailure } from '../health/serverHealth';
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
import { createDeploymentReader, lazyDeployment } from './deployments';
import { copyTally, count, group, type Tally, tally } from './tally';
import type { EnvEvaluation, EvaluatorStats, FleetEvaluation, ServerEvaluation } from './types';

/**
 * Drift and health of a whole fleet, recomputed incrementally. Worlds are immutable and a command replaces
 * only the servers it touched, so a call compares the servers with the previous call's by identity (an
 * array walk, not a keyed lookup per host), judges again only those that changed or whose shared inputs
 * (manifest, variables, environment database) changed, and moves the aggregates by the difference.
 * Evaluations are also kept per `Server` object, so undoing to an earlier world costs nothing.
 */

export interface Evaluator {
  evaluate(world: World): FleetEvaluation;
  /** What the last call did. */
  readonly stats: EvaluatorStats;
}

interface Judged {
  evaluation: ServerEvaluation;
  inputs: ServerInputs;
  now: number;
  /** Health's clock-dependent findings at `now`; null when the server has nothing that expires. */
  clock: HealthFailure[] | null;
}

/** What the previous call saw, index-aligned with `Object.values(world.servers)`. */
interface Snapshot {
  world: World;
  list: readonly Server[];
  /** Group (environment + role) per index, and each group's shared inputs. */
  groups: readonly number[];
  keys: readonly string[];
  inputs: readonly ServerInputs[];
  judged: readonly Judged[];
  display: readonly number[];
  fleet: Tally;
  envs: ReadonlyMap<string, Tally>;
  result: FleetEvaluation;
}

/** Hosts never change environment or role, so the grouping holds while the host list keeps its shape. */
function sameShape(
  previous: Snapshot | undefined,
  world: World,
  list: readonly Server[],
): previous is Snapshot {
  if (!previous || previous.world.order !== world.order || previous.list.length !== list.length) return false;
  return list.every((s, i) => s === previous.list[i] || s.hostname === previous.list[i]?.hostname);
}

function grouping(list: readonly Server[]): { groups: number[]; keys: string[] } {
  const ids = new Map<string, number>();
  const groups = list.map((s) => {
    const key = `${s.env}\u0000${s.role}`;
    const id = ids.get(key) ?? ids.size;
    ids.set(key, id);
    return id;
  });
  return { groups, keys: [...ids.keys()] };
}

/** Index into `Object.values(world.servers)` of each server in display order (`order`, then the rest). */
function displayIndex(world: World, list: readonly Server[]): number[] {
  const at = new Map(list.map((s, i) => [s.hostname, i]));
  const out: number[] = [];
  for (const host of world.order) {
    const i = at.get(host);
    if (i !== undefined) out.push(i);
    at.delete(host);
  }
  return [...out, ...at.values()];
}

/** `byServer`, built on first read: a record of a thousand hosts costs more to copy than to look up. */
function lazyByServer(result: FleetEvaluation): FleetEvaluation {
  let value: Record<string, ServerEvaluation> | undefined;
  Object.defineProperty(result, 'byServer', {
    enumerable: true,
    configurable: true,
    get: () => {
      value ??= Object.fromEntries(result.list.map((e) => [e.host, e]));
      return value;
    },
  });
  return result;
}

export function createEvaluator(): Evaluator {
  const cache = new WeakMap<Server, Judged>();
  const stats: EvaluatorStats = { servers: 0, reevaluated: 0, clockChecked: 0, deployments: 0 };
  const readDeployment = createDeploymentReader(() => {
    stats.deployments++;
  });
  const deployedEnvs = new WeakMap<readonly string[], Set<string>>();
  let last: Snapshot | undefined;

  /** A judgement of `server` valid at `now`: reused when its inputs are the same, rechecked if only time moved. */
  function judge(world: World, server: Server, inputs: ServerInputs, known: Judged | undefined): Judged {
    const { now } = world;
    if (known && known.inputs === inputs) {
      if (known.now === now || known.clock === null) return known;
      stats.clockChecked++;
      const clock = clockFindings(server, now);
      // Internal bookkeeping, never handed out: the judgement simply holds at this time too.
      if (sameFailures(clock, known.clock)) {
        known.now = now;
        return known;
      }
      return { evaluation: atTime(known.evaluation, server, inputs, now), inputs, now, clock };
    }
    stats.reevaluated++;
    const evaluation = analyzeServer(world, server, inputs, now);
    return { evaluation, inputs, now, clock: readsClock(server) ? clockFindings(server, now) : null };
  }

  function evaluate(world: World): FleetEvaluation {
    Object.assign(stats, { servers: 0, reevaluated: 0, clockChecked: 0, deployments: 0 });
    if (last?.world === world) return last.result;
    const list = Object.values(world.servers);
    const previous = sameShape(last, world, list) ? last : undefined;
    const { groups, keys } = previous ?? grouping(list);
    const oldInputs = new Map(last ? last.keys.map((k, i) => [k, last?.inputs[i] as ServerInputs]) : []);
    const inputs = keys.map((key, id) => {
      const built = serverInputs(world, list[groups.indexOf(id)] as Server);
      const old = oldInputs.get(key);
      return old && sameInputs(old, built) ? old : built;
    });
    const judged: Judged[] = [];
    const changed: number[] = [];
    list.forEach((server, i) => {
      const groupInputs = inputs[groups[i] as number] as ServerInputs;
      const before = previous?.list[i] === server ? previous.judged[i] : cache.get(server);
      const fresh = judge(world, server, groupInputs, before);
      if (fresh !== before) cache.set(server, fresh);
      judged.push(fresh);
      if (fresh.evaluation !== previous?.judged[i]?.evaluation) changed.push(i);
    });
    stats.servers = list.length;

    let fleet: Tally;
    let envs: Map<string, Tally>;
    if (previous) {
      fleet = copyTally(previous.fleet);
      envs = new Map([...previous.envs].map(([env, t]) => [env, copyTally(t)]));
      for (const i of changed) {
        const old = previous.judged[i]?.evaluation as ServerEvaluation;
        const next = judged[i]?.evaluation as ServerEvaluation;
        for (const t of [fleet, envs.get(next.env) as Tally]) {
          count(t, old, -1);
          count(t, next);
        }
      }
    } else {
      fleet = tally();
      envs = new Map();
      for (const { evaluation } of judged) {
        count(fleet, evaluation);
        const env = envs.get(evaluation.env) ?? tally();
        envs.set(evaluation.env, env);
        count(env, evaluation);
      }
    }
    const display = previous?.display ?? displayIndex(world, list);

    const deployed = deployedEnvs.get(world.order) ?? new Set(deploymentEnvs(world));
    deployedEnvs.set(world.order, deployed);
    const byEnv: Record<string, EnvEvaluation> = {};
    for (const [env, t] of envs) {
      const evaluation: EnvEvaluation = { env, ...group(t), deployment: null };
      byEnv[env] = deployed.has(env)
        ? lazyDeployment(evaluation, () => readDeployment(world, env))
        : evaluation;
    }
    const ordered = display.map((i) => judged[i]?.evaluation as ServerEvaluation);
    const result = lazyByServer({ ...group(fleet), list: ordered, byServer: {}, byEnv });
    last = { world, list, groups, keys, inputs, judged, display, fleet, envs, result };
    return result;
  }

  return { evaluate, stats };
}

/** A one-off full evaluation (a fresh evaluator): what the incremental one must always agree with. */
export function evaluateFleet(world: World): FleetEvaluation {
  return createEvaluator().evaluate(world);
}
