import type { Coverage } from '../drift/coverage';
import type { DriftStatus } from '../drift/types';
import type { ServerStatus } from '../health/serverHealth';
import type { GroupEvaluation, ServerEvaluation } from './types';

/** Running sums over servers' evaluations: a changed server is subtracted and added again, not re-summed. */
export interface Tally {
  servers: number;
  counts: Record<DriftStatus, number>;
  health: Record<ServerStatus, number>;
  drifted: number;
}

export function tally(): Tally {
  return {
    servers: 0,
    counts: { IN_SYNC: 0, MODIFIED: 0, MISSING: 0, UNMANAGED: 0 },
    health: { healthy: 0, broken: 0 },
    drifted: 0,
  };
}

export function copyTally(t: Tally): Tally {
  return { servers: t.servers, counts: { ...t.counts }, health: { ...t.health }, drifted: t.drifted };
}

/** Adds (`sign` 1) or removes (`sign` -1) one server's evaluation. */
export function count(into: Tally, evaluation: ServerEvaluation, sign: 1 | -1 = 1): void {
  const { counts } = evaluation.coverage;
  into.servers += sign;
  into.counts.IN_SYNC += sign * counts.IN_SYNC;
  into.counts.MODIFIED += sign * counts.MODIFIED;
  into.counts.MISSING += sign * counts.MISSING;
  into.counts.UNMANAGED += sign * counts.UNMANAGED;
  into.health[evaluation.health.status] += sign;
  if (counts.MODIFIED + counts.MISSING + counts.UNMANAGED > 0) into.drifted += sign;
}

/** A group's figures, with the drift module's coverage: IN_SYNC over declared (1 when nothing is declared). */
export function group(t: Tally): GroupEvaluation {
  const counts = { ...t.counts };
  const declared = counts.IN_SYNC + counts.MODIFIED + counts.MISSING;
  const coverage: Coverage = {
    declared,
    inSync: counts.IN_SYNC,
    ratio: declared === 0 ? 1 : counts.IN_SYNC / declared,
    counts,
  };
  return { servers: t.servers, coverage, health: { ...t.health }, drifted: t.drifted };
}
