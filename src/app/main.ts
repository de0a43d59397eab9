import { hydrate, mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { BOOT } from './boot';
import { createApp } from './page.svelte';
import { keepTyped } from './typed';

const target = document.getElementById('app')!;
const root = document.documentElement;
const app = createApp();

/**
 * index.html carries the first screen for the plain address (prerender-plugin.ts). Where the boot
 * script in index.html saw that this visit shows something else — a link's state, another page kept
 * on this device, English — that markup is hidden from the first paint and replaced here; otherwise
 * it is hydrated in place, once the default tables its form lists are in, so nothing on it changes.
 */
async function start(): Promise<void> {
  const prerendered = target.firstElementChild !== null;
  const fresh = !prerendered || root.classList.contains(BOOT.mount);
  // The form's choices come from the tables; a link's result also needs the engine. Waiting for them
  // keeps the page from showing a half-built form (or "loading") in place of the hidden markup.
  const bill = app.mode.mode === 'one';
  const ready = bill ? [app.calc.ensureTables(), ...(fresh ? [app.calc.start()] : [])] : [];
  if (prerendered) await Promise.race([Promise.all(ready), new Promise((ok) => setTimeout(ok, 4000))]);
  if (fresh) {
    target.textContent = '';
    mount(App, { target, props: { app } });
  } else {
    const replay = keepTyped(target);
    hydrate(App, { target, props: { app } });
    replay();
  }
  root.classList.remove(BOOT.mount, BOOT.hideMain, BOOT.hideAll);
}

void start();
