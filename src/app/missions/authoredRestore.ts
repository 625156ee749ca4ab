import { unplayable } from '../../content/authored/playable';
import { type Mission, MissionSchema } from '../../content/missions/schema';
import { type KeyValueStorage, keepBackup, readKey } from '../persistence/backups';
import { SESSION_KEY } from '../persistence/format';
import type { MissionSlice } from '../store/missionSlice';
import type { StorageSlice } from '../store/storageSlice';

/**
 * A saved authored mission, checked as a file from outside is: by the missions' zod schema, then whether the
 * lab can play it. This module loads only when a save holds one (it brings zod and the schema).
 */
export function checkAuthoredValue(value: unknown): Mission | null {
  const parsed = MissionSchema.safeParse(value);
  return parsed.success && unplayable(parsed.data) === null ? parsed.data : null;
}

type Checked = Pick<MissionSlice, 'authoredMission' | 'authoredToCheck'>;

export interface RestoreStore {
  get(): Checked &
    Pick<MissionSlice, 'missionProgress' | 'hydrateMissions'> &
    Pick<StorageSlice, 'addStorageNotice'>;
  set(partial: Partial<Checked>): void;
}

/**
 * After the lab has loaded over a restored session: its authored mission joins the lab (and resumes if it
 * was active), or it is set aside — the saved session, which still holds it, copied to a backup key, a
 * notice saying so, and the rest of the session going on without it. Without room for the copy, the
 * mission stays in the save (saved back as read), unused.
 */
export function checkRestoredAuthored(store: RestoreStore, storage: KeyValueStorage | null, now: Date): void {
  const raw = store.get().authoredToCheck;
  if (raw === undefined) return;
  const mission = checkAuthoredValue(raw);
  if (mission) {
    store.set({ authoredMission: mission, authoredToCheck: undefined });
    store.get().hydrateMissions(store.get().missionProgress);
    return;
  }
  const backupKey = keepBackup(storage, readKey(storage, SESSION_KEY) ?? JSON.stringify(raw), now);
  if (backupKey !== null) store.set({ authoredToCheck: undefined });
  store.get().addStorageNotice({ kind: 'mission-set-aside', backupKey });
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  const progress = store.get().missionProgress;
  if (progress.active !== null && progress.active === id)
    store.get().hydrateMissions({ ...progress, active: null });
}
