/**
 * The bridge between the service worker and the screen: when a new version has been downloaded and is
 * waiting, `pendingUpdate()` holds the function that applies it, and subscribers (the prompt) re-render.
 * Kept apart from workbox-window so it is testable without a browser.
 */

/** What this bridge needs from workbox-window's `Workbox`. */
export interface WorkerHandle {
  addEventListener(type: 'waiting' | 'controlling', listener: () => void): void;
  messageSkipWaiting(): void;
}

type Listener = () => void;

let pending: (() => void) | null = null;
const listeners = new Set<Listener>();

function setPending(next: (() => void) | null): void {
  pending = next;
  for (const listener of listeners) listener();
}

export function subscribeUpdates(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The function that applies the waiting version, or null when there is none. */
export function pendingUpdate(): (() => void) | null {
  return pending;
}

/** The learner chose "later": the prompt goes away; the new version still waits for the next visit. */
export function dismissUpdate(): void {
  setPending(null);
}

/**
 * Offers the update when a new worker waits. Accepting tells it to take over, and the page reloads once it
 * controls the page, so the code on screen and the cached files are of one version.
 */
export function connectUpdates(worker: WorkerHandle, reload: () => void): void {
  worker.addEventListener('waiting', () => {
    setPending(() => {
      worker.addEventListener('controlling', reload);
      worker.messageSkipWaiting();
      setPending(null);
    });
  });
}
