import type { Progress } from '../../content';
import type { Locale } from '../../i18n';
import { CONTROL_ALL } from './controlChars';
import { type Checked, checkVersioned, readJson } from './fileCheck';
import { LOG_LIMITS, NAME_MAX } from './limits';
import { missionResults } from './missionResults';
import {
  SESSION_FORMAT,
  SESSION_VERSION,
  type SessionExport,
  SessionExportSchema,
  type SessionLog,
} from './sessionFormat';

/** A session file larger than this is refused before it is read (a full log is well under 1 MiB). */
export const SESSION_FILE_MAX_BYTES = 2 * 1024 * 1024;

export interface ExportInput {
  name: string;
  log: SessionLog;
  progress: Progress;
  locale: Locale;
  now: Date;
}

/** A learner's name as typed: trimmed, without control characters, at most NAME_MAX; empty is no name. */
export function cleanName(name: string): string | null {
  const clean = name.replace(CONTROL_ALL, ' ').trim().slice(0, NAME_MAX).trim();
  return clean === '' ? null : clean;
}

export function buildSessionExport({ name, log, progress, locale, now }: ExportInput): SessionExport {
  const missions = missionResults(progress, log);
  return {
    format: SESSION_FORMAT,
    version: SESSION_VERSION,
    learner: { name: cleanName(name) },
    exportedAt: now.toISOString(),
    locale,
    seed: progress.seed,
    limits: { ...LOG_LIMITS },
    progress,
    missions,
    hintsUsed: missions.reduce((sum, m) => sum + m.hintsUsed, 0),
    log,
  };
}

export function serializeSession(session: SessionExport): string {
  return `${JSON.stringify(session, null, 2)}\n`;
}

/** Any text → a valid session of this version, or the problem with it. Never throws. */
export function parseSession(text: string): Checked<SessionExport> {
  const json = readJson(text, SESSION_FILE_MAX_BYTES);
  if (!json.ok) return json;
  return checkVersioned(json.value, SESSION_FORMAT, SESSION_VERSION, SessionExportSchema);
}

/** A file name for the download: the learner's name, made safe for every file system. */
export function sessionFileName(session: SessionExport, extension: 'json' | 'md'): string {
  const slug = (session.learner.name ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  const day = session.exportedAt.slice(0, 10);
  return `driftlab-sessao-${slug === '' ? 'anonimo' : slug}-${day}.${extension}`;
}
