import { advanceClock, buildWorld, scheduleEvent, type World } from '../../core';
import type { ScenarioDoc } from './scenarioSchema';

const HOUR = 3_600_000;

/**
 * The world a scenario document describes, at the lab's start `now`: the fleet provisioned from the golden
 * image, then its story's background events in time order (their traces are in the ledger and the logs).
 * Deterministic: the same document and `now` always give the same world.
 */
export function buildScenario(doc: ScenarioDoc, now: number): World {
  const events = doc.events ?? [];
  const earliest = Math.max(0, ...events.map((e) => e.hoursBefore));
  const start = now - Math.ceil(earliest) * HOUR;
  let world = buildWorld(doc.id, doc.servers, { seed: doc.seed, now: start }, doc.ageDays);
  events.forEach((e, i) => {
    const at = now - e.hoursBefore * HOUR;
    world = scheduleEvent(world, {
      id: `${doc.id}:${i}`,
      at,
      kind: e.kind,
      host: e.host,
      params: e.params ?? {},
    });
  });
  return advanceClock(world, now - start);
}
