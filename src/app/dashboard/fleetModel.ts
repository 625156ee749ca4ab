import type { Role, World } from '../../core';
import type { ServerState, ServerView } from '../store/selectors';

/** The fleet as the dashboard lists it: environments in fleet order, roles in a fixed order within each. */

export const ROLE_ORDER: readonly Role[] = ['bastion', 'lb', 'web', 'db'];

export interface RoleGroup {
  role: Role;
  hosts: string[];
}

export interface EnvGroup {
  env: string;
  roles: RoleGroup[];
}

export type FleetRow =
  | { kind: 'env'; key: string; env: string; count: number }
  | { kind: 'role'; key: string; env: string; role: Role; count: number }
  | { kind: 'server'; key: string; host: string };

export type StateCounts = Record<ServerState, number>;

// Environments and roles of servers never change, so the grouping is kept per host list.
const groupCache = new WeakMap<readonly string[], { servers: World['servers']; groups: EnvGroup[] }>();

export function fleetGroups(world: World): EnvGroup[] {
  const cached = groupCache.get(world.order);
  if (cached && cached.servers === world.servers) return cached.groups;
  const byEnv = new Map<string, Map<Role, string[]>>();
  for (const host of world.order) {
    const server = world.servers[host];
    if (!server) continue;
    let roles = byEnv.get(server.env);
    if (!roles) {
      roles = new Map();
      byEnv.set(server.env, roles);
    }
    const hosts = roles.get(server.role) ?? [];
    hosts.push(host);
    roles.set(server.role, hosts);
  }
  const groups = [...byEnv].map(([env, roles]) => ({
    env,
    roles: ROLE_ORDER.flatMap((role) => {
      const hosts = roles.get(role);
      return hosts ? [{ role, hosts }] : [];
    }),
  }));
  if (cached && sameGroups(cached.groups, groups)) {
    groupCache.set(world.order, { servers: world.servers, groups: cached.groups });
    return cached.groups;
  }
  groupCache.set(world.order, { servers: world.servers, groups });
  return groups;
}

function sameGroups(a: readonly EnvGroup[], b: readonly EnvGroup[]): boolean {
  return (
    a.length === b.length &&
    a.every((g, i) => {
      const other = b[i];
      return (
        other?.env === g.env &&
        other.roles.length === g.roles.length &&
        g.roles.every((r, j) => {
          const o = other.roles[j];
          return (
            o?.role === r.role &&
            o.hosts.length === r.hosts.length &&
            r.hosts.every((h, k) => o.hosts[k] === h)
          );
        })
      );
    })
  );
}

/** Heading rows and server rows in display order; `keep` hides servers (and groups left empty). */
export function fleetRows(groups: readonly EnvGroup[], keep?: (host: string) => boolean): FleetRow[] {
  const rows: FleetRow[] = [];
  for (const { env, roles } of groups) {
    const kept = roles
      .map(({ role, hosts }) => ({ role, hosts: keep ? hosts.filter(keep) : hosts }))
      .filter((r) => r.hosts.length > 0);
    if (kept.length === 0) continue;
    const count = kept.reduce((n, r) => n + r.hosts.length, 0);
    rows.push({ kind: 'env', key: `env:${env}`, env, count });
    for (const { role, hosts } of kept) {
      rows.push({ kind: 'role', key: `role:${env}:${role}`, env, role, count: hosts.length });
      for (const host of hosts) rows.push({ kind: 'server', key: `server:${host}`, host });
    }
  }
  return rows;
}

export function emptyCounts(): StateCounts {
  return { broken: 0, drifted: 0, 'in-sync': 0 };
}

export interface FleetTotals {
  /** Servers per state. */
  counts: StateCounts;
  /** Declared resources in sync over the declared resources of the hosts (1 when nothing is declared). */
  coverage: { declared: number; inSync: number; ratio: number };
}

/** Servers per state and coverage, in one pass: at 1,000 servers each pass over the views costs a few ms. */
export function fleetTotals(
  hosts: readonly string[],
  view: (host: string) => ServerView | undefined,
): FleetTotals {
  const counts = emptyCounts();
  let declared = 0;
  let inSync = 0;
  for (const host of hosts) {
    const v = view(host);
    if (!v) continue;
    counts[v.state]++;
    declared += v.coverage.declared;
    inSync += v.coverage.inSync;
  }
  return { counts, coverage: { declared, inSync, ratio: declared === 0 ? 1 : inSync / declared } };
}

/** The index of the next server row from `index` in direction `step`, skipping headings; -1 at an end. */
export function nextServerRow(rows: readonly FleetRow[], index: number, step: number): number {
  for (let i = index + step; i >= 0 && i < rows.length; i += step) if (rows[i]?.kind === 'server') return i;
  return -1;
}

/** The first (step 1) or last (step -1) server row. */
export function edgeServerRow(rows: readonly FleetRow[], step: 1 | -1): number {
  return nextServerRow(rows, step === 1 ? -1 : rows.length, step);
}
