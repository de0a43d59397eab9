/**
 * Puts the first load's stylesheet into index.html itself (a Vite plugin, build only): a linked
 * stylesheet blocks the first paint for one more round trip, which on a phone's network is the
 * largest wait before the prerendered screen shows. The chunks loaded later keep their own files.
 * The CSP (vite.config.ts) allows this exact text by its hash, as it does the boot script.
 */
import type { Plugin } from 'vite';

const LINKED = /<link rel="stylesheet"[^>]*\bhref="\.\/(assets\/[^"]+\.css)"[^>]*>/g;

export const inlineFirstCss = (): Plugin => ({
  name: 'inline-first-css',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler(html, ctx) {
      return html.replace(LINKED, (tag, file: string) => {
        const asset = ctx.bundle?.[file];
        return asset?.type === 'asset' ? `<style>${String(asset.source).trim()}</style>` : tag;
      });
    },
  },
});
