import { flushSync } from 'svelte';
import { BUILD_KEY, Pwa, fingerprint, type PwaDeps } from '../../src/year/pwa.svelte';

function fakes(files: string[], stored: string | null, controller = false) {
  document.head.innerHTML = files
    .map((f) =>
      f.endsWith('.css') ? `<link rel="stylesheet" href="${f}">` : `<script type="module" src="${f}"></script>`,
    )
    .join('');
  const data: Record<string, string> = stored === null ? {} : { [BUILD_KEY]: stored };
  const listeners: Record<string, () => void> = {};
  const registered: string[] = [];
  const deps: PwaDeps = {
    prod: true,
    document,
    storage: { getItem: (k) => data[k] ?? null, setItem: (k, v) => void (data[k] = v) },
    serviceWorker: {
      controller: controller ? ({} as ServiceWorker) : null,
      addEventListener: ((type: string, fn: () => void) =>
        void (listeners[type] = fn)) as ServiceWorkerContainer['addEventListener'],
      register: (async (url: string) => void registered.push(url)) as unknown as ServiceWorkerContainer['register'],
    },
  };
  return { deps, data, listeners, registered };
}

describe('offline support and the update notice', () => {
  it('does nothing outside production builds', () => {
    const f = fakes(['./assets/index-a.js'], null);
    new Pwa().start({ ...f.deps, prod: false });
    expect(f.registered).toEqual([]);
    expect(f.data).toEqual({});
  });

  it('registers the worker; a first visit is not an update', () => {
    const f = fakes(['./assets/index-a.js', './assets/index-a.css'], null);
    const pwa = new Pwa();
    pwa.start(f.deps);
    expect(f.registered).toEqual(['./sw.js']);
    expect(pwa.updated).toBe(false);
    expect(f.data[BUILD_KEY]).toBe(fingerprint(document));
  });

  it('says "updated" when the build files differ from the last visit', () => {
    const f = fakes(['./assets/index-b.js'], './assets/index-a.js');
    const pwa = new Pwa();
    pwa.start(f.deps);
    expect(pwa.updated).toBe(true);
    const same = fakes(['./assets/index-b.js'], './assets/index-b.js');
    const again = new Pwa();
    again.start(same.deps);
    expect(again.updated).toBe(false);
  });

  it('says "updated" when a new worker takes over a controlled page, not on the first install', () => {
    const first = fakes(['./a.js'], './a.js', false);
    const p1 = new Pwa();
    p1.start(first.deps);
    first.listeners.controllerchange!();
    flushSync();
    expect(p1.updated).toBe(false);
    const later = fakes(['./a.js'], './a.js', true);
    const p2 = new Pwa();
    p2.start(later.deps);
    later.listeners.controllerchange!();
    expect(p2.updated).toBe(true);
  });
});
