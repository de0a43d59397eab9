/**
 * Offline and installable: registers public/sw.js in production builds only (never under the dev
 * server or in tests), and tells the user when a newer version has arrived — either because the
 * build files the page loaded changed since the last visit (a new deploy or table, picked up by the
 * network-first page), or because a new service worker took over while the page was open.
 */
export const BUILD_KEY = 'yibao.build';

/** The parts of the browser this uses; tests pass fakes. */
export interface PwaDeps {
  prod: boolean;
  document: Pick<Document, 'querySelectorAll'>;
  storage: Pick<Storage, 'getItem' | 'setItem'> | undefined;
  serviceWorker: Pick<ServiceWorkerContainer, 'register' | 'addEventListener' | 'controller'> | undefined;
}

/** What identifies this build: the hashed script and style files the page loaded. */
export function fingerprint(doc: Pick<Document, 'querySelectorAll'>): string {
  const files = [
    ...doc.querySelectorAll('script[src], link[rel="stylesheet"][href], link[rel="modulepreload"][href]'),
  ].map((e) => e.getAttribute('src') ?? e.getAttribute('href') ?? '');
  return files.sort().join(' ');
}

export class Pwa {
  /** True once the page knows it runs a newer version than last time. */
  updated = $state(false);

  start(deps: PwaDeps): void {
    if (!deps.prod) return;
    try {
      const now = fingerprint(deps.document);
      const before = deps.storage?.getItem(BUILD_KEY);
      if (before && now && before !== now) this.updated = true;
      if (now) deps.storage?.setItem(BUILD_KEY, now);
    } catch {
      // storage blocked: no notice, the app still works
    }
    const sw = deps.serviceWorker;
    if (!sw) return;
    const hadController = !!sw.controller;
    sw.addEventListener('controllerchange', () => {
      if (hadController) this.updated = true;
    });
    sw.register('./sw.js').catch(() => {
      // No offline support (private mode, file://): the page works online as before.
    });
  }
}

export const browserPwaDeps = (): PwaDeps => {
  let storage: PwaDeps['storage'];
  try {
    storage = globalThis.localStorage;
  } catch {
    storage = undefined;
  }
  return {
    prod: import.meta.env.PROD,
    document,
    storage,
    serviceWorker:
      typeof navigator !== 'undefined' && 'serviceWorker' in navigator ? navigator.serviceWorker : undefined,
  };
};
