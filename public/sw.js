/*
 * Offline support for 医保报销计算器. Same-origin only; nothing leaves the device.
 *
 * - The page (HTML): network first, so a newer version is picked up on the next online visit;
 *   the cached copy when offline.
 * - Hashed build files (assets/…, including the tier-table chunks): cache first; they never change
 *   under the same name.
 * - Other same-origin files (manifest, icons): network first, cache as fallback.
 * - On install, and whenever a newer page arrives, the page and every build file it can reach
 *   (found by reading the HTML and following the chunks' imports) are cached, so the first visit is
 *   enough to work offline with every table; files no longer reachable are dropped.
 *
 * Vite does not process this file (it is copied from public/ as is), so it finds the hashed names
 * at run time instead of from a build manifest.
 */
const CACHE = 'yibao-v1';
const SCOPE = new URL(self.registration.scope);
const INDEX = new URL('./', SCOPE).href;
const STATIC = [
  'manifest.webmanifest',
  'favicon.svg',
  'icons/icon-192.png',
  'icons/icon-512.png',
  'icons/maskable-512.png',
].map((p) => new URL(p, SCOPE).href);
/** Enough for every chunk of the app and its tables; a guard against a runaway crawl. */
const MAX_FILES = 400;

const sameOrigin = (url) => new URL(url).origin === SCOPE.origin;
const isAsset = (url) => sameOrigin(url) && new URL(url).pathname.startsWith(new URL('assets/', SCOPE).pathname);

/** Build files a page or a chunk refers to: src/href in HTML, import specifiers and preload lists in JS. */
function referencesIn(text, base) {
  const out = new Set();
  const re = /(?:src|href)=["']([^"']+)["']|["'`]((?:\.{1,2}\/|\/)?(?:assets\/)?[\w@.-]+\.(?:js|css|json))["'`]/g;
  for (const m of text.matchAll(re)) {
    const ref = m[1] ?? m[2];
    try {
      const url = new URL(ref, base).href;
      if (sameOrigin(url) && (isAsset(url) || STATIC.includes(url))) out.add(url.split('#')[0]);
    } catch {
      /* not a URL */
    }
  }
  return out;
}

/** Fetches the page and everything it reaches into the cache; drops build files it no longer reaches. */
async function refresh(html) {
  const cache = await caches.open(CACHE);
  const seen = new Set([INDEX]);
  const queue = [...referencesIn(html, INDEX), ...STATIC];
  while (queue.length && seen.size < MAX_FILES) {
    const url = queue.shift();
    if (seen.has(url)) continue;
    seen.add(url);
    let res = await cache.match(url);
    if (!res) {
      try {
        res = await fetch(url, { cache: 'no-cache' });
        if (!res.ok) continue;
        await cache.put(url, res.clone());
      } catch {
        continue;
      }
    }
    if (/\.(js|css)$/.test(new URL(url).pathname))
      for (const ref of referencesIn(await res.text(), url)) if (!seen.has(ref)) queue.push(ref);
  }
  for (const req of await cache.keys()) if (isAsset(req.url) && !seen.has(req.url)) await cache.delete(req);
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const res = await fetch(INDEX, { cache: 'no-cache' });
      const html = await res.clone().text();
      await (await caches.open(CACHE)).put(INDEX, res);
      await refresh(html);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys())
        if (name.startsWith('yibao-') && name !== CACHE) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

async function page(event) {
  const cache = await caches.open(CACHE);
  try {
    const res = await fetch(event.request);
    if (res.ok) {
      const html = await res.clone().text();
      const old = await cache.match(INDEX);
      const changed = !old || (await old.text()) !== html;
      await cache.put(INDEX, res.clone());
      // A new version: cache what it needs (and drop what it no longer needs) while the page runs.
      if (changed) event.waitUntil(refresh(html));
    }
    return res;
  } catch {
    return (await cache.match(INDEX)) ?? Response.error();
  }
}

async function asset(request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request);
  if (hit) return hit;
  const res = await fetch(request);
  if (res.ok) await cache.put(request, res.clone());
  return res;
}

async function other(request) {
  const cache = await caches.open(CACHE);
  try {
    const res = await fetch(request);
    if (res.ok) await cache.put(request, res.clone());
    return res;
  } catch {
    return (await cache.match(request, { ignoreSearch: true })) ?? Response.error();
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !sameOrigin(request.url)) return;
  const url = new URL(request.url);
  if (
    request.mode === 'navigate' ||
    (url.href.split('?')[0] === INDEX && request.headers.get('accept')?.includes('text/html'))
  ) {
    event.respondWith(page(event));
  } else if (isAsset(request.url)) {
    event.respondWith(asset(request));
  } else if (url.pathname !== new URL('sw.js', SCOPE).pathname) {
    event.respondWith(other(request));
  }
});
