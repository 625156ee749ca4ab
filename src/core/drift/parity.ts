import type { Role, Server, World } from '../model/types';
import { desiredForServer } from './desired';
import { type ParityKind, type ParityReading, type RowSource, rowSources } from './parityRows';
import type { DesiredState } from './types';

export type { ParityKind } from './parityRows';

export interface ParityColumn {
  host: string;
  env: string;
  role: Role;
}

export interface ParityCell {
  value: string | null;
  desired: string | null;
  differsFromDesired: boolean;
  /** Differs from what most servers of the same role in the same environment have. */
  differsFromPeers: boolean;
}

export interface ParityRow {
  resource: string;
  kind: ParityKind;
  /** Cells by hostname, one per column. */
  cells: Record<string, ParityCell>;
  /** Servers of one role differ between environments (e.g. web in prod vs web in staging). */
  crossEnv: boolean;
}

export interface ParityMatrix {
  /** Servers grouped by environment, then role, in fleet order. */
  columns: ParityColumn[];
  rows: ParityRow[];
}

export interface ParityOptions {
  env?: string | readonly string[];
  role?: Role | readonly Role[];
  kind?: ParityKind | readonly ParityKind[];
}

const ROLE_ORDER: readonly Role[] = ['bastion', 'lb', 'web', 'db'];

function allows<T>(filter: T | readonly T[] | undefined, value: T): boolean {
  if (filter === undefined) return true;
  return Array.isArray(filter) ? filter.includes(value) : filter === value;
}

interface Member {
  server: Server;
  desired: DesiredState;
  visible: boolean;
}

/** Members in column order: environments as they first appear in the fleet, then roles, then fleet order. */
function membersOf(world: World, options: ParityOptions): Member[] {
  const envRank = new Map<string, number>();
  const members: Member[] = [];
  for (const host of world.order) {
    const server = world.servers[host];
    if (!server || !allows(options.role, server.role)) continue;
    if (!envRank.has(server.env)) envRank.set(server.env, envRank.size);
    const desired = desiredForServer(server, world.manifests[server.role], world.envVars);
    members.push({ server, desired, visible: allows(options.env, server.env) });
  }
  const rank = (m: Member) =>
    (envRank.get(m.server.env) ?? 0) * ROLE_ORDER.length + ROLE_ORDER.indexOf(m.server.role);
  return members
    .map((m, i) => ({ m, i }))
    .sort((a, b) => rank(a.m) - rank(b.m) || a.i - b.i)
    .map(({ m }) => m);
}

// In-sync cells compare equal even when the desired value itself differs per host or environment (a
// rendered hostname, the environment's database): only departures from the desired state count.
const AS_DESIRED = '\u0000desired';
const ABSENT = '\u0000absent';

function comparable(reading: ParityReading, differsFromDesired: boolean): string {
  if (reading.desired !== null && !differsFromDesired) return AS_DESIRED;
  return reading.value ?? ABSENT;
}

/** The most common keys of a group (several when tied). */
function modes(keys: readonly string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  const top = Math.max(...counts.values());
  return new Set([...counts].filter(([, n]) => n === top).map(([key]) => key));
}

function buildRow(source: RowSource, members: readonly Member[]): ParityRow {
  const groups = new Map<string, { env: string; role: Role; hosts: string[]; keys: string[] }>();
  const cells: Record<string, ParityCell> = {};
  const keyOf = new Map<string, string>();
  for (const { server, desired } of members) {
    const reading = source.read(server, desired);
    const differsFromDesired = reading.wantedAbsent
      ? reading.value !== null
      : reading.desired !== null && reading.value !== reading.desired;
    const key = comparable(reading, differsFromDesired);
    cells[server.hostname] = {
      value: reading.value,
      desired: reading.desired,
      differsFromDesired,
      differsFromPeers: false,
    };
    keyOf.set(server.hostname, key);
    const id = `${server.env}\u0000${server.role}`;
    let group = groups.get(id);
    if (!group) {
      group = { env: server.env, role: server.role, hosts: [], keys: [] };
      groups.set(id, group);
    }
    group.hosts.push(server.hostname);
    group.keys.push(key);
  }
  const modesByRole = new Map<Role, Set<string>[]>();
  for (const group of groups.values()) {
    const top = modes(group.keys);
    const unanimous = new Set(group.keys).size === 1;
    for (const host of group.hosts) {
      const cell = cells[host];
      const key = keyOf.get(host) ?? ABSENT;
      if (cell && !unanimous) cell.differsFromPeers = top.size > 1 || !top.has(key);
    }
    modesByRole.set(group.role, [...(modesByRole.get(group.role) ?? []), top]);
  }
  // Two environments differ for a role when their most common values have nothing in common.
  const crossEnv = [...modesByRole.values()].some((envModes) =>
    envModes.some((a, i) => envModes.slice(i + 1).some((b) => ![...a].some((key) => b.has(key)))),
  );
  return { resource: source.resource, kind: source.kind, cells, crossEnv };
}

/**
 * Inconsistency between servers: one row per resource, one column per server. Peers are the servers of
 * the same role in the same environment; `crossEnv` compares a role's environments. The env filter hides
 * columns, but peers and environments are still compared over every server of the selected roles.
 */
export function parityMatrix(world: World, options: ParityOptions = {}): ParityMatrix {
  const members = membersOf(world, options);
  const visible = members.filter((m) => m.visible);
  const columns = visible.map(({ server }) => ({
    host: server.hostname,
    env: server.env,
    role: server.role,
  }));
  const rows: ParityRow[] = [];
  for (const source of rowSources(members)) {
    if (!allows(options.kind, source.kind)) continue;
    const row = buildRow(source, members);
    const cells: Record<string, ParityCell> = {};
    for (const { host } of columns) cells[host] = row.cells[host] as ParityCell;
    // A row about hidden servers only is kept when it explains a difference between environments.
    const shown = Object.values(cells).some((c) => c.value !== null || c.desired !== null);
    if (shown || row.crossEnv) rows.push({ ...row, cells });
  }
  return { columns, rows };
}
