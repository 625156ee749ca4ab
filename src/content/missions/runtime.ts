import type { World } from '../../core';
import type { Locale } from '../../i18n';
import { evaluateMission, type MissionEvaluation } from './checks';
import {
  emptyProgress,
  type Progress,
  recordCommand,
  recordHint,
  recordQuizAnswer,
  recordSolutionRevealed,
  recordStart,
} from './progress';
import type { Mission } from './schema';
import { type MissionStart, startMission } from './start';
import { fill, type MissionVars, resolveVariables } from './variables';

export interface ActiveMission {
  mission: Mission;
  vars: MissionVars;
  /** The checklist as of the last command. */
  evaluation: MissionEvaluation;
}

/**
 * The port through which the terminal's `mission` and `hint` commands, the headless runner and the app
 * share one learner's missions: which one is active, its live checklist, and the progress to save. The
 * shell cannot import content, so whoever builds the registry injects this (`registerMissionCommands`).
 */
export interface MissionRuntime {
  readonly locale: Locale;
  readonly missions: readonly Mission[];
  progress(): Progress;
  active(): ActiveMission | null;
  /**
   * Starts (or restarts) a mission: a new attempt, and the world the learner now stands in. `typed`: the
   * start came from a command line, which is then not counted as one of the mission's commands.
   */
  start(id: string, options?: { typed?: boolean }): MissionStart | null;
  /** Makes a mission active again over a world restored elsewhere (a reload), without a new attempt. */
  resume(id: string, world: World): ActiveMission | null;
  /** Re-evaluates the checklist after a command and counts the command. */
  afterCommand(world: World): MissionEvaluation | null;
  /** The next hint of the active mission, or null when none is left. */
  nextHint(): { index: number; total: number; text: string } | null;
  /** The reference solution with the learner's values, marking it as revealed. */
  revealSolution(): string[] | null;
  /** Records the learner's choice for a question of the active mission's quiz; a choice out of range is ignored. */
  answerQuiz(question: number, option: number): void;
}

export interface RuntimeOptions {
  missions: readonly Mission[];
  locale: Locale;
  seed: number;
  progress?: Progress;
}

class Runtime implements MissionRuntime {
  readonly locale: Locale;
  readonly missions: readonly Mission[];
  private state: Progress;
  private current: ActiveMission | null = null;
  /** The command that started the mission is not one of its commands. */
  private skipNextCommand = false;

  constructor(options: RuntimeOptions) {
    this.locale = options.locale;
    this.missions = options.missions;
    this.state = options.progress ?? emptyProgress(options.seed);
  }

  progress(): Progress {
    return this.state;
  }

  active(): ActiveMission | null {
    return this.current;
  }

  private find(id: string): Mission | undefined {
    return this.missions.find((m) => m.id === id);
  }

  start(id: string, options: { typed?: boolean } = {}): MissionStart | null {
    const mission = this.find(id);
    if (!mission) return null;
    const started = startMission(mission, this.state.seed);
    this.state = recordStart(this.state, id, started.world.now);
    this.current = {
      mission,
      vars: started.vars,
      evaluation: evaluateMission(mission, started.world, started.vars, this.locale),
    };
    this.skipNextCommand = options.typed ?? false;
    return started;
  }

  resume(id: string, world: World): ActiveMission | null {
    const mission = this.find(id);
    if (!mission) return null;
    const vars = resolveVariables(mission, this.state.seed);
    this.current = { mission, vars, evaluation: evaluateMission(mission, world, vars, this.locale) };
    this.state = { ...this.state, active: id };
    return this.current;
  }

  afterCommand(world: World): MissionEvaluation | null {
    const current = this.current;
    if (!current) return null;
    const evaluation = evaluateMission(current.mission, world, current.vars, this.locale);
    this.current = { ...current, evaluation };
    if (this.skipNextCommand) this.skipNextCommand = false;
    else this.state = recordCommand(this.state, world.now, evaluation.complete);
    return evaluation;
  }

  nextHint(): { index: number; total: number; text: string } | null {
    const current = this.current;
    if (!current) return null;
    const hints = current.mission.hints;
    const used = this.state.missions[current.mission.id]?.hintsUsed ?? 0;
    const hint = hints[used];
    if (!hint) return null;
    this.state = recordHint(this.state, hints.length);
    return { index: used + 1, total: hints.length, text: fill(hint[this.locale], current.vars) };
  }

  answerQuiz(question: number, option: number): void {
    const current = this.current;
    if (current?.mission.kind !== 'mission') return;
    const options = current.mission.quiz[question]?.options.length ?? 0;
    if (!Number.isInteger(option) || option < 0 || option >= options) return;
    this.state = recordQuizAnswer(this.state, question, option);
  }

  revealSolution(): string[] | null {
    const current = this.current;
    if (current?.mission.kind !== 'mission') return null;
    this.state = recordSolutionRevealed(this.state);
    return current.mission.solution.map((line) => fill(line, current.vars));
  }
}

export function createMissionRuntime(options: RuntimeOptions): MissionRuntime {
  return new Runtime(options);
}
