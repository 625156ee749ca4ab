import type { Page } from '@playwright/test';

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
