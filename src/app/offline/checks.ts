/**
 * A learner may keep DriftLab open through a whole class, and the browser looks for a new service worker
 * only when the page navigates. So the app asks too: when the tab comes back into view, when the network
 * returns, and once an hour. A failed check (offline) changes nothing; the next one tries again.
 */

export const CHECK_EVERY_MS = 60 * 60 * 1000;

/** What the checks listen to: the page's document and window, or stand-ins in tests. */
export interface CheckTriggers {
  document: Pick<Document, 'visibilityState' | 'addEventListener'>;
  window: Pick<Window, 'addEventListener' | 'setInterval'>;
}

export function checkForUpdates(update: () => Promise<unknown>, triggers: CheckTriggers): void {
  const check = () => {
    update().catch(() => {
      // Offline or the host is down: the version in use keeps working.
    });
  };
  triggers.document.addEventListener('visibilitychange', () => {
    if (triggers.document.visibilityState === 'visible') check();
  });
  triggers.window.addEventListener('online', check);
  triggers.window.setInterval(check, CHECK_EVERY_MS);
}
