import { z } from 'zod';
import { MISSION_STATUSES, ProgressSchema } from '../../content';
import { LOCALES } from '../../i18n';
import { LOG_LIMITS, NAME_MAX } from './limits';

/**
 * The learner's session as a file for grading: what the learner exports and what the class view imports.
 * Versioned and validated by zod; times are wall-clock ISO strings (the world clock is simulated).
 */
export const SESSION_FORMAT = 'driftlab-session-log';
export const SESSION_VERSION = 1;

const count = z.number().int().nonnegative().max(1_000_000);
const wallTime = z.iso.datetime();
const missionId = z.string().min(1).max(64);

export const CommandRecordSchema = z.strictObject({
  line: z.string().max(LOG_LIMITS.lineChars),
  /** Plain text (escape sequences removed), at most `outputPerCommand` characters. */
  output: z.string().max(LOG_LIMITS.outputPerCommand),
  /** True when the output was cut (per command or because the session's total was reached). */
  outputCut: z.boolean(),
  exitCode: z.number().int().min(0).max(255),
  at: wallTime,
  /** The mission active when the command ran. */
  mission: missionId.nullable(),
  /** The host the command was typed on. */
  host: z.string().max(64),
});
export type CommandRecord = z.infer<typeof CommandRecordSchema>;

export const MissionResultSchema = z.strictObject({
  id: missionId,
  status: z.enum(MISSION_STATUSES),
  attempts: count,
  /** Commands typed in this mission, in every attempt. */
  commands: count,
  hintsUsed: count,
  solutionRevealed: z.boolean(),
  /** Wall-clock time of the first and last command typed in the mission, and when it was solved. */
  firstCommandAt: wallTime.nullable(),
  lastCommandAt: wallTime.nullable(),
  solvedAt: wallTime.nullable(),
  /** Wall-clock seconds spent: the gaps between the mission's commands, each capped (idle time is not work). */
  activeSeconds: count,
});
export type MissionResult = z.infer<typeof MissionResultSchema>;

export const SessionLogSchema = z.strictObject({
  startedAt: wallTime,
  commands: z.array(CommandRecordSchema).max(LOG_LIMITS.commands),
  /** Older commands dropped to stay within `limits.commands`. */
  droppedCommands: count,
  /** Outputs cut to stay within the limits. */
  cutOutputs: count,
  /** When each mission was first seen solved (wall clock). */
  solved: z.array(z.strictObject({ mission: missionId, at: wallTime })).max(64),
});
export type SessionLog = z.infer<typeof SessionLogSchema>;

export const SessionExportSchema = z.strictObject({
  format: z.literal(SESSION_FORMAT),
  version: z.literal(SESSION_VERSION),
  learner: z.strictObject({ name: z.string().max(NAME_MAX).nullable() }),
  exportedAt: wallTime,
  locale: z.enum(LOCALES),
  seed: z.number().int().safe(),
  limits: z.strictObject({
    commands: count,
    lineChars: count,
    outputPerCommand: count,
    outputTotal: count,
  }),
  progress: ProgressSchema,
  missions: z.array(MissionResultSchema).max(64),
  hintsUsed: count,
  log: SessionLogSchema,
});
export type SessionExport = z.infer<typeof SessionExportSchema>;
