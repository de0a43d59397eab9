import { svelte } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { VitePWA } from 'vite-plugin-pwa';
import { inlineFirstCss } from './src/app/inline-css-plugin';
import { prerender } from './src/app/prerender-plugin';
import { tierTables } from './src/tables/vite-plugin';
import { defineConfig, type Plugin } from 'vitest/config';

/**
 * The page's Content-Security-Policy, as a <meta> in the built index.html: scripts, styles, images,
 * workers and connections from this origin only (nothing a person types can leave for another),
 * and the inline scripts and styles of index.html itself (its boot script, its first stylesheet),
 * each allowed by the hash of its exact text, so no other inline script or style can apply.
 * Build only: the dev server injects styles inline for hot reloading, which this policy forbids.
 */
const hashes = (texts: readonly string[]) =>
  texts.map((s) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`);

export const csp = (inlineScripts: readonly string[] = [], inlineStyles: readonly string[] = []): string =>
  [
    "default-src 'self'",
    ["script-src 'self'", ...hashes(inlineScripts)].join(' '),
    ["style-src 'self'", ...hashes(inlineStyles)].join(' '),
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

/** The text of every inline classic script (no src) in an HTML page. */
const inlineScripts = (html: string): string[] =>
  [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
/** The text of every <style> element in an HTML page. */
const inlineStyles = (html: string): string[] => [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);

const contentSecurityPolicy = (): Plugin => ({
  name: 'content-security-policy',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler: (html) =>
      html.replace(
        /<meta charset="UTF-8" \/>/i,
        (charset) =>
          `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${csp(inlineScripts(html), inlineStyles(html))}" />`,
      ),
  },
});

export default defineConfig({
  plugins: [
    svelte(),
    // The tier tables: checked at build (a bad one fails it), and the regions' names for the page.
    tierTables(import.meta.dirname),
    // The first screen in index.html, hydrated by main.ts (before the CSP, which hashes its boot script).
    prerender(import.meta.dirname),
    // The first stylesheet inside index.html (before the CSP, which hashes it).
    inlineFirstCss(),
    contentSecurityPolicy(),
    // Offline: src/app/sw.ts with the list of build files made at build time (Workbox injectManifest).
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/app',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      injectManifest: { globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'] },
    }),
  ],
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
