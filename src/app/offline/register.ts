import { checkForUpdates } from './checks';
import { connectUpdates, followInstalling, type PageHandle } from './updates';

/**
 * Registers the service worker (scripts/offline.ts builds it) in production builds only: in `vite dev` a
 * cache would serve stale modules, and tests run without one. workbox-window is loaded after the page has
 * loaded, so it costs nothing before the first paint. Besides the browser's own check on each navigation, the
 * app checks for a new version while it stays open (checks.ts).
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const page: PageHandle = {
    reload: () => window.location.reload(),
    controlled: () => Boolean(navigator.serviceWorker.controller),
  };
  const start = async () => {
    const { Workbox } = await import('workbox-window');
    const worker = new Workbox(`${import.meta.env.BASE_URL}sw.js`);
    const offerWaiting = connectUpdates(worker, page);
    const registration = await worker.register();
    if (registration) followInstalling(registration, page, offerWaiting);
    checkForUpdates(() => worker.update(), { document, window });
  };
  const run = () => {
    start().catch(() => {
      // No service worker (private mode, blocked by policy): the app still works online, as before.
    });
  };
  if (document.readyState === 'complete') run();
  else window.addEventListener('load', run, { once: true });
}
