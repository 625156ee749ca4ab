/**
 * The bridge between the service worker and the screen: `updateState()` says whether a new version is offered
 * (with the function that applies it), is being applied, or was accepted but has not taken over; subscribers
 * (the prompt) re-render. Kept apart from workbox-window so it is testable without a browser.
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

export type UpdateState =
  | { kind: 'none' }
  /** A new version waits; `apply` loads it. */
  | { kind: 'offered'; apply: () => void }
  /** The learner accepted; the page reloads once the new version controls it. */
  | { kind: 'applying' }
  /** Accepted, yet the new version has not taken over after `STALLED_AFTER_MS`: the learner is told what helps. */
  | { kind: 'stalled' };

/**
 * How long an accepted update may take to control the page before the prompt says it is stuck. Taking over
 * is normally well under a second. But Chromium activates the new worker only once it has stopped the old
 * one, and a request from the page in those few milliseconds (a lazy chunk) starts the old worker again and
 * makes Chromium forget the hurry: the new one then waits until the old one has idled 30 s (five minutes with
 * DevTools attached, as under Playwright). The prompt therefore keeps its box while applying (UpdatePrompt).
 */
export const STALLED_AFTER_MS = 8_000;

type Listener = () => void;

const NONE: UpdateState = { kind: 'none' };
let state: UpdateState = NONE;
const listeners = new Set<Listener>();

function setState(next: UpdateState): void {
  state = next;
  for (const listener of listeners) listener();
}

export function subscribeUpdates(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Where the update stands; the same object until it changes (for useSyncExternalStore). */
export function updateState(): UpdateState {
  return state;
}

/** The learner chose "later" (or closed the notice): the prompt goes away; the new version still waits. */
export function dismissUpdate(): void {
  setState(NONE);
}

/**
 * Offers the update when a new worker waits. Accepting tells it to take over, and the page reloads once it
 * controls the page, so the code on screen and the cached files are of one version; if it has not after
 * `STALLED_AFTER_MS`, the prompt says so instead of staying silent. Returns that offer, for a waiting worker workbox-window did not see arrive (`followInstalling`).
 */
export function connectUpdates(worker: WorkerHandle, page: PageHandle): () => void {
  let accepted = false;
  let stalledTimer: ReturnType<typeof setTimeout> | undefined;
  const offerReload = () =>
    setState({
      kind: 'offered',
      apply: () => {
        setState({ kind: 'applying' });
        page.reload();
      },
    });
  worker.addEventListener('controlling', () => {
    if (!accepted) return;
    clearTimeout(stalledTimer);
    // Late, after the learner closed the stalled notice: ask again rather than reload under their hands.
    if (state.kind === 'applying' || state.kind === 'stalled') page.reload();
    else offerReload();
  });
  const offerWaiting = () => {
    if (accepted) return; // already on its way; a second offer would only hide the progress
    setState({
      kind: 'offered',
      apply: () => {
        accepted = true;
        setState({ kind: 'applying' });
        worker.messageSkipWaiting();
        stalledTimer = setTimeout(() => {
          if (state.kind === 'applying') setState({ kind: 'stalled' });
        }, STALLED_AFTER_MS);
      },
    });
  };
  worker.addEventListener('waiting', offerWaiting);
  // A page no worker controls (still the first visit) never sees one wait: the new worker takes over the
  // cache at once, while the page runs the old code, whose lazy files the new deployment may lack. Reload.
  worker.addEventListener('activated', (event) => {
    if (event.isExternal && !page.controlled()) offerReload();
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
