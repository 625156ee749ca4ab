import type { BackgroundEventKind, ScheduledEvent, Server, World } from '../model/types';
import { pick, randomInt } from '../rng';
import { applyEvent } from './effects';
import { EVENT_KINDS } from './kinds';

/**
 * Scheduling background events and letting time pass. Scheduled events live in `world.events` (time order),
 * so they are saved, undone and replayed with the world; random ones come from the world's seeded RNG.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Adds an event, keeping time order (after events at the same time). A repeated id changes nothing. */
export function scheduleEvent(world: World, event: ScheduledEvent): World {
  if (world.events.some((e) => e.id === event.id)) return world;
  const index = world.events.findIndex((e) => e.at > event.at);
  const events = [...world.events];
  events.splice(index < 0 ? events.length : index, 0, event);
  return { ...world, events };
}

/** Hosts an event of this kind can meaningfully happen to. */
function eligible(kind: BackgroundEventKind, server: Server): boolean {
  switch (kind) {
    case 'hotfix':
      return server.fs['/etc/loja/loja.ini']?.kind === 'file' && Boolean(server.services.loja);
    case 'unattended-upgrades':
      return Boolean(server.packages.libssl3);
    case 'cert-expire':
      return Object.keys(server.certificates).length > 0;
    case 'unreachable':
      // The bastion is where the learner stands; losing it would end the lab rather than teach.
      return server.role !== 'bastion';
    default:
      return true;
  }
}

/** When each kind tends to happen (UTC): the colleague's 03:00 fix, cron's 03:17, apt-daily-upgrade at 06:xx. */
const CLOCK: Partial<Record<BackgroundEventKind, { hour: number; minute: number; spread: number }>> = {
  hotfix: { hour: 3, minute: 0, spread: 59 },
  'cron-rewrite': { hour: 3, minute: 17, spread: 0 },
  'unattended-upgrades': { hour: 6, minute: 0, spread: 59 },
};

export interface RandomEventOptions {
  count: number;
  /** Events fall within this many ms after `world.now`. */
  within: number;
  kinds?: readonly BackgroundEventKind[];
  hosts?: readonly string[];
}

/** Schedules `count` seeded random events; the same world and options always give the same events. */
export function scheduleRandomEvents(world: World, options: RandomEventOptions): World {
  const within = Math.max(1, Math.floor(options.within));
  const hostNames = (options.hosts ?? world.order).filter((h) => Object.hasOwn(world.servers, h));
  const candidates = (options.kinds ?? EVENT_KINDS)
    .map((kind) => ({ kind, hosts: hostNames.filter((h) => eligible(kind, world.servers[h] as Server)) }))
    .filter((c) => c.hosts.length > 0);
  if (!candidates.length) return world;
  let rng = world.rng;
  let next = world;
  for (let i = 0; i < Math.max(0, Math.floor(options.count)); i++) {
    const [choice, r1] = pick(rng, candidates);
    const [host, r2] = pick(r1, choice.hosts);
    const [offset, r3] = randomInt(r2, 1, within);
    const [minute, r4] = randomInt(r3, 0, CLOCK[choice.kind]?.spread ?? 0);
    rng = r4;
    const at = atUsualHour(world.now, within, world.now + offset, choice.kind, minute);
    let id = `${choice.kind}@${host}@${at}`;
    for (let n = 2; next.events.some((e) => e.id === id); n++) id = `${choice.kind}@${host}@${at}#${n}`;
    next = scheduleEvent(next, { id, at, kind: choice.kind, host, params: {} });
  }
  return { ...next, rng };
}

/** Moves `at` to the kind's usual time on the same day (or the next) when that still falls in the window. */
function atUsualHour(
  now: number,
  within: number,
  at: number,
  kind: BackgroundEventKind,
  minute: number,
): number {
  const clock = CLOCK[kind];
  if (!clock) return at;
  let usual = Math.floor(at / DAY) * DAY + clock.hour * HOUR + (clock.minute + minute) * 60_000;
  if (usual <= now) usual += DAY;
  return usual <= now + within ? usual : at;
}

/** Lets `ms` of simulated time pass, firing every due event in time order at its own time. */
export function advanceClock(world: World, ms: number): World {
  const target = world.now + Math.max(0, Number.isFinite(ms) ? ms : 0);
  let next = world;
  for (let event = next.events[0]; event && event.at <= target; event = next.events[0]) {
    next = { ...next, now: Math.max(next.now, event.at), events: next.events.slice(1) };
    next = applyEvent(next, event);
  }
  return next.now === target ? next : { ...next, now: target };
}
