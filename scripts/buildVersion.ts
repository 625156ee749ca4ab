import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * Stamps the build's version into index.html as `<meta name="driftlab-version">`: which deployment a page
 * runs can be read off the page (and e2e/offline-update.spec.ts tells two builds apart by it). The version
 * is package.json's unless DRIFTLAB_VERSION names the deployment (a release tag, a commit). A meta tag costs
 * the first screen no script or style.
 */
export function buildVersionPlugin(): Plugin {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  const version = process.env.DRIFTLAB_VERSION || pkg.version;
  return {
    name: 'driftlab-build-version',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { name: 'driftlab-version', content: version }, injectTo: 'head' },
    ],
  };
}
