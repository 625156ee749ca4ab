import type { BrowserContext, Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * Waits until the service worker has installed (its precache filled) and is active. The first visit is
 * not controlled by it (no clients.claim); the next navigation is, which is what an offline reload needs.
 */
export async function serviceWorkerReady(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.scriptURL ?? '';
  });
}

/**
 * Waits until no new worker is left waiting: after the last tab of a version closes, Chromium activates the
 * waiting one once the old worker has finished what it was serving (fetches the closed page started), which
 * on a busy machine can come after a visit made the very next instant. A visit "later" is what a learner
 * makes; a waiting worker that never activates still fails here.
 */
export async function waitingWorkerActivated(context: BrowserContext): Promise<void> {
  await expect
    .poll(
      async () => {
        for (const worker of context.serviceWorkers()) {
          const settled = await worker
            .evaluate(() => {
              const { registration } = self as unknown as { registration: ServiceWorkerRegistration };
              return registration.waiting === null && registration.installing === null;
            })
            .catch(() => false);
          if (settled) return true;
        }
        return false;
      },
      { timeout: 30_000, message: 'the waiting service worker activates once the last tab is closed' },
    )
    .toBe(true);
}
