import {
  type Checked,
  checkMissionText,
  checkScenarioText,
  type DocKind,
  type MissionDoc,
  type ScenarioDoc,
} from '../../../content/authored';

/**
 * The instructor's own saved documents: one localStorage key per kind, holding the document's JSON text.
 * Only valid documents are saved; what is read back is checked again (storage can be edited by hand, or
 * written by an older build), and a bad entry is reported and left where it is, never silently dropped.
 */

export const LIBRARY_KEYS: Readonly<Record<DocKind, string>> = {
  scenario: 'driftlab.instructor.scenario',
  mission: 'driftlab.instructor.mission',
};

export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

export type SaveResult = { ok: true } | { ok: false; reason: 'invalid' | 'storage' };

export function checkDocText(kind: 'scenario', text: unknown): Checked<ScenarioDoc>;
export function checkDocText(kind: 'mission', text: unknown): Checked<MissionDoc>;
export function checkDocText(kind: DocKind, text: unknown): Checked<ScenarioDoc | MissionDoc>;
export function checkDocText(kind: DocKind, text: unknown): Checked<ScenarioDoc | MissionDoc> {
  return kind === 'scenario' ? checkScenarioText(text) : checkMissionText(text);
}

/** Saves `text` when it is a valid document of `kind`; a full or refused storage is a result, not a throw. */
export function saveDoc(storage: StorageLike, kind: DocKind, text: string): SaveResult {
  if (!checkDocText(kind, text).ok) return { ok: false, reason: 'invalid' };
  try {
    storage.setItem(LIBRARY_KEYS[kind], text);
    return { ok: true };
  } catch {
    return { ok: false, reason: 'storage' };
  }
}

export type LoadResult =
  | { kind: 'none' }
  | { kind: 'ok'; text: string }
  | { kind: 'bad'; error: Exclude<Checked<unknown>, { ok: true }>['error'] };

/** The saved document of `kind`, checked; nothing saved is `none`, a damaged entry is `bad`. */
export function loadDoc(storage: StorageLike, kind: DocKind): LoadResult {
  let text: string | null;
  try {
    text = storage.getItem(LIBRARY_KEYS[kind]);
  } catch {
    return { kind: 'none' };
  }
  if (text === null) return { kind: 'none' };
  const checked = checkDocText(kind, text);
  return checked.ok ? { kind: 'ok', text } : { kind: 'bad', error: checked.error };
}

/** Pretty JSON for the editor and for exported files. */
export function docText(doc: ScenarioDoc | MissionDoc): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
