import {
  advanceClock,
  type BackgroundEventKind,
  EVENT_KINDS,
  ledgerSize,
  scheduleEvent,
  type World,
} from '../../../core';

export const CHAOS_KINDS: readonly BackgroundEventKind[] = EVENT_KINDS;

export interface ChaosOutcome {
  world: World;
  /** Hosts the event changed (its ledger grew or the server object is new). */
  changed: string[];
  /** Hosts where the event had nothing to act on (a hotfix on a database, a certificate already expired). */
  unchanged: string[];
  /** The history step's label, in English like the command lines the other steps carry. */
  label: string;
}

/**
 * Fires one background event of `kind` now on each chosen host, through the engine's scheduler (so the
 * effects are the same operations a colleague's commands would be, recorded in the ledger). Hosts not in
 * the world are ignored. Pure: the caller commits the result as one history step, which undo reverts.
 */
export function fireChaos(world: World, hosts: readonly string[], kind: BackgroundEventKind): ChaosOutcome {
  const chosen = [...new Set(hosts)].filter((h) => Object.hasOwn(world.servers, h));
  const changed: string[] = [];
  const unchanged: string[] = [];
  let next = world;
  for (const host of chosen) {
    const before = next;
    const event = { id: `chaos:${kind}:${host}:${next.now}`, at: next.now, kind, host, params: {} };
    next = advanceClock(scheduleEvent(next, event), 0);
    const touched =
      next.servers[host] !== before.servers[host] || ledgerSize(next.ledger) !== ledgerSize(before.ledger);
    (touched ? changed : unchanged).push(host);
  }
  return { world: next, changed, unchanged, label: `chaos: ${kind} @ ${chosen.join(', ')}` };
}
