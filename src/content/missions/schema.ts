import { z } from 'zod';
import { scheduledEventSchema } from '../../core/schema/world';
import { ConditionSchema } from './conditions';

/**
 * A mission as data: what the learner is asked, the world they start in, the checklist that decides when
 * they are done, and the teaching around it (hints, solution, debrief, quiz). Every text exists in pt-BR
 * and English; every string the world sees may hold `{{variable}}` placeholders resolved per learner.
 */

const MAX_TEXT = 4000;

/** A text in both of the lab's languages. */
export const LocalizedSchema = z.strictObject({
  'pt-BR': z.string().trim().min(1).max(MAX_TEXT),
  en: z.string().trim().min(1).max(MAX_TEXT),
});
export type Localized = z.infer<typeof LocalizedSchema>;

const id = z.string().regex(/^[a-z][a-z0-9-]{1,40}$/, 'lower-case words joined by dashes');
const line = z.string().min(1).max(500);
const variableName = z.string().regex(/^[a-z][a-zA-Z0-9]{0,30}$/);

/**
 * How a variable gets its value from the learner's seed: one of a list (optionally different from
 * variables picked before it), a value looked up from an earlier variable, or a template of earlier ones.
 */
export const VariableSpecSchema = z.union([
  z.strictObject({
    pickOne: z.array(line).min(1).max(50),
    distinctFrom: z.array(variableName).max(10).optional(),
  }),
  z.strictObject({ lookup: variableName, values: z.record(line, line) }),
  z.strictObject({ value: line }),
]);
export type VariableSpec = z.infer<typeof VariableSpecSchema>;

/** A background event of the engine (`src/core/events`), on a host, with its parameters. */
export const EventSpecSchema = z.strictObject({
  kind: scheduledEventSchema.shape.kind,
  host: line,
  params: z.record(z.string().regex(/^\w+$/), line).optional(),
});
export type EventSpec = z.infer<typeof EventSpecSchema>;

/**
 * One step of the story before the learner arrives, `hoursBefore` the lab's start: command lines typed by a
 * colleague through the real shell on `host`, or a background event of the engine.
 */
export const SetupStepSchema = z.union([
  z.strictObject({
    hoursBefore: z
      .number()
      .min(0)
      .max(24 * 365),
    as: z.string().regex(/^[a-z][a-z0-9-]{0,31}$/),
    host: line,
    run: z.array(line).min(1).max(60),
    /** The story includes commands that failed (a deploy that broke): their exit codes are not checked. */
    allowFailure: z.boolean().optional(),
  }),
  z.strictObject({
    hoursBefore: z
      .number()
      .min(0)
      .max(24 * 365),
    event: EventSpecSchema,
  }),
]);
export type SetupStep = z.infer<typeof SetupStepSchema>;

export const CheckSchema = z.strictObject({
  id,
  label: LocalizedSchema,
  condition: ConditionSchema,
  /** Shown while the check fails; may use variables and `{{found}}` (what the world has instead). */
  failureReason: LocalizedSchema,
});
export type Check = z.infer<typeof CheckSchema>;

export const QuizQuestionSchema = z
  .strictObject({
    question: LocalizedSchema,
    options: z
      .array(z.strictObject({ text: LocalizedSchema, correct: z.boolean(), explanation: LocalizedSchema }))
      .min(2)
      .max(6),
  })
  .refine((q) => q.options.filter((o) => o.correct).length === 1, 'exactly one correct option');
export type QuizQuestion = z.infer<typeof QuizQuestionSchema>;

/** A switch the sandbox offers to make the fleet misbehave: one background event of the engine. */
export const ChaosSwitchSchema = z.strictObject({
  id,
  label: LocalizedSchema,
  description: LocalizedSchema,
  event: EventSpecSchema,
});
export type ChaosSwitch = z.infer<typeof ChaosSwitchSchema>;

const common = {
  id,
  /** Position in the arc of the lesson (the mission list is sorted by it). */
  order: z.number().int().min(1).max(99),
  title: LocalizedSchema,
  /** The `##` sections of the lesson (1-9) this mission practises. */
  lessonSections: z.array(z.number().int().min(1).max(9)).min(1).max(9),
  scenario: id,
  /** The seed used when the learner has none (the CLI without `--seed`). */
  seed: z.number().int().safe(),
  variables: z.record(variableName, VariableSpecSchema),
  briefing: LocalizedSchema,
  setup: z.array(SetupStepSchema).max(30),
  /** Events scheduled after the learner arrives: minutes after the start of the lab. */
  events: z.array(
    z.strictObject({
      afterMinutes: z
        .number()
        .min(0)
        .max(24 * 60),
      event: EventSpecSchema,
    }),
  ),
  hints: z.array(LocalizedSchema).min(3).max(8),
};

export const MissionSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('mission'),
    ...common,
    checklist: z.array(CheckSchema).min(1).max(12),
    /** The reference solution: command lines typed as `aluno`, starting on the bastion. */
    solution: z.array(line).min(1).max(80),
    /** Another correct path, different commands to the same state: tests prove the checks are about state. */
    alternativeSolution: z.array(line).min(1).max(80),
    debrief: LocalizedSchema,
    quiz: z.array(QuizQuestionSchema).min(2).max(6),
  }),
  z.strictObject({
    kind: z.literal('sandbox'),
    ...common,
    chaos: z.array(ChaosSwitchSchema).min(1).max(12),
    debrief: LocalizedSchema,
  }),
]);
export type Mission = z.infer<typeof MissionSchema>;
export type GuidedMission = Extract<Mission, { kind: 'mission' }>;
