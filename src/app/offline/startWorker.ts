import { Workbox } from 'workbox-window';
import { checkForUpdates } from './checks';
import { connectUpdates, followInstalling, type PageHandle } from './updates';

/**
 * Registers the service worker and keeps an eye out for new versions. A chunk of its own, with
 * workbox-window, loaded after the page has loaded: none of it weighs on the first screen.
 */
export async function startWorker(scriptUrl: string): Promise<void> {
  const page: PageHandle = {
    reload: () => window.location.reload(),
    controlled: () => Boolean(navigator.serviceWorker.controller),
  };
  const worker = new Workbox(scriptUrl);
  const offerWaiting = connectUpdates(worker, page);
  const registration = await worker.register();
  if (registration) followInstalling(registration, page, offerWaiting);
  checkForUpdates(() => worker.update(), { document, window });
}
