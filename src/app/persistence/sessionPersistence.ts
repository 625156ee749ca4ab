import type { PersistOptions, PersistStorage } from 'zustand/middleware';
import { createHistory } from '../../core';
import type { HistorySlice } from '../store/historySlice';
import type { MissionSlice } from '../store/missionSlice';
import type { ShellSlice } from '../store/shellSlice';
import type { StorageSlice } from '../store/storageSlice';
import type { TerminalSlice } from '../store/terminalSlice';
import { type KeyValueStorage, keepBackup, readKey, removeKey, writeKey } from './backups';
import { encodeSession, type RejectReason, readEnvelope, type SessionSnapshot } from './codec';
import { SAVE_MAX_SERVERS, SESSION_KEY, SESSION_MAX_CHARS, SESSION_VERSION } from './format';
import { migrateBody } from './migrations';
import { addNotice, type StorageNotice } from './notices';
import type { restoreBody } from './restore';
import type { JsonCache } from './sharedJson';

export interface Restorer {
  restoreBody: typeof restoreBody;
}

/** The store fields a save reads and a restore writes. */
type Saved = ShellSlice &
  HistorySlice &
  TerminalSlice &
  StorageSlice &
  Pick<MissionSlice, 'missionProgress' | 'guideTab' | 'authoredMission' | 'authoredToCheck'>;

/** The browser around the session: injected so tests run without one. */
export interface PersistenceEnv {
  storage(): KeyValueStorage | null;
  now(): Date;
  /** Runs `fn` after the current command has printed (a macrotask). */
  defer(fn: () => void): void;
  /**
   * The validating half of a restore (zod and the world parser), asked for only when something was saved.
   * The browser loads it as a chunk (the store is then restored asynchronously, before the first render);
   * tests hand it over directly.
   */
  restorer(): Restorer | Promise<Restorer>;
  /** How long a save or the restore took, and its size, for the figures (`performance.measure`). */
  measure?(what: 'save' | 'restore', start: number, chars: number): void;
  clock?(): number;
}

/**
 * What persist carries from `getItem` through `migrate` to `merge`: the unvalidated body, wrapped so that even
 * a body that is missing or not an object reaches `merge` (which sets it aside), or a failed migration.
 */
type Carried = { body: unknown } | { failed: string };

export interface SessionPersistence<S extends Saved> {
  options: PersistOptions<S, SessionSnapshot>;
  /** Connects notices and the browser's events once the store exists. */
  attach(addStorageNotice: (notice: StorageNotice) => void, current: () => SessionSnapshot | null): void;
  /** Writes what is pending now (pagehide, visibilitychange, tests). */
  flush(): void;
  /**
   * The learner chose this tab's session over what is stored (another tab's save, or unusable data that
   * could not be backed up): saving resumes, starting with a save now.
   */
  saveOverStored(): void;
  /** Handles a change of the saved key made by another tab (the `storage` event). */
  onOtherTab(key: string | null): void;
}

function sameSave(a: SessionSnapshot | null, b: SessionSnapshot): boolean {
  return (
    a !== null &&
    a.shell === b.shell &&
    a.transcript === b.transcript &&
    a.commandCount === b.commandCount &&
    // The missions' runtime hands back equal progress as a new object when it loads: not a change.
    (a.missionProgress === b.missionProgress ||
      JSON.stringify(a.missionProgress) === JSON.stringify(b.missionProgress)) &&
    a.guideTab === b.guideTab &&
    a.authoredMission === b.authoredMission
  );
}

/**
 * zustand `persist` options for the learner's session, and the bookkeeping around them: saves are
 * coalesced to one write per command (deferred until the command printed, flushed at once when the page is
 * hidden or left), bad saves are backed up with a notice, and a save from another tab stops this one from
 * writing until the learner chooses — so two tabs never silently overwrite each other.
 */
export function createSessionPersistence<S extends Saved>(env: PersistenceEnv): SessionPersistence<S> {
  let pending: SessionSnapshot | null = null;
  let written: SessionSnapshot | null = null;
  let scheduled = false;
  /** Another tab saved since this one did. */
  let stale = false;
  /** Unusable saved text could not be backed up, so it stays under the key and nothing overwrites it. */
  let paused = false;
  let rawAtLoad: string | null = null;
  let restorer: Restorer | null = null;
  /**
   * Whether the saved session has been read back (persist's `merge` ran). Until then nothing is written: in
   * the browser that read waits for a chunk, and a save of the fresh state meanwhile would overwrite the
   * learner's session. Notices raised meanwhile go into the restored state; later ones straight to the store
   * (in the browser the read back ends after `attach`, so the store's own list would be replaced).
   */
  let merged = false;
  let early: ReturnType<typeof addNotice> = [];
  let addToStore: ((notice: StorageNotice) => void) | null = null;
  const notify = (notice: StorageNotice): void => {
    if (merged && addToStore) addToStore(notice);
    else early = addNotice(early, notice);
  };
  let current: () => SessionSnapshot | null = () => null;
  const cache: JsonCache = new WeakMap();

  function setAside(raw: string, reason: RejectReason): void {
    const storage = env.storage();
    // Oversized text needs its own room to be copied: move it, and put it back if the copy fails.
    if (reason === 'oversized') removeKey(storage, SESSION_KEY);
    const backupKey = keepBackup(storage, raw, env.now());
    if (backupKey) {
      if (reason !== 'oversized') removeKey(storage, SESSION_KEY);
    } else {
      if (reason === 'oversized') writeKey(storage, SESSION_KEY, raw);
      paused = true;
    }
    notify({ kind: 'set-aside', reason, backupKey });
  }

  function flush(): void {
    scheduled = false;
    const state = pending;
    if (!state || stale || paused) return;
    pending = null;
    written = state;
    const start = env.clock?.() ?? 0;
    const text = state.shell.world.order.length > SAVE_MAX_SERVERS ? null : encodeSession(state, cache);
    if (text === null || text.length > SESSION_MAX_CHARS) {
      notify({ kind: 'too-large' });
      return;
    }
    const outcome = writeKey(env.storage(), SESSION_KEY, text);
    env.measure?.('save', start, text.length);
    if (!outcome.ok && env.storage()) notify({ kind: outcome.quota ? 'quota' : 'unavailable' });
  }

  const storage: PersistStorage<SessionSnapshot> = {
    getItem(name) {
      loadStart = env.clock?.() ?? 0;
      const raw = readKey(env.storage(), name);
      rawAtLoad = raw;
      const envelope = readEnvelope(raw);
      if (envelope.kind === 'empty') return null;
      if (envelope.kind === 'rejected') {
        setAside(raw as string, envelope.reason);
        return null;
      }
      // Unvalidated until `merge`: persist hands it to `migrate` first when the version is older.
      const carried: Carried = { body: envelope.body };
      const item = { state: carried as unknown as SessionSnapshot, version: envelope.version };
      const loading = env.restorer();
      if (!(loading instanceof Promise)) {
        restorer = loading;
        return item;
      }
      return loading.then(
        (loaded) => {
          restorer = loaded;
          return item;
        },
        // Not loaded (offline before the app was cached): the save stays as it is, unread and not overwritten.
        () => item,
      );
    },
    setItem(_name, value) {
      if (!merged || sameSave(pending ?? written, value.state)) return;
      pending = value.state;
      if (!scheduled) {
        scheduled = true;
        env.defer(flush);
      }
    },
    removeItem: (name) => removeKey(env.storage(), name),
  };

  let migratedFrom: number | null = null;
  let loadStart = 0;

  const options: PersistOptions<S, SessionSnapshot> = {
    name: SESSION_KEY,
    version: SESSION_VERSION,
    storage,
    partialize: (s) => ({
      shell: s.shell,
      transcript: s.transcript,
      commandCount: s.commandCount,
      missionProgress: s.missionProgress,
      guideTab: s.guideTab,
      // Until a restored one is checked, it is saved back as it was read.
      ...((s.authoredMission ?? s.authoredToCheck) != null
        ? { authoredMission: s.authoredMission ?? s.authoredToCheck }
        : {}),
    }),
    migrate(persisted, version) {
      const migrated = migrateBody((persisted as { body: unknown }).body, version);
      const carried: Carried = migrated.ok ? { body: migrated.body } : { failed: migrated.detail };
      if (migrated.ok) migratedFrom = version;
      return carried as unknown as SessionSnapshot;
    },
    merge(persisted, state) {
      const restored = persisted === undefined ? null : restore(persisted as Carried);
      if (restored) env.measure?.('restore', loadStart, rawAtLoad?.length ?? 0);
      // The missions' runtime is rebuilt from `missionProgress` over the restored world once the lab has
      // loaded (the store's `hydrateMissions`); a save without missions keeps the fresh progress.
      const restoredState: S = restored
        ? {
            ...state,
            ...restored,
            missionProgress: restored.missionProgress ?? state.missionProgress,
            guideTab: restored.guideTab ?? state.guideTab,
            authoredMission: null,
            authoredToCheck: restored.authoredMission,
            history: createHistory(restored.shell.world),
            viewing: null,
            lastChange: null,
          }
        : state;
      // A migrated save is written again at once (persist calls setItem next), in the current format.
      written = migratedFrom === null ? restored : null;
      const storageNotices = early.reduce(addNotice, state.storageNotices);
      early = [];
      merged = true;
      return { ...restoredState, storageNotices };
    },
  };

  function restore(carried: Carried): SessionSnapshot | null {
    const raw = rawAtLoad ?? '';
    if ('failed' in carried) {
      setAside(raw, 'invalid');
      return null;
    }
    if (!restorer) {
      paused = true;
      notify({ kind: 'unread' });
      return null;
    }
    const restored = restorer.restoreBody(carried.body);
    if (!restored.ok) {
      setAside(raw, restored.reason);
      return null;
    }
    if (migratedFrom !== null) {
      // The original stays readable by the version that wrote it; persist now saves the migrated one.
      notify({ kind: 'migrated', from: migratedFrom, backupKey: keepBackup(env.storage(), raw, env.now()) });
    }
    return restored.snapshot;
  }

  return {
    options,
    attach(add, read) {
      addToStore = add;
      current = read;
      if (!merged) return;
      for (const notice of early) add(notice);
      early = [];
    },
    flush,
    saveOverStored() {
      stale = false;
      paused = false;
      pending = current();
      flush();
    },
    onOtherTab(key) {
      if (key !== SESSION_KEY && key !== null) return;
      stale = true;
      notify({ kind: 'other-tab' });
    },
  };
}
