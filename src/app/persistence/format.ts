// zod/mini, like the core's world schema and content's progress schema: this runs on the first screen.
import * as z from 'zod/mini';
// The schema file alone: the content barrel would pull every mission into the first screen's chunk.
import { ProgressSchema } from '../../content/missions/progressSchema';

/**
 * The saved session: one localStorage key holding one JSON envelope, written whole by a single `setItem`
 * (so a reader never sees half of a write). The world inside is the core's own versioned document
 * (`serializeWorld`), so the core alone decides how worlds are read and migrated.
 */

export const SESSION_KEY = 'driftlab.session';
export const BACKUP_PREFIX = 'driftlab.session.backup.';
export const SESSION_FORMAT = 'driftlab-session';
export const SESSION_VERSION = 2;

/** Backups kept at most; older ones are removed first. Each is a whole saved session. */
export const MAX_BACKUPS = 3;
/**
 * Saved text above this is "oversized": not written, and set aside when found. Chromium and Firefox give an
 * origin about 5 Mi UTF-16 characters; this leaves room for the session, a backup of the same size and the
 * settings. The default fleet saves as ~0.3 Mi characters.
 */
export const SESSION_MAX_CHARS = 1_500_000;
/**
 * Worlds with more servers are not even serialized: at ≥ 25 KB a server they cannot fit, and serializing a
 * 1,000-server fleet (~35 MB) after every command would freeze the page.
 */
export const SAVE_MAX_SERVERS = 60;
/** Bash history kept per host in a save, like Debian's HISTFILESIZE. */
export const HISTORY_SAVED = 2000;
/** Terminal output kept in a save (characters over all entries), newest entries first. */
export const TRANSCRIPT_SAVED_CHARS = 64 * 1024;

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
