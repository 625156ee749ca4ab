import type { Server, World } from '../model/types';
import type { Actor } from '../world/update';
import { convergeHost } from './host';
import type { ConvergeOptions, ConvergePlan, ConvergeResult, HostConverge } from './types';

/** The actor of a dry run: its ledger entries are thrown away with the scratch world. */
const CHECK: Actor = { user: 'root', command: 'converge --check --diff' };

function globToRegExp(glob: string): RegExp {
  const escaped = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${escaped}$`);
}

/** Like `--limit`: `all`, a hostname or a glob (`web-*`), an environment, a role, or `env_role`. */
function matches(server: Server, pattern: string): boolean {
  if (pattern === 'all' || pattern === server.env || pattern === server.role) return true;
  if (pattern === `${server.env}_${server.role}`) return true;
  return pattern.includes('*') || pattern.includes('?')
    ? globToRegExp(pattern).test(server.hostname)
    : pattern === server.hostname;
}

/** Hosts a limit selects, in fleet order, and the limit entries that selected nothing. */
export function resolveLimit(
  world: World,
  limit: readonly string[] | undefined,
): { hosts: string[]; unmatched: string[] } {
  const servers = world.order.flatMap((host) => world.servers[host] ?? []);
  if (!limit || limit.length === 0) return { hosts: servers.map((s) => s.hostname), unmatched: [] };
  const hosts = servers.filter((s) => limit.some((p) => matches(s, p))).map((s) => s.hostname);
  const unmatched = limit.filter((p) => !servers.some((s) => matches(s, p)));
  return { hosts, unmatched };
}

/**
 * `converge --check --diff`: what converging would do on each selected host, computed by converging a
 * scratch copy of each host (worlds are immutable, so the real one is untouched). Unreachable hosts are
 * listed as such and skipped.
 */
export function planConverge(world: World, options: ConvergeOptions = {}): ConvergePlan {
  const { hosts, unmatched } = resolveLimit(world, options.limit);
  const purge = options.purge ?? false;
  return {
    purge,
    limit: options.limit ? [...options.limit] : null,
    hosts: hosts.map((host) => convergeHost(world, host, purge, CHECK).result),
    unmatched,
  };
}

/**
 * Converges the plan's hosts one after another, recording every change in the ledger under `actor`. Each
 * host is converged against the world as it is now, as Ansible does after a `--check` run: with an
 * unchanged world it does exactly what the plan listed. A host that is unreachable is skipped and keeps its
 * drift, so the fleet can end half-converged.
 */
export function applyConverge(world: World, plan: ConvergePlan, actor: Actor): ConvergeResult {
  let next = world;
  const hosts: HostConverge[] = [];
  for (const { host } of plan.hosts) {
    const run = convergeHost(next, host, plan.purge, actor);
    next = run.world;
    hosts.push(run.result);
  }
  return { world: next, hosts };
}
