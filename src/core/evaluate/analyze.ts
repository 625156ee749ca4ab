import { coverageOf } from '../drift/coverage';
import { driftOfServer } from '../drift/serverDrift';
import { certificateChecks } from '../health/serverChecks';
import {
  evaluateServerHealth,
  type HealthContext,
  type HealthFailure,
  healthContext,
} from '../health/serverHealth';
import type { Manifest, Server, World } from '../model/types';
import type { ServerEvaluation } from './types';

/**
 * The one place that knows what judges a server (drift, health) and what those judgements read besides the
 * server itself: the role's manifest, the environments' variables, and health's context (the environment's
 * database, the host list, the clock). Servers of one environment and role share these inputs.
 */

export interface ServerInputs {
  manifest: Manifest | undefined;
  envVars: World['envVars'];
  /** Health's context without the clock, which `atTime` handles apart. */
  context: Omit<HealthContext, 'now'>;
}

export function serverInputs(world: World, server: Server): ServerInputs {
  const { now: _clock, ...context } = healthContext(world, server.hostname);
  return { manifest: world.manifests[server.role], envVars: world.envVars, context };
}

/** Lists (the host list) compare by identity, small records (the database's schema) by value. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

export function sameInputs(a: ServerInputs, b: ServerInputs): boolean {
  if (a.manifest !== b.manifest || a.envVars !== b.envVars) return false;
  const keys = Object.keys(a.context) as (keyof ServerInputs['context'])[];
  if (keys.length !== Object.keys(b.context).length) return false;
  return keys.every((key) => sameValue(a.context[key], b.context[key]));
}

/** Whether the clock alone can change this server's health (certificates expire). */
export function readsClock(server: Server): boolean {
  for (const _ in server.certificates) return true;
  return false;
}

/** The clock-dependent findings of health: comparing them is far cheaper than judging the server again. */
export function clockFindings(server: Server, now: number): HealthFailure[] {
  return certificateChecks(server, now);
}

function healthAt(server: Server, inputs: ServerInputs, now: number) {
  return evaluateServerHealth(server, { ...inputs.context, now });
}

/** Drift and health of `server`, computed afresh. */
export function analyzeServer(
  world: World,
  server: Server,
  inputs: ServerInputs,
  now: number,
): ServerEvaluation {
  const drift = driftOfServer(server, world);
  return {
    host: server.hostname,
    env: server.env,
    role: server.role,
    drift,
    coverage: coverageOf(drift),
    health: healthAt(server, inputs, now),
  };
}

function sameParams(a: HealthFailure['params'], b: HealthFailure['params']): boolean {
  const keys = Object.keys(a) as (keyof typeof a)[];
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

export function sameFailures(a: readonly HealthFailure[], b: readonly HealthFailure[]): boolean {
  return (
    a.length === b.length &&
    a.every((f, i) => {
      const g = b[i];
      return (
        g !== undefined && f.code === g.code && f.severity === g.severity && sameParams(f.params, g.params)
      );
    })
  );
}

/**
 * The evaluation at a new time: health is asked again (its clock-free part is cached by the health module)
 * and the previous object is kept when nothing changed, so callers can compare by identity.
 */
export function atTime(
  previous: ServerEvaluation,
  server: Server,
  inputs: ServerInputs,
  now: number,
): ServerEvaluation {
  const health = healthAt(server, inputs, now);
  if (health.status === previous.health.status && sameFailures(health.failures, previous.health.failures))
    return previous;
  return { ...previous, health };
}
