import { z } from 'zod';
import { type Progress, ProgressSchema } from '../../content';
import { type Checked, checkVersioned, readJson } from './fileCheck';
import { SESSION_FORMAT, SESSION_VERSION } from './sessionFormat';

/**
 * The learner's progress as a file of its own (to move to another computer, or keep before a reset):
 * `{ format: 'driftlab-progress', version: 1, exportedAt, progress }`. A session file (`driftlab-session`)
 * carries the same progress and is accepted too.
 */
export const PROGRESS_FORMAT = 'driftlab-progress';
export const PROGRESS_FILE_VERSION = 1;
/** Progress is a few kilobytes; anything much larger is not a progress file. */
export const PROGRESS_FILE_MAX_BYTES = 256 * 1024;

const ProgressFileSchema = z.strictObject({
  format: z.literal(PROGRESS_FORMAT),
  version: z.literal(PROGRESS_FILE_VERSION),
  exportedAt: z.iso.datetime(),
  progress: ProgressSchema,
});

/** A session file's progress, without checking the rest of the session (its log may be long). */
const SessionProgressSchema = z.looseObject({
  format: z.literal(SESSION_FORMAT),
  version: z.literal(SESSION_VERSION),
  progress: ProgressSchema,
});

export function serializeProgressFile(progress: Progress, now: Date): string {
  const file = {
    format: PROGRESS_FORMAT,
    version: PROGRESS_FILE_VERSION,
    exportedAt: now.toISOString(),
    progress,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function parseProgressFile(text: string): Checked<Progress> {
  const json = readJson(text, 2 * 1024 * 1024);
  if (!json.ok) return json;
  const format = (json.value as { format?: unknown } | null)?.format;
  if (format === SESSION_FORMAT) {
    const session = checkVersioned(json.value, SESSION_FORMAT, SESSION_VERSION, SessionProgressSchema);
    return session.ok ? { ok: true, value: session.value.progress } : session;
  }
  if (text.length > PROGRESS_FILE_MAX_BYTES) {
    return { ok: false, problem: { code: 'too-large', limitKb: PROGRESS_FILE_MAX_BYTES / 1024 } };
  }
  const file = checkVersioned(json.value, PROGRESS_FORMAT, PROGRESS_FILE_VERSION, ProgressFileSchema);
  return file.ok ? { ok: true, value: file.value.progress } : file;
}

/** What the confirmation says about a progress: missions solved and in progress. */
export function progressSummary(progress: Progress): { solved: number; started: number } {
  const all = Object.values(progress.missions);
  return {
    solved: all.filter((m) => m.status === 'solved').length,
    started: all.filter((m) => m.status === 'in-progress').length,
  };
}
