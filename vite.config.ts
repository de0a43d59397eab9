import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [svelte()],
  // Relative asset paths so the built page works from any folder or sub-path.
  base: './',
  build: { target: 'es2022', reportCompressedSize: false },
  test: {
    globals: true,
    setupFiles: ['test/setup.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Three kinds of test, told apart by where they are and how they are named:
    projects: [
      {
        // Pure code (engine, tables, links, storage, cases, scripts) in Node.
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.svelte.test.ts', 'test/browser/**'],
        },
      },
      {
        // Components and rune classes (`*.svelte.test.ts`) in jsdom, with Svelte's browser build.
        extends: true,
        resolve: { conditions: ['browser'] },
        test: { name: 'dom', environment: 'jsdom', include: ['test/**/*.svelte.test.ts'] },
      },
      {
        // The built page in headless Chromium: built once for all files.
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/browser/global-setup.ts'],
          testTimeout: 120_000,
        },
      },
    ],
  },
});
