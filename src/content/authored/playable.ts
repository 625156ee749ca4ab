import { MISSIONS } from '../missions/registry';
import type { Mission } from '../missions/schema';
import { findScenario } from '../scenarios';

/** Why a valid authored mission cannot be played in this lab. */
export type Unplayable = { code: 'shipped-id'; id: string } | { code: 'unknown-scenario'; scenario: string };

/**
 * Whether a mission that passed its schema can join the lab: its id must not be a shipped mission's (their
 * progress would mix), and its scenario must be one the lab can build. Null when it can.
 */
export function unplayable(mission: Mission): Unplayable | null {
  if (MISSIONS.some((m) => m.id === mission.id)) return { code: 'shipped-id', id: mission.id };
  if (!findScenario(mission.scenario)) return { code: 'unknown-scenario', scenario: mission.scenario };
  return null;
}
