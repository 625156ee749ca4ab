import type { MissionProgress, Progress } from './progressSchema';

/**
 * A learner's progress through the missions, as plain data the app saves after every command. Pure
 * functions return a new value; timestamps are the world clock's (simulated ms), never the wall clock.
 */

export const PROGRESS_VERSION = 1;

export const MISSION_STATUSES = ['not-started', 'in-progress', 'solved'] as const;
export type MissionStatus = (typeof MISSION_STATUSES)[number];

// The schemas live in progressSchema.ts: the app needs these functions on its first screen, zod only when it
// reads progress it did not write (a file, a save).
export type { MissionProgress, Progress } from './progressSchema';

export const NOT_STARTED: MissionProgress = {
  status: 'not-started',
  attempts: 0,
  commands: 0,
  totalCommands: 0,
  hintsUsed: 0,
  solutionRevealed: false,
  startedAt: null,
  solvedAt: null,
  lastActiveAt: null,
};

export function emptyProgress(seed: number): Progress {
  return { version: PROGRESS_VERSION, seed, active: null, missions: {} };
}

export function missionProgress(progress: Progress, id: string): MissionProgress {
  return progress.missions[id] ?? NOT_STARTED;
}

function update(progress: Progress, id: string, change: (m: MissionProgress) => MissionProgress): Progress {
  return { ...progress, missions: { ...progress.missions, [id]: change(missionProgress(progress, id)) } };
}

/** Starting (or resetting) a mission is a new attempt; a solved mission stays solved. */
export function recordStart(progress: Progress, id: string, now: number): Progress {
  const next = update(progress, id, ({ quizAnswers: _answers, ...m }) => ({
    ...m,
    status: m.status === 'solved' ? 'solved' : 'in-progress',
    attempts: m.attempts + 1,
    commands: 0,
    hintsUsed: 0,
    solutionRevealed: false,
    startedAt: now,
    lastActiveAt: now,
  }));
  return { ...next, active: id };
}

/** One command typed in the active mission; `complete` is the checklist's verdict after it. */
export function recordCommand(progress: Progress, now: number, complete: boolean): Progress {
  const id = progress.active;
  if (id === null) return progress;
  return update(progress, id, (m) => ({
    ...m,
    status: complete || m.status === 'solved' ? 'solved' : 'in-progress',
    commands: m.commands + 1,
    totalCommands: m.totalCommands + 1,
    solvedAt: complete && m.solvedAt === null ? now : m.solvedAt,
    lastActiveAt: now,
  }));
}

export function recordHint(progress: Progress, hints: number): Progress {
  const id = progress.active;
  if (id === null) return progress;
  return update(progress, id, (m) => ({ ...m, hintsUsed: Math.min(hints, m.hintsUsed + 1) }));
}

/** The learner chose `option` for quiz question `question` of the active mission (the last choice counts). */
export function recordQuizAnswer(progress: Progress, question: number, option: number): Progress {
  const id = progress.active;
  if (id === null) return progress;
  return update(progress, id, (m) => {
    const answers = [...(m.quizAnswers ?? [])];
    while (answers.length < question) answers.push(null);
    answers[question] = option;
    return { ...m, quizAnswers: answers };
  });
}

export function recordSolutionRevealed(progress: Progress): Progress {
  const id = progress.active;
  if (id === null) return progress;
  return update(progress, id, (m) => ({ ...m, solutionRevealed: true }));
}

export function serializeProgress(progress: Progress): string {
  return JSON.stringify(progress);
}
