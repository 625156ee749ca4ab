import { advanceClock, scheduleEvent, type World } from '../../core';
import { createRegistry, createShell, execute, type ShellState } from '../../shell';
import { findScenario, LAB_START } from '../scenarios';
import type { EventSpec, Mission, SetupStep } from './schema';
import { fill, type MissionVars, resolveVariables } from './variables';

const HOUR = 3_600_000;

/** One setup line as the colleague's shell answered it: tests insist every line succeeded. */
export interface SetupLine {
  host: string;
  user: string;
  line: string;
  exitCode: number;
  output: string;
  /** The step says this line may fail as part of the story. */
  allowFailure: boolean;
}

export interface MissionStart {
  world: World;
  vars: MissionVars;
  setup: SetupLine[];
}

function eventAt(spec: EventSpec, vars: MissionVars, at: number, id: string) {
  const params = Object.fromEntries(Object.entries(spec.params ?? {}).map(([k, v]) => [k, fill(v, vars)]));
  return { id, at, kind: spec.kind, host: fill(spec.host, vars), params };
}

/** A colleague logged straight into `host` (not through the bastion), in their home directory. */
function colleagueShell(world: World, host: string, user: string): ShellState {
  const base = createShell(world);
  const session = base.stack[0];
  const home = world.servers[host]?.users[user]?.home ?? `/home/${user}`;
  if (!session) return base;
  const env = { ...session.env, HOME: home, USER: user, LOGNAME: user, PWD: home };
  return { ...base, stack: [{ host, user, cwd: home, env }] };
}

/** Types a step's lines through the real shell; bash history stays on the colleague's side (it is dropped). */
function runLines(
  world: World,
  step: Extract<SetupStep, { run: string[] }>,
  vars: MissionVars,
  log: SetupLine[],
) {
  const registry = createRegistry();
  const host = fill(step.host, vars);
  let state = colleagueShell(world, host, step.as);
  for (const raw of step.run) {
    const line = fill(raw, vars);
    const session = state.stack[state.stack.length - 1];
    const ran = execute(state, registry, line);
    log.push({
      host: session?.host ?? host,
      user: session?.user ?? step.as,
      line,
      exitCode: ran.exitCode,
      output: ran.output,
      allowFailure: step.allowFailure ?? false,
    });
    state = ran.state;
  }
  return state.world;
}

/**
 * The world a learner finds when the mission starts: the scenario built for their seed, then the setup's
 * story played in time order (each step `hoursBefore` the lab's start), then the clock at the lab's start
 * with the mission's later events scheduled.
 */
export function startMission(mission: Mission, seed: number): MissionStart {
  const scenario = findScenario(mission.scenario);
  if (!scenario) throw new Error(`mission ${mission.id}: unknown scenario ${mission.scenario}`);
  const vars = resolveVariables(mission, seed);
  const steps = [...mission.setup].sort((a, b) => b.hoursBefore - a.hoursBefore);
  const lead = steps[0]?.hoursBefore ?? 0;
  let world = scenario.build({ seed, now: LAB_START - lead * HOUR });
  const setup: SetupLine[] = [];
  steps.forEach((step, index) => {
    world = advanceClock(world, LAB_START - step.hoursBefore * HOUR - world.now);
    if ('run' in step) world = runLines(world, step, vars, setup);
    else {
      world = scheduleEvent(world, eventAt(step.event, vars, world.now, `setup:${mission.id}:${index}`));
      world = advanceClock(world, 0);
    }
  });
  world = advanceClock(world, LAB_START - world.now);
  mission.events.forEach((later, index) => {
    const at = world.now + later.afterMinutes * 60_000;
    world = scheduleEvent(world, eventAt(later.event, vars, at, `mission:${mission.id}:${index}`));
  });
  return { world, vars, setup };
}
