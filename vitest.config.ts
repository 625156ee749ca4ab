import { defineConfig } from 'vitest/config';
import { markdownHastPlugin } from './scripts/markdownToHast';

export default defineConfig({
  plugins: [markdownHastPlugin()],
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['scripts/fastcheck-seed.ts'],
  },
});
