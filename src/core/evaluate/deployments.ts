import { deploymentInputs } from '../health/dependencies';
import { type DeploymentHealth, deploymentHealth } from '../health/deployment';
import type { Server, World } from '../model/types';

/**
 * Deployment health per environment, computed when it is first read and kept while its inputs (the
 * environment's servers, the host list, the clock) keep their identity. A deployment reads every server of
 * its environment and the clock (the visitor's page carries a Date header), so it is the costly part of an
 * evaluation: callers that only need servers and counts never pay for it.
 */

interface Entry {
  servers: readonly Server[];
  order: readonly string[];
  now: number;
  health: DeploymentHealth | null;
}

export type DeploymentReader = (world: World, env: string) => DeploymentHealth | null;

/** A reader with a cache per environment; `computed` is called each time a deployment is judged afresh. */
export function createDeploymentReader(computed: () => void): DeploymentReader {
  const entries = new Map<string, Entry>();
  return (world, env) => {
    const servers = deploymentInputs(world, env).flatMap((h) => world.servers[h] ?? []);
    const previous = entries.get(env);
    if (
      previous &&
      previous.now === world.now &&
      previous.order === world.order &&
      previous.servers.length === servers.length &&
      previous.servers.every((s, i) => s === servers[i])
    )
      return previous.health;
    computed();
    const health = deploymentHealth(world, env) ?? null;
    entries.set(env, { servers, order: world.order, now: world.now, health });
    return health;
  };
}

/** Defines `target.deployment` as a value computed on first read (enumerable, so it reads as plain data). */
export function lazyDeployment<T extends object>(target: T, read: () => DeploymentHealth | null): T {
  let value: DeploymentHealth | null | undefined;
  Object.defineProperty(target, 'deployment', {
    enumerable: true,
    configurable: true,
    get: () => {
      if (value === undefined) value = read();
      return value;
    },
  });
  return target;
}
