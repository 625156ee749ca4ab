import type { Role, Server, World } from '../model/types';
import { desiredForServer } from './desired';
import { getOrAdd } from './memo';
import { type ParityKind, type ParityReading, rowGroups } from './parityRows';
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

/** Servers of one role in one environment: each other's peers. */
interface Group {
  role: Role;
  members: number[];
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

function groupsOf(members: readonly Member[]): Group[] {
  const groups = new Map<string, Group>();
  members.forEach(({ server }, index) => {
    const id = `${server.env}\u0000${server.role}`;
    getOrAdd(groups, id, () => ({ role: server.role, members: [] })).members.push(index);
  });
  return [...groups.values()];
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

interface Derived {
  key: string;
  /** The cell as it is, and as it is when it differs from its peers (peers share readings, so cells too). */
  cells: [ParityCell | undefined, ParityCell | undefined];
  reading: ParityReading;
  differsFromDesired: boolean;
}

function derive(reading: ParityReading): Derived {
  const differsFromDesired = reading.wantedAbsent
    ? reading.value !== null
    : reading.desired !== null && reading.value !== reading.desired;
  return {
    key: comparable(reading, differsFromDesired),
    cells: [undefined, undefined],
    reading,
    differsFromDesired,
  };
}

function cellOf(derived: Derived, differsFromPeers: boolean): ParityCell {
  const index = differsFromPeers ? 1 : 0;
  let cell = derived.cells[index];
  if (!cell) {
    const { value, desired } = derived.reading;
    cell = { value, desired, differsFromDesired: derived.differsFromDesired, differsFromPeers };
    derived.cells[index] = cell;
  }
  return cell;
}

/** One row's cells, aligned with the members, and whether a role's environments disagree. */
function buildRow(readings: readonly ParityReading[], groups: readonly Group[]) {
  const byReading = new Map<ParityReading, Derived>();
  const derived = readings.map((reading) => getOrAdd(byReading, reading, () => derive(reading)));
  const flagged: boolean[] = new Array(readings.length).fill(false);
  const modesByRole = new Map<Role, Set<string>[]>();
  for (const group of groups) {
    const keys = group.members.map((i) => (derived[i] as Derived).key);
    const unanimous = keys.every((key) => key === keys[0]);
    const top = unanimous ? new Set(keys.slice(0, 1)) : modes(keys);
    if (!unanimous)
      for (const [n, i] of group.members.entries()) flagged[i] = top.size > 1 || !top.has(keys[n] as string);
    modesByRole.set(group.role, [...(modesByRole.get(group.role) ?? []), top]);
  }
  // Two environments differ for a role when their most common values have nothing in common.
  const crossEnv = [...modesByRole.values()].some((envModes) =>
    envModes.some((a, i) => envModes.slice(i + 1).some((b) => ![...a].some((key) => b.has(key)))),
  );
  return { cells: derived.map((d, i) => cellOf(d, flagged[i] ?? false)), crossEnv };
}

/**
 * Inconsistency between servers: one row per resource, one column per server. Peers are the servers of
 * the same role in the same environment; `crossEnv` compares a role's environments. The env filter hides
 * columns, but peers and environments are still compared over every server of the selected roles.
 */
export function parityMatrix(world: World, options: ParityOptions = {}): ParityMatrix {
  const members = membersOf(world, options);
  const groups = groupsOf(members);
  const visible = members.flatMap((m, i) => (m.visible ? [i] : []));
  const columns = visible.map((i) => {
    const { server } = members[i] as Member;
    return { host: server.hostname, env: server.env, role: server.role };
  });
  const rows: ParityRow[] = [];
  for (const group of rowGroups(members)) {
    if (!group.rows.some((row) => allows(options.kind, row.kind))) continue;
    const readings = members.map(({ server, desired }) => group.read(server, desired));
    group.rows.forEach(({ resource, kind }, r) => {
      if (!allows(options.kind, kind)) return;
      const { cells, crossEnv } = buildRow(
        readings.map((reading) => reading[r] as ParityReading),
        groups,
      );
      const shown: Record<string, ParityCell> = {};
      let anything = false;
      for (const i of visible) {
        const cell = cells[i] as ParityCell;
        shown[(members[i] as Member).server.hostname] = cell;
        anything ||= cell.value !== null || cell.desired !== null;
      }
      // A row about hidden servers only is kept when it explains a difference between environments.
      if (anything || crossEnv) rows.push({ resource, kind, cells: shown, crossEnv });
    });
  }
  return { columns, rows };
}
