import type { StateCreator } from 'zustand';
import { LAB_START } from '../../content/scenarios';
import { frotaWorld } from '../../core';
import { type Completion, createShell, type Execution, type ShellState } from '../../shell';
import type { HistorySlice } from './historySlice';
import { requireLab } from './labLoader';
import type { MissionSlice } from './missionSlice';
import type { TerminalSlice } from './terminalSlice';
import type { UiSlice } from './uiSlice';

export interface ShellSlice {
  shell: ShellState;
  /** How many commands have run; lets views react to each command even when nothing changed. */
  commandCount: number;
  /** Runs a line through the shell; needs the lab (`loadLab`), which the terminal waits for before it mounts. */
  runCommand(line: string): Execution;
  completeLine(lineBeforeCursor: string): Completion;
  /** The terminal's width in characters (xterm's, after fitting): tables and `ls` fit their output to it. */
  terminalColumns: number;
  setTerminalColumns(columns: number): void;
}

export const createShellSlice: StateCreator<
  ShellSlice &
    Pick<HistorySlice, 'commitWorld' | 'undoChange' | 'redoChange' | 'startWorld'> &
    Pick<TerminalSlice, 'onExecution'> &
    Pick<MissionSlice, 'consumeMissionStart' | 'afterMissionCommand'> &
    Pick<UiSlice, 'locale'>,
  [],
  [],
  ShellSlice
> = (set, get) => ({
  shell: createShell(frotaWorld({ seed: 1, now: LAB_START })),
  commandCount: 0,
  terminalColumns: 80,
  setTerminalColumns: (columns) => set({ terminalColumns: columns }),
  runCommand(line) {
    // The width is the tty's and the language the learner's, not the session's: given to each command (as
    // a tty reports its size), not a change of the shell's state.
    const before = { ...get().shell, columns: get().terminalColumns, locale: get().locale };
    const execution = requireLab().run(before, line);
    const steps = execution.effects.flatMap((e) => (e.kind === 'undo' || e.kind === 'redo' ? [e] : []));
    if (steps.length > 0) {
      // `undo`/`redo` typed in the terminal move the same history as the dashboard's buttons; the shell keeps
      // its session (host, cwd, history) and takes the world of the step moved to.
      set((s) => ({ shell: { ...execution.state, world: before.world }, commandCount: s.commandCount + 1 }));
      // A learner's `undo` means "before my last change": the commands that only read are passed over.
      for (const step of steps)
        for (let i = 0; i < step.steps; i++) get()[step.kind === 'undo' ? 'undoChange' : 'redoChange']();
    } else {
      set((s) => ({ shell: execution.state, commandCount: s.commandCount + 1 }));
      // Every command is a step of the history: undo, redo and the dashboard's timeline. A mission's start
      // world begins a new history: undo does not go back to the world before the mission.
      if (get().consumeMissionStart()) get().startWorld(execution.state.world, line);
      else get().commitWorld(execution.state.world, line);
    }
    // The mission's checklist follows every command.
    get().afterMissionCommand();
    // The transcript for screen readers, and the effects the UI acts on (the editor pane).
    get().onExecution(line, before, execution);
    return execution;
  },
  completeLine: (line) => requireLab().complete(get().shell, line),
});
