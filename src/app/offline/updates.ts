/**
 * The bridge between the service worker and the screen: when a new version has been downloaded,
 * `pendingUpdate()` holds the function that applies it, and subscribers (the prompt) re-render.
 * Kept apart from workbox-window so it is testable without a browser.
 */

/** What this bridge needs from workbox-window's `Workbox`. */
export interface WorkerHandle {
  addEventListener(
    type: 'waiting' | 'controlling' | 'activated',
    listener: (event: { isExternal?: boolean }) => void,
  ): void;
  messageSkipWaiting(): void;
}

/** What it needs from the page. */
export interface PageHandle {
  reload(): void;
  /** Whether a service worker controls this page (not so on the first visit: the worker installs alongside). */
  controlled(): boolean;
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

/** The function that applies the new version, or null when there is none. */
export function pendingUpdate(): (() => void) | null {
  return pending;
}

/** The learner chose "later": the prompt goes away; the new version still waits for the next visit. */
export function dismissUpdate(): void {
  setPending(null);
}

/**
 * Offers the update when a new worker waits. Accepting tells it to take over, and the page reloads once it
 * controls the page, so the code on screen and the cached files are of one version. Returns that offer, for
 * a waiting worker workbox-window did not see arrive (`followInstalling`).
 */
export function connectUpdates(worker: WorkerHandle, page: PageHandle): () => void {
  const offerWaiting = () =>
    setPending(() => {
      worker.addEventListener('controlling', page.reload);
      worker.messageSkipWaiting();
      setPending(null);
    });
  worker.addEventListener('waiting', offerWaiting);
  // A page no worker controls (still the first visit) never sees one wait: the new worker takes over the
  // cache at once, while the page runs the old code, whose lazy files the new deployment may lack. Reload.
  worker.addEventListener('activated', (event) => {
    if (!event.isExternal || page.controlled()) return;
    setPending(() => {
      setPending(null);
      page.reload();
    });
  });
  return offerWaiting;
}

/**
 * workbox-window reports a new worker only if it starts installing after `register()` returns. The browser's
 * own check on navigation may have started it earlier; this follows such a worker until it waits.
 */
export function followInstalling(
  registration: Pick<ServiceWorkerRegistration, 'installing' | 'waiting'>,
  page: PageHandle,
  offerWaiting: () => void,
): void {
  const worker = registration.installing;
  if (!worker || !page.controlled()) return;
  worker.addEventListener('statechange', () => {
    if (worker.state === 'installed' && registration.waiting === worker) offerWaiting();
  });
}
