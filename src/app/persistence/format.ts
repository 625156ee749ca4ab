import { z } from 'zod';
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

const name = z.string().min(1).max(253);
const line = z.string().max(64 * 1024);

export const hostSessionSchema = z.strictObject({
  host: name,
  user: name,
  cwd: z.string().startsWith('/').max(4096),
  env: z.record(z.string().max(253), z.string().max(64 * 1024)),
});

export const shellPartSchema = z.strictObject({
  stack: z.array(hostSessionSchema).min(1).max(64),
  lastExit: z.number().int().min(0).max(255),
  history: z.record(name, z.array(line).max(10_000)),
});

export const transcriptSchema = z
  .strictObject({
    entries: z
      .array(
        z.strictObject({
          seq: z.number().int().nonnegative(),
          prompt: z.string().max(8192),
          command: line,
          output: z.string().max(TRANSCRIPT_SAVED_CHARS),
        }),
      )
      .max(300),
    screenStart: z.number().int().nonnegative(),
  })
  .refine((t) => t.screenStart <= t.entries.length, { message: 'screenStart past the last entry' });

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
  commandCount: z.number().int().nonnegative(),
  missions: ProgressSchema.nullable(),
  /** Which side of the guide pane was open (lesson or missions); optional, so saves without it stay valid. */
  guideTab: z.enum(['lesson', 'missions']).optional(),
});
export type SessionBody = z.infer<typeof sessionBodySchema>;

/** Who wrote a save and how many saves that tab made: lets another tab tell a newer save from its own. */
export const writerSchema = z.strictObject({ tab: z.string().max(64), seq: z.number().int().nonnegative() });
export type Writer = z.infer<typeof writerSchema>;
