import type { PersistenceEnv, SessionPersistence } from './sessionPersistence';

/** The real browser: localStorage, the wall clock for backup names, a macrotask to save after printing. */
export function browserEnv(): PersistenceEnv {
  return {
    storage: () => (typeof localStorage === 'undefined' ? null : localStorage),
    now: () => new Date(),
    defer: (fn) => setTimeout(fn, 0),
    // Zod and the world parser: a chunk fetched only when a session was saved (never on a first visit).
    restorer: () => import('./restore'),
    clock: () => performance.now(),
    measure(what, start, chars) {
      // Read by scripts/persistence-figures.mjs: how long each save (and the restore) took, and its size.
      performance.measure(`driftlab:${what}`, { start, end: performance.now(), detail: { chars } });
    },
  };
}

/**
 * Saves at once when the page may go away (reload, tab closed, app switched on a tablet), so the deferred
 * save of the last command is never lost; and hears saves made by other tabs. The `storage` event fires
 * only in the other tabs of this origin, exactly when a write landed, so it needs no channel of its own
 * (a BroadcastChannel would say the same thing a second time).
 */
export function listenToBrowser(
  persistence: Pick<SessionPersistence<never>, 'flush' | 'onOtherTab'>,
): () => void {
  if (typeof window === 'undefined') return () => {};
  const hidden = () => {
    if (document.visibilityState === 'hidden') persistence.flush();
  };
  const other = (event: StorageEvent) => {
    if (event.storageArea === localStorage) persistence.onOtherTab(event.key);
  };
  window.addEventListener('pagehide', persistence.flush);
  document.addEventListener('visibilitychange', hidden);
  window.addEventListener('storage', other);
  return () => {
    window.removeEventListener('pagehide', persistence.flush);
    document.removeEventListener('visibilitychange', hidden);
    window.removeEventListener('storage', other);
  };
}
