import { emptyProgress, type Progress } from '../../content';
import { useAppStore } from '../store';
import type { Checked } from './fileCheck';
import { parseProgressFile, serializeProgressFile } from './progressFile';

/** The progress as it was before the last import or reset, so either can be undone. */
export const PROGRESS_BACKUP_KEY = 'driftlab.progressBackup';

export function currentProgress(): Progress {
  return useAppStore.getState().missionProgress;
}

function keepBackup(): void {
  try {
    localStorage.setItem(PROGRESS_BACKUP_KEY, serializeProgressFile(currentProgress(), new Date()));
  } catch {
    // No room or no storage: the confirmation offered the download, which is the copy that always works.
  }
}

export function backup(): Checked<Progress> | null {
  try {
    const text = localStorage.getItem(PROGRESS_BACKUP_KEY);
    return text ? parseProgressFile(text) : null;
  } catch {
    return null;
  }
}

/** An imported progress replaces the learner's; the active mission is left (its world is not in the file). */
export function replaceProgress(progress: Progress): void {
  keepBackup();
  useAppStore.getState().hydrateMissions({ ...progress, active: null });
}

/** Every mission back to not started, with the same seed (the learner keeps their hosts and versions). */
export function resetProgress(): void {
  keepBackup();
  useAppStore.getState().hydrateMissions(emptyProgress(currentProgress().seed));
}

/** The backup back in place; the progress it replaces becomes the backup in turn. */
export function restoreBackup(): boolean {
  const saved = backup();
  if (!saved?.ok) return false;
  replaceProgress(saved.value);
  return true;
}
