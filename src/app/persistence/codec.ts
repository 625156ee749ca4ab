import type { Progress } from '../../content/missions/progressSchema';
import type { ShellState } from '../../shell';
import type { Transcript } from '../store/transcript';
import {
  HISTORY_SAVED,
  SESSION_FORMAT,
  SESSION_MAX_CHARS,
  SESSION_VERSION,
  TRANSCRIPT_SAVED_CHARS,
} from './format';
import type { SessionBody } from './sessionSchema';
import { type JsonCache, serializeWorldShared, stringifyShared } from './sharedJson';

/** What a save holds, in memory. */
export interface SessionSnapshot {
  shell: ShellState;
  transcript: Transcript;
  commandCount: number;
  /** Null when the save had no missions (version 1): the learner's progress starts fresh. */
  missionProgress: Progress | null;
  /** The guide pane's side, so a learner mid-mission comes back to the checklist; absent in older saves. */
  guideTab?: 'lesson' | 'missions';
  /** The instructor's mission in the lab (unchecked when restored); absent when there is none. */
  authoredMission?: unknown;
}

/** Why saved text was set aside instead of restored; the notice words it. */
export type RejectReason = 'corrupt' | 'invalid' | 'future' | 'oversized';

export type Envelope =
  | { kind: 'empty' }
  | { kind: 'rejected'; reason: RejectReason; detail: string }
  | { kind: 'envelope'; version: number; body: unknown };

export type Restored =
  | { ok: true; snapshot: SessionSnapshot }
  | { ok: false; reason: RejectReason; detail: string };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** JSON.parse that refuses keys which could reach a prototype when copied into a plain object. */
function parseJson(text: string): unknown {
  return JSON.parse(text, (key, value: unknown) => {
    if (FORBIDDEN_KEYS.has(key)) throw new Error(`key "${key}" is not allowed`);
    return value;
  });
}

/** Reads the envelope around a save: its version and the unvalidated body. Never throws. */
export function readEnvelope(raw: string | null): Envelope {
  if (raw === null || raw === '') return { kind: 'empty' };
  if (raw.length > SESSION_MAX_CHARS)
    return { kind: 'rejected', reason: 'oversized', detail: `${raw.length} characters` };
  let doc: unknown;
  try {
    doc = parseJson(raw);
  } catch (e) {
    return { kind: 'rejected', reason: 'corrupt', detail: String(e) };
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    return { kind: 'rejected', reason: 'corrupt', detail: 'not a JSON object' };
  const envelope = doc as Record<string, unknown>;
  if (envelope.format !== SESSION_FORMAT)
    return { kind: 'rejected', reason: 'invalid', detail: 'not a DriftLab session' };
  const { version } = envelope;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { kind: 'rejected', reason: 'invalid', detail: `version ${String(version)}` };
  if (version > SESSION_VERSION)
    return { kind: 'rejected', reason: 'future', detail: `version ${version} is newer than this app` };
  return { kind: 'envelope', version, body: envelope.session };
}

/** The newest entries whose text fits the budget; the oldest kept entry may lose the start of its output. */
export function trimTranscript(transcript: Transcript, budget = TRANSCRIPT_SAVED_CHARS): Transcript {
  const kept: Transcript['entries'][number][] = [];
  let left = budget;
  for (let i = transcript.entries.length - 1; i >= 0 && left > 0; i--) {
    const entry = transcript.entries[i];
    if (!entry) break;
    const size = entry.prompt.length + entry.command.length + entry.output.length;
    const room = Math.max(0, left - entry.prompt.length - entry.command.length);
    kept.unshift(size <= left ? entry : { ...entry, output: entry.output.slice(entry.output.length - room) });
    left -= size;
  }
  const dropped = transcript.entries.length - kept.length;
  return { entries: kept, screenStart: Math.max(0, transcript.screenStart - dropped) };
}

function trimHistory(history: Record<string, string[]>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [host, lines] of Object.entries(history))
    out[host] = lines.length > HISTORY_SAVED ? lines.slice(-HISTORY_SAVED) : lines;
  return out;
}

/**
 * The text written to storage: one envelope of the current version. The world's text comes from the cache
 * of unchanged parts (`serializeWorldShared`) and is spliced in as is, so a save costs about one server's
 * JSON plus one `setItem`.
 */
export function encodeSession(snapshot: SessionSnapshot, cache: JsonCache = new WeakMap()): string {
  const { world, stack, lastExit, history } = snapshot.shell;
  const rest: Omit<SessionBody, 'world'> = {
    shell: { stack, lastExit, history: trimHistory(history) },
    transcript: trimTranscript(snapshot.transcript) as SessionBody['transcript'],
    commandCount: snapshot.commandCount,
    missions: snapshot.missionProgress,
    ...(snapshot.guideTab ? { guideTab: snapshot.guideTab } : {}),
    ...(snapshot.authoredMission != null ? { authoredMission: snapshot.authoredMission } : {}),
  };
  const restText = stringifyShared(rest, cache, 4);
  const head = JSON.stringify({ format: SESSION_FORMAT, version: SESSION_VERSION });
  return `${head.slice(0, -1)},"session":${restText.slice(0, -1)},"world":${serializeWorldShared(world, cache)}}}`;
}
