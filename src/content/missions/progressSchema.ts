import * as z from 'zod/mini';
import { MISSION_STATUSES, PROGRESS_VERSION } from './progress';

// The schema of saved progress, for progress read back from outside; `progress.ts` has its functions.
// zod/mini, like the core's world schema: the app checks a saved session on its first screen.

const time = z.nullable(z.int().check(z.minimum(0)));
const count = z.int().check(z.minimum(0), z.maximum(1_000_000));

export const MissionProgressSchema = z.strictObject({
  status: z.enum(MISSION_STATUSES),
  /** How many times the mission was started or reset. */
  attempts: count,
  /** Commands typed in the current attempt and in all of them. */
  commands: count,
  totalCommands: count,
  /** Hints shown in the current attempt (the next one shown is `hints + 1`). */
  hintsUsed: count,
  solutionRevealed: z.boolean(),
  startedAt: time,
  solvedAt: time,
  lastActiveAt: time,
  /** The option chosen for each quiz question in the current attempt (null: not answered); absent before any. */
  quizAnswers: z.optional(
    z.array(z.nullable(z.int().check(z.minimum(0), z.maximum(5)))).check(z.maxLength(6)),
  ),
});
export type MissionProgress = z.infer<typeof MissionProgressSchema>;

export const ProgressSchema = z.strictObject({
  version: z.literal(PROGRESS_VERSION),
  /** The learner's seed: it picks their hosts and versions in every mission. */
  seed: z.int(),
  active: z.nullable(z.string().check(z.maxLength(64))),
  missions: z.record(z.string().check(z.maxLength(64)), MissionProgressSchema),
});
export type Progress = z.infer<typeof ProgressSchema>;

/** Saved progress, or null when it is not valid progress of this version (the app then tells the learner). */
export function parseProgress(text: string): Progress | null {
  try {
    const parsed = ProgressSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
