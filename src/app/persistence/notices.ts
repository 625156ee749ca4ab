import type { RejectReason } from './codec';

/** Something about the saved session the learner must know; each is shown until dismissed. */
export type StorageNotice =
  /** Saved data could not be used: kept under `backupKey` (or, when null, left where it was). */
  | { kind: 'set-aside'; reason: RejectReason; backupKey: string | null }
  /** An older save was brought up to date; the original is kept under `backupKey`. */
  | { kind: 'migrated'; from: number; backupKey: string | null }
  /** The browser refused to store more (quota) or refused storage altogether. */
  | { kind: 'quota' }
  | { kind: 'unavailable' }
  /** This world is too large to save; a reload brings back the last session that was saved. */
  | { kind: 'too-large' }
  /** The code that reads a save back did not load: the save is kept unread and this tab does not save. */
  | { kind: 'unread' }
  /** Another tab saved this session; this tab stopped saving until the learner chooses. */
  | { kind: 'other-tab' }
  /**
   * The authored mission in the save failed its schema: the rest was restored; the save is kept under
   * `backupKey` (or, when null, the mission stays in the save, unused).
   */
  | { kind: 'mission-set-aside'; backupKey: string | null };

export type ShownNotice = StorageNotice & { id: number };

/** Notices that say the same thing again are not repeated while one is still shown. */
export function addNotice(shown: readonly ShownNotice[], notice: StorageNotice): ShownNotice[] {
  const repeatable = notice.kind === 'set-aside' || notice.kind === 'migrated';
  if (!repeatable && shown.some((n) => n.kind === notice.kind)) return [...shown];
  const id = shown.reduce((max, n) => Math.max(max, n.id), 0) + 1;
  return [...shown, { ...notice, id }];
}
