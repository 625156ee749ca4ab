import type { StateCreator } from 'zustand';
import { frotaWorld } from '../../core';
import {
  type Completion,
  complete,
  createRegistry,
  createShell,
  type Execution,
  execute,
  type ShellState,
} from '../../shell';

export interface ShellSlice {
  shell: ShellState;
  /** How many commands have run; lets views react to each command even when nothing changed. */
  commandCount: number;
  runCommand(line: string): Execution;
  completeLine(lineBeforeCursor: string): Completion;
}

const registry = createRegistry();

/** The lab's clock starts at a fixed, readable morning so every session is reproducible. */
export const LAB_START = Date.UTC(2026, 10, 29, 9, 0, 0);

export const createShellSlice: StateCreator<ShellSlice, [], [], ShellSlice> = (set, get) => ({
  shell: createShell(frotaWorld({ seed: 1, now: LAB_START })),
  commandCount: 0,
  runCommand(line) {
    const execution = execute(get().shell, registry, line);
    set((s) => ({ shell: execution.state, commandCount: s.commandCount + 1 }));
    return execution;
  },
  completeLine: (line) => complete(get().shell, registry, line),
});
