import { advanceClock, scheduleEvent, type World } from '../../core';
import type { Mission } from './schema';
import { fill, type MissionVars } from './variables';

/**
 * Flips one of the sandbox's chaos switches: its background event happens now, through the engine's own
 * event machinery (so it is recorded, undone and replayed like any other change). Unknown switch: no change.
 */
export function triggerChaos(world: World, mission: Mission, switchId: string, vars: MissionVars): World {
  if (mission.kind !== 'sandbox') return world;
  const chaos = mission.chaos.find((c) => c.id === switchId);
  if (!chaos) return world;
  const params = Object.fromEntries(
    Object.entries(chaos.event.params ?? {}).map(([k, v]) => [k, fill(v, vars)]),
  );
  const event = {
    id: `chaos:${switchId}:${world.now}`,
    at: world.now,
    kind: chaos.event.kind,
    host: fill(chaos.event.host, vars),
    params,
  };
  return advanceClock(scheduleEvent(world, event), 0);
}
