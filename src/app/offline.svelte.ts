/**
 * Offline and updates, from vite-plugin-pwa (src/app/sw.ts is the worker). Production builds only:
 * never under the dev server or in tests. The page learns of a new version only when a new build's
 * worker has installed and waits (`onNeedRefresh`), so a reload, another tab or another mode never
 * reads as an update; the person then chooses when to switch, and until then the tab keeps working
 * on the version it has.
 */
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';

type UpdateFn = (reloadPage?: boolean) => Promise<void>;

/** The parts of the browser this uses; tests pass fakes. */
export interface OfflineDeps {
  prod: boolean;
  /** virtual:pwa-register's registerSW, loaded on demand so the first load does not carry it. */
  register: (options: RegisterSWOptions) => Promise<UpdateFn>;
}

export class Offline {
  /** True once a newer build has installed and waits for this page to reload into it. */
  updateReady = $state(false);
  #update: UpdateFn | null = null;

  async start(deps: OfflineDeps): Promise<void> {
    if (!deps.prod) return;
    try {
      this.#update = await deps.register({
        // Registered once the page has loaded (workbox's default; at once if it already has): the
        // worker's precache, the whole app, then does not compete with the page's first requests.
        immediate: false,
        onNeedRefresh: () => (this.updateReady = true),
        // No service worker (private mode, file://): the page works online as before.
        onRegisterError: () => {},
      });
    } catch {
      // The registration code could not load (offline on a first visit): nothing to offer.
    }
  }

  /** Lets the waiting version take over and reloads into it. */
  async update(): Promise<void> {
    this.updateReady = false;
    await this.#update?.(true);
  }
}

export const browserOfflineDeps = (): OfflineDeps => ({
  prod: import.meta.env.PROD,
  register: async (options) => (await import('virtual:pwa-register')).registerSW(options),
});
