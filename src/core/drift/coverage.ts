import type { World } from '../model/types';
import { serverDrift } from './serverDrift';
import type { DriftItem, DriftStatus } from './types';

/**
 * Coverage like driftctl's: the share of declared resources that are IN_SYNC. UNMANAGED resources are
 * counted apart: they are what the desired state does not cover at all.
 */
export interface Coverage {
  /** Declared resources: IN_SYNC + MODIFIED + MISSING. */
  declared: number;
  inSync: number;
  /** inSync / declared, from 0 to 1 (1 when nothing is declared). */
  ratio: number;
  counts: Record<DriftStatus, number>;
}

export interface FleetCoverage {
  fleet: Coverage;
  byServer: Record<string, Coverage>;
  byEnv: Record<string, Coverage>;
}

function emptyCounts(): Record<DriftStatus, number> {
  return { IN_SYNC: 0, MODIFIED: 0, MISSING: 0, UNMANAGED: 0 };
}

function fromCounts(counts: Record<DriftStatus, number>): Coverage {
  const declared = counts.IN_SYNC + counts.MODIFIED + counts.MISSING;
  return { declared, inSync: counts.IN_SYNC, ratio: declared === 0 ? 1 : counts.IN_SYNC / declared, counts };
}

/** Coverage of one list of drift items (one server's, or any selection). */
export function coverageOf(items: readonly DriftItem[]): Coverage {
  const counts = emptyCounts();
  for (const item of items) counts[item.status]++;
  return fromCounts(counts);
}

function add(into: Record<DriftStatus, number>, from: Record<DriftStatus, number>): void {
  into.IN_SYNC += from.IN_SYNC;
  into.MODIFIED += from.MODIFIED;
  into.MISSING += from.MISSING;
  into.UNMANAGED += from.UNMANAGED;
}

/** Coverage of the whole fleet, per server and per environment. */
export function fleetCoverage(world: World): FleetCoverage {
  const total = emptyCounts();
  const envCounts: Record<string, Record<DriftStatus, number>> = {};
  const byServer: Record<string, Coverage> = {};
  for (const host of world.order) {
    const server = world.servers[host];
    if (!server) continue;
    const coverage = coverageOf(serverDrift(world, host));
    byServer[host] = coverage;
    add(total, coverage.counts);
    envCounts[server.env] ??= emptyCounts();
    add(envCounts[server.env] as Record<DriftStatus, number>, coverage.counts);
  }
  const byEnv: Record<string, Coverage> = {};
  for (const [env, counts] of Object.entries(envCounts)) byEnv[env] = fromCounts(counts);
  return { fleet: fromCounts(total), byServer, byEnv };
}
