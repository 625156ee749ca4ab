// zod/mini, like the core's world schema and content's progress schema.
import * as z from 'zod/mini';
// The schema file alone: the content barrel would pull every mission into the chunk.
import { ProgressSchema } from '../../content/missions/progressSchema';
import { TRANSCRIPT_SAVED_CHARS } from './format';

/**
 * The saved session's body, validated when a save is read back (`restore.ts`, a chunk of its own: the first
 * screen of a first visit loads no zod). The envelope and the limits are in `format.ts`.
 */

const text = (max: number) => z.string().check(z.maxLength(max));
const name = z.string().check(z.minLength(1), z.maxLength(253));
const line = text(64 * 1024);
const count = z.int().check(z.minimum(0));

export const hostSessionSchema = z.strictObject({
  host: name,
  user: name,
  cwd: z.string().check(z.startsWith('/'), z.maxLength(4096)),
  env: z.record(text(253), text(64 * 1024)),
});

export const shellPartSchema = z.strictObject({
  stack: z.array(hostSessionSchema).check(z.minLength(1), z.maxLength(64)),
  lastExit: z.int().check(z.minimum(0), z.maximum(255)),
  history: z.record(name, z.array(line).check(z.maxLength(10_000))),
});

export const transcriptSchema = z
  .strictObject({
    entries: z
      .array(
        z.strictObject({
          seq: count,
          prompt: text(8192),
          command: line,
          output: text(TRANSCRIPT_SAVED_CHARS),
        }),
      )
      .check(z.maxLength(300)),
    screenStart: count,
  })
  .check(z.refine((t) => t.screenStart <= t.entries.length, { message: 'screenStart past the last entry' }));

/**
 * Version 2: the world (the core's document), the shell's sessions and histories, the terminal's transcript,
 * and the missions' progress (content's own versioned schema; null in a save from before missions).
 * Version 1 had no `missions`.
 */
export const sessionBodySchema = z.strictObject({
  /** Checked by the core's `parseWorld`, which owns the world's format and versions. */
  world: z.unknown(),
  shell: shellPartSchema,
  transcript: transcriptSchema,
  commandCount: count,
  missions: z.nullable(ProgressSchema),
  /** Which side of the guide pane was open (lesson or missions); optional, so saves without it stay valid. */
  guideTab: z.optional(z.enum(['lesson', 'missions'])),
  /**
   * The instructor's mission in the lab, when there is one. Checked by the missions' own zod schema after the
   * lab loads (`missions/authoredRestore.ts`), not here: that schema is not on the first screen.
   */
  authoredMission: z.optional(z.unknown()),
});
export type SessionBody = z.infer<typeof sessionBodySchema>;
