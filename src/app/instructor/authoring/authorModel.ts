import {
  type Checked,
  type DocKind,
  type MissionDoc,
  missionDoc,
  SAMPLE_MISSION,
  SAMPLE_SCENARIO,
  type ScenarioDoc,
} from '../../../content/authored';
import { docText, loadDoc, type StorageLike } from './library';

/** The example each kind of document starts from: the default fleet, and a small mission ready to play. */
export function exampleText(kind: DocKind): string {
  return docText(kind === 'scenario' ? SAMPLE_SCENARIO : missionDoc(SAMPLE_MISSION));
}

/** What the editor opens with: the saved document when it is good, else the example (the saved one stays). */
export function initialText(storage: StorageLike | null, kind: DocKind): string {
  const saved = storage ? loadDoc(storage, kind) : { kind: 'none' as const };
  return saved.kind === 'ok' ? saved.text : exampleText(kind);
}

/** A name for an exported file: the document's id and kind, nothing from outside the schema's alphabet. */
export function exportName(kind: DocKind, checked: Checked<ScenarioDoc | MissionDoc>): string {
  if (!checked.ok) return `driftlab-${kind}.json`;
  const id = 'mission' in checked.value ? checked.value.mission.id : checked.value.id;
  return `${id}.${kind}.json`;
}

export function browserStorage(): StorageLike | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
