import { convergeAndRebuild } from './data/convergeAndRebuild';
import { hotfixDrift } from './data/hotfixDrift';
import { inPlaceUpgrade } from './data/inPlaceUpgrade';
import { meetTheFleet } from './data/meetTheFleet';
import { patchCve } from './data/patchCve';
import { sandbox } from './data/sandbox';
import { stagingVsProd } from './data/stagingVsProd';
import { whatChanged } from './data/whatChanged';
import type { Mission } from './schema';

/** The missions as written, before validation. */
export const MISSION_DATA = [
  meetTheFleet,
  inPlaceUpgrade,
  hotfixDrift,
  stagingVsProd,
  patchCve,
  whatChanged,
  convergeAndRebuild,
  sandbox,
];

/**
 * Every mission, in the order of the lesson's arc. The data is ours and typed where it is written; the schema
 * checks it in content.test.ts (which fails the build's tests), not here: parsing at module load would put
 * zod and the whole schema on the app's startup path for data that cannot change after the build.
 */
export const MISSIONS: readonly Mission[] = [...MISSION_DATA].sort((a, b) => a.order - b.order);

export function findMission(id: string): Mission | undefined {
  return MISSIONS.find((m) => m.id === id);
}
