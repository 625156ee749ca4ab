import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { markdownHastPlugin } from './scripts/markdownToHast';
import { offlinePlugin } from './scripts/offline';

export default defineConfig({
  plugins: [react(), markdownHastPlugin(), offlinePlugin()],
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
