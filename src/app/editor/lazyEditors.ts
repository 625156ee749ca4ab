/**
 * The doors to Monaco. Both editors import it statically, so it is a chunk of its own that only these
 * dynamic imports reach: never in the first screen's bundle, fetched when the browser is idle.
 */
export const loadFileEditor = () => import('./MonacoFileEditor');
export const loadDiffEditor = () => import('./MonacoDiffEditor');

/**
 * Loads the editors after `delayMs`, when the browser is idle, so `nano` then opens at once (the terminal
 * calls it on the learner's first command); never during the page's start-up.
 */
export function prefetchEditorsWhenIdle(delayMs = 1000): () => void {
  let idle: number | undefined;
  const load = () => {
    void loadFileEditor().catch(() => undefined);
    void loadDiffEditor().catch(() => undefined);
  };
  const timer = setTimeout(() => {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(load, { timeout: 2000 });
    else load();
  }, delayMs);
  return () => {
    clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}
