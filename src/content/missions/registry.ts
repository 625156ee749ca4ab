import { convergeAndRebuild } from './data/convergeAndRebuild';
import { hotfixDrift } from './data/hotfixDrift';
import { inPlaceUpgrade } from './data/inPlaceUpgrade';
import { meetTheFleet } from './data/meetTheFleet';
import { patchCve } from './data/patchCve';
import { sandbox } from './data/sandbox';
import { stagingVsProd } from './data/stagingVsProd';
import { whatChanged } from './data/whatChanged';
import { type Mission, MissionSchema } from './schema';

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

/** Every mission, validated by the schema when the module loads, in the order of the lesson's arc. */
export const MISSIONS: readonly Mission[] = MISSION_DATA.map((data) => MissionSchema.parse(data)).sort(
  (a, b) => a.order - b.order,
);

export function findMission(id: string): Mission | undefined {
  return MISSIONS.find((m) => m.id === id);
}
