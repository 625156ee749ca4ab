import { connectUpdates } from './updates';

/**
 * Registers the service worker (scripts/offline.ts builds it) in production builds only: in `vite dev` a
 * cache would serve stale modules, and tests run without one. workbox-window is loaded after the page has
 * loaded, so it costs nothing before the first paint.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const start = async () => {
    const { Workbox } = await import('workbox-window');
    const worker = new Workbox(`${import.meta.env.BASE_URL}sw.js`);
    connectUpdates(worker, () => window.location.reload());
    await worker.register();
  };
  const run = () => {
    start().catch(() => {
      // No service worker (private mode, blocked by policy): the app still works online, as before.
    });
  };
  if (document.readyState === 'complete') run();
  else window.addEventListener('load', run, { once: true });
}
