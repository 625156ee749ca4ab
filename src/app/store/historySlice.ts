import type { StateCreator } from 'zustand';
import {
  commit,
  createHistory,
  type History,
  jumpTo,
  present,
  redo,
  redoChange,
  restoreTo,
  undo,
  undoChange,
  type World,
} from '../../core';
import { createShell } from '../../shell';
import type { MissionSlice } from './missionSlice';
import type { ShellSlice } from './shellSlice';

/** The last change to the present world, for the dashboard's brief highlight of what it touched. */
export interface LastChange {
  before: World;
  after: World;
  /** Increases with every change, so the same host changed twice is highlighted twice. */
  seq: number;
}

export interface HistorySlice {
  /** Every world since the scenario started (undo, redo, time travel); its present is `shell.world`. */
  history: History;
  /** A step looked at read-only, or null for the present. */
  viewing: number | null;
  lastChange: LastChange | null;
  /** Records `world` (already the shell's) as the new present, labelled with what made it. */
  commitWorld(world: World, label: string): void;
  /** One step of the timeline back or forward, whatever it did. */
  undo(): void;
  redo(): void;
  /** Back to before the last change to the fleet, past the commands that only read (`undo`, Desfazer). */
  undoChange(): void;
  /** Forward to after the next change undone. */
  redoChange(): void;
  /** Looks at step `index` without changing anything; null (or the present's index) goes back to now. */
  viewStep(index: number | null): void;
  /** Makes step `index` the present: later steps are dropped and the shell continues from that world. */
  restoreStep(index: number): void;
  /** Starts over from a new world (a scenario): a fresh shell and a history of one step. */
  startWorld(world: World, label: string): void;
}

type State = HistorySlice & ShellSlice & Pick<MissionSlice, 'refreshMission'>;

function change(state: State, before: World, after: World): LastChange {
  return { before, after, seq: (state.lastChange?.seq ?? 0) + 1 };
}

/** The store's part of moving the present to another kept step (undo, redo, restore). */
function moveTo(state: State, history: History): Partial<State> {
  const world = present(history);
  if (world === state.shell.world) return { history, viewing: null };
  return {
    history,
    viewing: null,
    shell: { ...state.shell, world },
    lastChange: change(state, state.shell.world, world),
  };
}

/** The world the dashboard shows: the step being viewed, else the present. */
export function shownWorld(state: Pick<State, 'history' | 'viewing' | 'shell'>): World {
  return state.viewing === null
    ? state.shell.world
    : (jumpTo(state.history, state.viewing) ?? state.shell.world);
}

export function createHistorySlice(initial: World): StateCreator<State, [], [], HistorySlice> {
  // Moving the present changes the world the mission's checklist is about.
  return (set, get) => ({
    history: createHistory(initial),
    viewing: null,
    lastChange: null,
    commitWorld: (world, label) =>
      set((s) => {
        const history = commit(s.history, world, label);
        if (history === s.history) return { viewing: null };
        return { history, viewing: null, lastChange: change(s, present(s.history), world) };
      }),
    undo: () => {
      set((s) => moveTo(s, undo(s.history)));
      get().refreshMission();
    },
    redo: () => {
      set((s) => moveTo(s, redo(s.history)));
      get().refreshMission();
    },
    undoChange: () => {
      set((s) => moveTo(s, undoChange(s.history)));
      get().refreshMission();
    },
    redoChange: () => {
      set((s) => moveTo(s, redoChange(s.history)));
      get().refreshMission();
    },
    viewStep: (index) =>
      set((s) => {
        if (index === null || index === s.history.index || jumpTo(s.history, index) === undefined) {
          return { viewing: null };
        }
        return { viewing: index };
      }),
    restoreStep: (index) => {
      set((s) => moveTo(s, restoreTo(s.history, index)));
      get().refreshMission();
    },
    startWorld: (world, label) =>
      set({
        shell: createShell(world),
        history: createHistory(world, label),
        viewing: null,
        lastChange: null,
      }),
  });
}
