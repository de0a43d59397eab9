/**
 * The service worker (built by vite-plugin-pwa's injectManifest from this file). Offline after one
 * visit: every build file is precached from the list made at build time — nothing is crawled and
 * nothing but build files enters the cache. Navigations inside the app get the precached page, so
 * no response (an SVG opened in a tab, a server's error page) can ever take the page's place.
 *
 * A new build installs beside the old one and waits: the tab on the old version keeps working with
 * the old files until the person chooses to reload (the page asks, see offline.svelte.ts).
 */
/// <reference lib="webworker" />
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | { url: string; revision: string | null })[] };

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// The app's own addresses: its folder and index.html in it, with any query (the app may be served
// from a sub-path; old links carry their state in the query).
const scope = new URL(self.registration.scope).pathname;
const escaped = scope.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const app = new RegExp(`^${escaped}(index\\.html)?(\\?.*)?$`);
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { allowlist: [app] }));

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// The worker before vite-plugin-pwa kept its own cache; drop it once this one is in charge.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith('yibao-')).map((n) => caches.delete(n)))),
  );
});
