import { createMissionRuntime, MISSIONS, type Mission, registerMissionCommands } from '../content';
import { createRegistry, type ShellState } from '../shell';
import { runSession, type TranscriptEntry } from './session';

/** The report's `mission` field: the checklist after the last command. */
export interface MissionReport {
  id: string;
  complete: boolean;
  checks: { id: string; passed: boolean; reason: string | null }[];
}

export interface MissionRun {
  state: ShellState;
  transcript: TranscriptEntry[];
  text: string;
  report: MissionReport;
}

/**
 * Plays command lines in a mission as a learner with `seed` would: the mission's start state, the shell with
 * the `mission` and `hint` commands, and the checklist evaluated after every command.
 */
export function runMission(mission: Mission, seed: number, lines: readonly string[]): MissionRun {
  // An authored mission (not shipped) joins the shipped ones, as it does in the app.
  const missions = MISSIONS.includes(mission) ? MISSIONS : [...MISSIONS, mission];
  const runtime = createMissionRuntime({ missions, locale: 'en', seed });
  const started = runtime.start(mission.id);
  if (!started) throw new Error(`mission ${mission.id} is not registered`);
  const registry = registerMissionCommands(createRegistry(), runtime);
  const run = runSession(started.world, lines, {
    registry,
    afterCommand: (world) => runtime.afterCommand(world),
  });
  const active = runtime.active();
  const evaluation = active?.evaluation ?? { complete: false, checks: [] };
  return { ...run, report: { id: active?.mission.id ?? mission.id, ...evaluation } };
}
