import type { StateCreator } from 'zustand';
import type { World } from '../../core';
import type { HistorySlice } from '../store/historySlice';
import type { MissionSlice } from '../store/missionSlice';
import type { ShellSlice } from '../store/shellSlice';
import { clampDock, saveDockHeight, savedDockHeight } from './dockHeight';

export interface InstructorSlice {
  /** Whether the instructor panel is docked open under the workbench. */
  instructorOpen: boolean;
  /** The panel's selected tab (an id of `INSTRUCTOR_TABS`). */
  instructorTab: string;
  setInstructorOpen(open: boolean): void;
  setInstructorTab(id: string): void;
  /**
   * The dock's height as a share of the window, once the instructor has resized it (remembered across visits,
   * like the panes' widths); null for the stylesheet's default.
   */
  instructorHeight: number | null;
  setInstructorHeight(share: number): void;
  /**
   * Makes `world` the present as one history step labelled `label` (chaos, a playback step): the shell keeps
   * its session and continues from it, the dashboard and timeline show it, and undo reverts it.
   */
  applyWorld(world: World, label: string): void;
  /** Which document the authoring editor shows. */
  authorKind: 'scenario' | 'mission';
  /**
   * The editor's text per kind, kept here so it survives switching tabs (the share tab links it); null until
   * the authoring tab first opens and fills it from the saved document or the example.
   */
  authorTexts: { scenario: string | null; mission: string | null };
  setAuthorKind(kind: 'scenario' | 'mission'): void;
  setAuthorText(kind: 'scenario' | 'mission', text: string): void;
}

type State = InstructorSlice &
  ShellSlice &
  Pick<HistorySlice, 'commitWorld'> &
  Pick<MissionSlice, 'refreshMission'>;

export const createInstructorSlice: StateCreator<State, [], [], InstructorSlice> = (set, get) => ({
  instructorOpen: false,
  instructorTab: 'chaos',
  setInstructorOpen: (instructorOpen) => set({ instructorOpen }),
  setInstructorTab: (instructorTab) => set({ instructorTab }),
  instructorHeight: savedDockHeight(),
  setInstructorHeight: (share) => {
    const instructorHeight = clampDock(share);
    saveDockHeight(instructorHeight);
    set({ instructorHeight });
  },
  applyWorld: (world, label) => {
    if (world === get().shell.world) return;
    set((s) => ({ shell: { ...s.shell, world } }));
    get().commitWorld(world, label);
    // The active mission's checklist is about this world now.
    get().refreshMission();
  },
  authorKind: 'scenario',
  authorTexts: { scenario: null, mission: null },
  setAuthorKind: (authorKind) => set({ authorKind }),
  setAuthorText: (kind, text) => set((s) => ({ authorTexts: { ...s.authorTexts, [kind]: text } })),
});
