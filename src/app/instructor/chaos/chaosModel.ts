import {
  advanceClock,
  type BackgroundEventKind,
  EVENT_KINDS,
  ledgerSize,
  scheduleEvent,
  type World,
} from '../../../core';

export const CHAOS_KINDS: readonly BackgroundEventKind[] = EVENT_KINDS;

/** A number the instructor sets before firing an event that has one; the engine's event param `name`. */
export interface ChaosParam {
  name: 'percent' | 'days';
  min: number;
  max: number;
  step: number;
  initial: number;
}

/** The events that naturally take a number: how full the disk gets, how many days the certificate has left. */
export const CHAOS_PARAMS: Partial<Record<BackgroundEventKind, ChaosParam>> = {
  'disk-fill': { name: 'percent', min: 50, max: 100, step: 0.5, initial: 98.5 },
  'cert-expire': { name: 'days', min: 0, max: 90, step: 1, initial: 0 },
};

/** The param's value from what was typed, or null when it is not a number on the param's step within its range. */
export function readChaosParam(param: ChaosParam, text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return null;
  const value = Number(trimmed);
  const steps = (value - param.min) / param.step;
  if (value < param.min || value > param.max || Math.abs(steps - Math.round(steps)) > 1e-9) return null;
  return value;
}

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
 * the world are ignored. `value` is the kind's param (`CHAOS_PARAMS`), already read; it goes into the event
 * and the step's label. Pure: the caller commits the result as one history step, which undo reverts.
 */
export function fireChaos(
  world: World,
  hosts: readonly string[],
  kind: BackgroundEventKind,
  value?: number,
): ChaosOutcome {
  const param = CHAOS_PARAMS[kind];
  const params: Record<string, string> = param && value !== undefined ? { [param.name]: String(value) } : {};
  const shown = Object.entries(params).map(([k, v]) => ` ${k}=${v}`);
  const chosen = [...new Set(hosts)].filter((h) => Object.hasOwn(world.servers, h));
  const changed: string[] = [];
  const unchanged: string[] = [];
  let next = world;
  for (const host of chosen) {
    const before = next;
    const event = { id: `chaos:${kind}:${host}:${next.now}`, at: next.now, kind, host, params };
    next = advanceClock(scheduleEvent(next, event), 0);
    const touched =
      next.servers[host] !== before.servers[host] || ledgerSize(next.ledger) !== ledgerSize(before.ledger);
    (touched ? changed : unchanged).push(host);
  }
  return { world: next, changed, unchanged, label: `chaos: ${kind}${shown.join('')} @ ${chosen.join(', ')}` };
}
