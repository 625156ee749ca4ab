import { VitePWA } from 'vite-plugin-pwa';

/**
 * The service worker that keeps DriftLab working with the network off (a classroom's Wi-Fi fails).
 *
 * Everything the build emits is precached, Monaco's multi-MB chunk, its worker and codicon font included:
 * after one visit the lesson, terminal, editor and missions all load from the cache. `registerType: 'prompt'`
 * makes a new version wait until the learner accepts it (src/app/offline shows the prompt), so an update
 * never reloads the page under someone typing. The app registers the worker itself, in production only.
 */
export function offlinePlugin() {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    // The favicon is already matched by globPatterns; listing it twice would precache it twice.
    includeManifestIcons: false,
    filename: 'sw.js',
    manifest: {
      name: 'DriftLab',
      short_name: 'DriftLab',
      description: 'Infraestrutura mutável na prática, num terminal simulado ligado a uma frota Debian.',
      lang: 'pt-BR',
      start_url: '/',
      display: 'standalone',
      background_color: '#0f1419',
      theme_color: '#0f1419',
      icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,ttf,woff,woff2}'],
      // Monaco's editor chunk is about 3 MB: above Workbox's 2 MiB default, and the editor must work offline.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // The worker takes over only when the learner accepts the update prompt (SKIP_WAITING message).
      skipWaiting: false,
      clientsClaim: false,
    },
  });
}
