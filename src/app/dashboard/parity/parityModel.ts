import type {
  ParityCell,
  ParityKind,
  ParityMatrix,
  ParityOptions,
  ParityRow,
  Role,
  World,
} from '../../../core';
import { parityMatrix } from '../../../core';
import { ROLE_ORDER } from '../fleetModel';

export const PARITY_KINDS: readonly ParityKind[] = ['app', 'kernel', 'package', 'config', 'file'];

/** The heatmap's filters; '' means every environment, role or kind. */
export interface ParityFilters {
  env: string;
  role: Role | '';
  kind: ParityKind | '';
  /** Only resources where some server differs (or environments differ). */
  differencesOnly: boolean;
  /** Only servers with a cell that differs. */
  differingServersOnly: boolean;
}

export const NO_FILTERS: ParityFilters = {
  env: '',
  role: '',
  kind: '',
  differencesOnly: false,
  differingServersOnly: false,
};

export function parityOptions(filters: ParityFilters): ParityOptions {
  return {
    ...(filters.env ? { env: filters.env } : {}),
    ...(filters.role ? { role: filters.role } : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
  };
}

// One matrix per world and filter: scrubbing the timeline back and forth answers from here.
const matrices = new WeakMap<World, Map<string, ParityMatrix>>();

export function parityFor(world: World, filters: ParityFilters): ParityMatrix {
  const key = `${filters.env}\u0000${filters.role}\u0000${filters.kind}`;
  let byKey = matrices.get(world);
  if (!byKey) {
    byKey = new Map();
    matrices.set(world, byKey);
  }
  let matrix = byKey.get(key);
  if (!matrix) {
    matrix = parityMatrix(world, parityOptions(filters));
    byKey.set(key, matrix);
  }
  return matrix;
}

/** Whether `world` already has this matrix computed (no waiting needed). */
export function hasParity(world: World, filters: ParityFilters): boolean {
  return matrices.get(world)?.has(`${filters.env}\u0000${filters.role}\u0000${filters.kind}`) ?? false;
}

export type CellMark = 'same' | 'desired' | 'peers' | 'both';

export function cellMark(cell: ParityCell | undefined): CellMark {
  if (!cell) return 'same';
  if (cell.differsFromDesired) return cell.differsFromPeers ? 'both' : 'desired';
  return cell.differsFromPeers ? 'peers' : 'same';
}

export const MARK_SYMBOLS: Record<CellMark, string> = { same: '', desired: '≠', peers: '◆', both: '≠◆' };

/** A row worth showing when only differences are asked for. */
export function rowDiffers(row: ParityRow, hosts: readonly string[]): boolean {
  return row.crossEnv || hosts.some((host) => cellMark(row.cells[host]) !== 'same');
}

/** Rows of the matrix to show, given the filters and the columns on the current page. */
export function visibleRows(matrix: ParityMatrix, filters: ParityFilters): ParityRow[] {
  if (!filters.differencesOnly) return matrix.rows;
  const hosts = matrix.columns.map((c) => c.host);
  return matrix.rows.filter((row) => rowDiffers(row, hosts));
}

/** Columns to show: every server of the matrix, or only those with a cell that differs in `rows`. */
export function visibleColumns(
  matrix: ParityMatrix,
  rows: readonly ParityRow[],
  filters: ParityFilters,
): ParityMatrix['columns'] {
  if (!filters.differingServersOnly) return matrix.columns;
  return matrix.columns.filter((c) => rows.some((row) => cellMark(row.cells[c.host]) !== 'same'));
}

/** Environments and roles present in the world, for the filters' choices. */
export function filterChoices(world: World): { envs: string[]; roles: Role[] } {
  const envs = new Set<string>();
  const roles = new Set<Role>();
  for (const host of world.order) {
    const server = world.servers[host];
    if (!server) continue;
    envs.add(server.env);
    roles.add(server.role);
  }
  return { envs: [...envs], roles: ROLE_ORDER.filter((r) => roles.has(r)) };
}
