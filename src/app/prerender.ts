/**
 * The first screen as the server renderer writes it into index.html at build time (see
 * prerender-plugin.ts): the single-bill page with its defaults, in Chinese, as App renders it for
 * a visitor with no link and empty storage, with the default tables loaded. It paints before any
 * script runs; main.ts hydrates it in place.
 */
import { render } from 'svelte/server';
import App from './App.svelte';
import { createApp } from './page.svelte';
import type { KeyValueStore } from '../device/storage.svelte';

/** Empty storage that works (no storage at all would render the "storage unavailable" notice). */
function emptyStore(): KeyValueStore {
  const items = new Map<string, string>();
  return {
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, v),
    removeItem: (k) => void items.delete(k),
    get length() {
      return items.size;
    },
    key: (i) => [...items.keys()][i] ?? null,
  };
}

/** The HTML inside `<div id="app">` for the plain address on `today` (ISO). */
export async function firstScreen(today: string): Promise<string> {
  const app = createApp({
    store: emptyStore(),
    today,
    address: {
      location: { origin: 'http://localhost', pathname: '/', search: '', hash: '' },
      history: { state: null, replaceState: () => {} },
      setTimeout,
      clearTimeout,
    },
  });
  // The form lists the default tables' choices: main.ts hydrates once the same tables are in. The
  // engine is not needed: the defaults have no total, so the result says how to get one.
  await app.calc.ensureTables();
  return render(App, { props: { app } }).body;
}
