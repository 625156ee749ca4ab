import type { World } from '../model/types';

/**
 * Undo, redo and time travel over whole worlds. Worlds are immutable and a change replaces only the objects
 * on its path (the server, its `fs` map, the node), so keeping every step costs only what each step changed.
 */

/** One kept world and what made it (a command line, an event, `start`). */
export interface HistoryStep {
  world: World;
  label: string;
}

export interface History {
  /** Oldest first; `steps[index]` is the present, later steps are the redo future. */
  steps: readonly HistoryStep[];
  index: number;
  /** How many undo steps are kept; committing beyond it drops the oldest. */
  maxDepth: number;
}

export const DEFAULT_MAX_DEPTH = 10_000;

export function createHistory(world: World, label = 'start', maxDepth = DEFAULT_MAX_DEPTH): History {
  return { steps: [{ world, label }], index: 0, maxDepth: Math.max(1, Math.floor(maxDepth)) };
}

function stepAt(history: History, index: number): HistoryStep {
  // `index` is kept within `steps` by every function below.
  return history.steps[index] as HistoryStep;
}

/** The world now. */
export function present(history: History): World {
  return stepAt(history, history.index).world;
}

/** Makes `world` the present: the redo future is dropped, and the oldest step once past `maxDepth`. */
export function commit(history: History, world: World, label: string): History {
  if (world === present(history)) return history;
  const kept = history.steps.slice(Math.max(0, history.index - history.maxDepth + 1), history.index + 1);
  const steps = [...kept, { world, label }];
  return { ...history, steps, index: steps.length - 1 };
}

export function canUndo(history: History): boolean {
  return history.index > 0;
}

export function canRedo(history: History): boolean {
  return history.index < history.steps.length - 1;
}

/** One step back; the step undone stays available to `redo` until the next commit. */
export function undo(history: History): History {
  return canUndo(history) ? { ...history, index: history.index - 1 } : history;
}

export function redo(history: History): History {
  return canRedo(history) ? { ...history, index: history.index + 1 } : history;
}

/**
 * Whether step `k` changed the fleet rather than only the clock: every command is a step (the timeline
 * lists them), but most only read, and a learner's `undo` means "before my last change".
 */
function changedFleet(history: History, k: number): boolean {
  const before = history.steps[k - 1]?.world;
  const after = history.steps[k]?.world;
  if (!before || !after) return false;
  return (
    before.servers !== after.servers ||
    before.manifests !== after.manifests ||
    before.envVars !== after.envVars ||
    before.order !== after.order
  );
}

/** The step before the latest change at or before the present; undefined when nothing was changed. */
function beforeLastChange(history: History): number | undefined {
  for (let k = history.index; k > 0; k--) if (changedFleet(history, k)) return k - 1;
  return undefined;
}

export function canUndoChange(history: History): boolean {
  return beforeLastChange(history) !== undefined;
}

/** Back to before the latest change (the read-only commands since it are passed over, as a learner expects). */
export function undoChange(history: History): History {
  const index = beforeLastChange(history);
  return index === undefined ? history : { ...history, index };
}

/** Forward to just after the next change undone; unchanged when no undone step changed the fleet. */
export function redoChange(history: History): History {
  for (let k = history.index + 1; k < history.steps.length; k++)
    if (changedFleet(history, k)) return { ...history, index: k };
  return history;
}

/** The world at step `index`, to look at without changing anything; undefined when there is no such step. */
export function jumpTo(history: History, index: number): World | undefined {
  return Number.isInteger(index) ? history.steps[index]?.world : undefined;
}

/** Makes step `index` the present and drops every step after it; unchanged when there is no such step. */
export function restoreTo(history: History, index: number): History {
  if (!Number.isInteger(index) || index < 0 || index >= history.steps.length) return history;
  return { ...history, steps: history.steps.slice(0, index + 1), index };
}

/** Labels of every kept step, for a timeline; `current` marks the present. */
export function timeline(history: History): { index: number; label: string; current: boolean }[] {
  return history.steps.map((step, index) => ({ index, label: step.label, current: index === history.index }));
}
