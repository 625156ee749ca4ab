import type { StateCreator } from 'zustand';
import type { World } from '../../core';
import type { HistorySlice } from '../store/historySlice';
import type { ShellSlice } from '../store/shellSlice';

export interface InstructorSlice {
  /** Whether the instructor panel is docked open under the workbench. */
  instructorOpen: boolean;
  /** The panel's selected tab (an id of `INSTRUCTOR_TABS`). */
  instructorTab: string;
  setInstructorOpen(open: boolean): void;
  setInstructorTab(id: string): void;
  /**
   * Makes `world` the present as one history step labelled `label` (chaos, a playback step): the shell keeps
   * its session and continues from it, the dashboard and timeline show it, and undo reverts it.
   */
  applyWorld(world: World, label: string): void;
}

type State = InstructorSlice & ShellSlice & Pick<HistorySlice, 'commitWorld'>;

export const createInstructorSlice: StateCreator<State, [], [], InstructorSlice> = (set, get) => ({
  instructorOpen: false,
  instructorTab: 'chaos',
  setInstructorOpen: (instructorOpen) => set({ instructorOpen }),
  setInstructorTab: (instructorTab) => set({ instructorTab }),
  applyWorld: (world, label) => {
    if (world === get().shell.world) return;
    set((s) => ({ shell: { ...s.shell, world } }));
    get().commitWorld(world, label);
  },
});
