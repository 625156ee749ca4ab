/**
 * The lab's working parts, in a chunk of their own: the shell's commands, parser and executor, and the
 * missions (their data, checks and runtime). The first screen — lesson, dashboard, prompt — needs none of
 * it, so `labLoader.ts` loads this after first paint (with xterm) or as soon as something needs it.
 * Only `labLoader.ts` may import this module, and only dynamically.
 */
import {
  createMissionRuntime,
  MISSIONS,
  type Mission,
  type MissionRuntime,
  type Progress,
  registerMissionCommands,
  triggerChaos,
} from '../../content';
import type { World } from '../../core';
import type { Locale } from '../../i18n';
import {
  type Completion,
  complete,
  createRegistry,
  type Execution,
  execute,
  type ShellState,
  wrapWords,
} from '../../shell';
import { saveSession } from '../editor/saveSession';

export interface Lab {
  run(state: ShellState, line: string): Execution;
  complete(state: ShellState, lineBeforeCursor: string): Completion;
  missions: typeof MISSIONS;
  /**
   * A runtime for this learner's progress over the shipped missions and the instructor's `authored` one (if
   * any); the active mission resumes over `world`.
   */
  missionRuntime(locale: Locale, progress: Progress, world: World, authored: Mission | null): MissionRuntime;
  triggerChaos: typeof triggerChaos;
  /** Saves the editor's text through the shell's permission rules (an editor opens only from a command). */
  saveSession: typeof saveSession;
  /** The shell's word wrap, for the terminal's own prose (its greeting): one copy, in this chunk. */
  wrapWords: typeof wrapWords;
}

/** The app's command table, with the terminal's `mission` and `hint` commands bound to the store's `port`. */
export function createLab(port: MissionRuntime): Lab {
  const registry = registerMissionCommands(createRegistry(), port);
  return {
    run: (state, line) => execute(state, registry, line),
    complete: (state, line) => complete(state, registry, line),
    missions: MISSIONS,
    missionRuntime(locale, progress, world, authored) {
      const missions = authored ? [...MISSIONS, authored] : MISSIONS;
      const runtime = createMissionRuntime({ missions, locale, seed: progress.seed, progress });
      if (progress.active !== null) runtime.resume(progress.active, world);
      return runtime;
    },
    triggerChaos,
    saveSession,
    wrapWords,
  };
}
