/**
 * The authoring editor's example mission is a real mission: valid by the schema instructors' files are
 * checked with, playable in the lab, unsolved at the start, and solved by its reference solution and by a
 * different one, typed through the headless runner as the app's terminal types them.
 */
import { describe, expect, it } from 'vitest';
import { evaluateMission, type GuidedMission, startMission } from '../content';
import { checkMissionText, missionDoc, SAMPLE_MISSION, unplayable } from '../content/authored';
import { runMission } from './mission';

const mission = SAMPLE_MISSION as GuidedMission;

describe('the example authored mission', () => {
  it('passes the mission file check and can be played in the lab', () => {
    const checked = checkMissionText(JSON.stringify(missionDoc(SAMPLE_MISSION)));
    expect(checked.ok && checked.value.mission).toEqual(SAMPLE_MISSION);
    expect(unplayable(SAMPLE_MISSION)).toBeNull();
  });

  it('starts unsolved, every check failing', () => {
    const started = startMission(mission, 1);
    const evaluation = evaluateMission(mission, started.world, started.vars, 'en');
    expect(evaluation.checks.map((c) => c.passed)).toEqual([false, false]);
  });

  for (const [name, lines] of [
    ['reference solution', mission.solution],
    ['alternative solution', mission.alternativeSolution],
  ] as const) {
    it(`is solved by its ${name}, every line succeeding`, () => {
      const run = runMission(mission, 1, lines);
      expect(run.transcript.filter((t) => t.exitCode !== 0).map((t) => `${t.command}\n${t.output}`)).toEqual(
        [],
      );
      expect(run.report).toMatchObject({ id: mission.id, complete: true });
    });
  }

  it('is not solved by editing the file without a restart', () => {
    const run = runMission(
      mission,
      1,
      mission.solution.filter((line) => !line.includes('restart')),
    );
    expect(run.report.checks.map((c) => c.passed)).toEqual([true, false]);
  });
});
