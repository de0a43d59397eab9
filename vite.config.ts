import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [svelte({ configFile: false })],
  // Relative asset paths so the built page works from any folder or sub-path.
  base: './',
  build: { target: 'es2022', reportCompressedSize: false },
  resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
  test: {
    globals: true,
    include: ['test/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['test/setup.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
