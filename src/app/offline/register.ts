/**
 * Registers the service worker (scripts/offline.ts builds it) in production builds only: in `vite dev` a
 * cache would serve stale modules, and tests run without one. The work is in startWorker.ts, loaded after
 * the page has loaded, so it costs nothing before the first paint. Besides the browser's own check on each
 * navigation, the app checks for a new version while it stays open (checks.ts).
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const run = () => {
    import('./startWorker')
      .then(({ startWorker }) => startWorker(`${import.meta.env.BASE_URL}sw.js`))
      .catch(() => {
        // No service worker (private mode, blocked by policy): the app still works online, as before.
      });
  };
  if (document.readyState === 'complete') run();
  else window.addEventListener('load', run, { once: true });
}
