import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { buildVersionPlugin } from './scripts/buildVersion';
import { markdownHastPlugin } from './scripts/markdownToHast';
import { offlinePlugin } from './scripts/offline';

export default defineConfig({
  plugins: [react(), markdownHastPlugin(), offlinePlugin(), buildVersionPlugin()],
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    rolldownOptions: {
      // The pure layers do nothing when imported (DESIGN §6), so a module of theirs whose exports go unused
      // can be dropped. Without this, one import through a barrel (`../../core`, `../../content`) drags every
      // module behind it — the shell's commands, the missions, zod — into the first screen's chunks.
      treeshake: {
        moduleSideEffects: [
          { test: /\/src\/(core|shell|content|i18n)\/[^?]*\.(tsx?|json)$/, sideEffects: false },
        ],
      },
      // Everything the first screen loads in one chunk: one request instead of a score of small shared ones,
      // and one gzip stream that compresses better. Lazy chunks still split as usual.
      output: { codeSplitting: { groups: [{ name: 'first-screen', tags: ['$initial'] }] } },
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    // index.html's meta CSP cannot forbid framing (frame-ancestors works only as a header): the preview
    // server sends it, as a static host serving dist/ should.
    headers: { 'Content-Security-Policy': "frame-ancestors 'none'" },
  },
});
