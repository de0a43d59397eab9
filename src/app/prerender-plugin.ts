/**
 * Writes the first screen into the built index.html (a Vite plugin, build only): the page paints
 * its heading, form and the defaults' result before any script arrives, and main.ts hydrates that
 * markup instead of building it again. The components are compiled for Svelte's server renderer
 * by a Vite server of their own, so the markup comes from the same sources the client hydrates.
 */
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { createServer, type Plugin } from 'vite';
import { tierTables } from '../tables/vite-plugin';
import { today } from '../device/today';

/** Where the first screen goes: the mount point index.html has. */
const MOUNT = '<div id="app"></div>';

export async function renderFirstScreen(root: string, date = today()): Promise<string> {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'warn',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    // Nothing to pre-bundle for a single render (and the offline code's virtual module is the client build's).
    optimizeDeps: { noDiscovery: true, include: [] },
    // Production output whatever NODE_ENV says, as the client build it must match.
    plugins: [svelte({ compilerOptions: { dev: false } }), tierTables(root)],
  });
  try {
    const mod = (await server.ssrLoadModule('/src/app/prerender.ts')) as typeof import('./prerender');
    return await mod.firstScreen(date);
  } finally {
    await server.close();
  }
}

export const prerender = (root: string): Plugin => ({
  name: 'prerender-first-screen',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    async handler(html) {
      if (!html.includes(MOUNT)) throw new Error(`index.html has no ${MOUNT} to prerender into`);
      const body = await renderFirstScreen(root);
      return html.replace(MOUNT, `<div id="app">${body}</div>`);
    },
  },
});
