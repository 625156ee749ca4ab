import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildVersionPlugin } from './buildVersion';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** The tags the plugin adds to index.html. */
function tags(): unknown {
  const hook = buildVersionPlugin().transformIndexHtml as () => unknown;
  return hook();
}

afterEach(() => vi.unstubAllEnvs());

describe('the build version stamp', () => {
  it("is package.json's version by default", () => {
    vi.stubEnv('DRIFTLAB_VERSION', '');
    expect(tags()).toEqual([
      { tag: 'meta', attrs: { name: 'driftlab-version', content: pkg.version }, injectTo: 'head' },
    ]);
  });

  it('names the deployment when DRIFTLAB_VERSION is set', () => {
    vi.stubEnv('DRIFTLAB_VERSION', '2026.11-rc1');
    expect(tags()).toEqual([
      { tag: 'meta', attrs: { name: 'driftlab-version', content: '2026.11-rc1' }, injectTo: 'head' },
    ]);
  });
});
