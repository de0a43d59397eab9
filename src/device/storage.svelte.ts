/**
 * This device's storage (localStorage), the one way the app reaches it. Keys are `yibao.<name>`.
 * Storage can be missing or refused (private mode, a sandboxed frame) or full: every call is
 * safe, the page keeps working, and `status` says what happened so the person is told once, in
 * plain words — never a silent loss.
 */

/** The part of the Storage interface used here, so tests can pass a plain object. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length: number;
  key(index: number): string | null;
}

export type StorageStatus = 'ok' | 'unavailable' | 'full';

export const storageKey = (name: string): string => `yibao.${name}`;

const isQuota = (e: unknown): boolean =>
  e instanceof DOMException &&
  (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22);

export class DeviceStorage {
  /** 'unavailable': nothing can be kept on this device; 'full': a key's last write did not fit. */
  status: StorageStatus = $state('ok');
  #store: KeyValueStore | undefined;
  /** Names whose last write did not fit: a small write elsewhere succeeding does not mean these were kept. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping only; `status` is the reactive part
  #unsaved = new Set<string>();

  constructor(store: KeyValueStore | undefined) {
    this.#store = store;
    if (!store) this.status = 'unavailable';
  }

  read(name: string): string | null {
    try {
      return this.#store?.getItem(storageKey(name)) ?? null;
    } catch {
      this.status = 'unavailable';
      return null;
    }
  }

  /** Writes a value; false (and `status` set) where it could not be kept. */
  write(name: string, value: string): boolean {
    if (!this.#store) return false;
    try {
      this.#store.setItem(storageKey(name), value);
      this.#unsaved.delete(name);
      if (this.status === 'full' && this.#unsaved.size === 0) this.status = 'ok';
      return true;
    } catch (e) {
      if (isQuota(e)) this.#unsaved.add(name);
      this.status = isQuota(e) ? 'full' : 'unavailable';
      return false;
    }
  }

  remove(name: string): void {
    this.removeKey(storageKey(name));
  }

  /** The names (after `yibao.`) of every stored item whose name starts with `prefix`. */
  names(prefix: string): string[] {
    const out: string[] = [];
    try {
      const store = this.#store;
      if (!store) return out;
      for (let i = 0; i < store.length; i++) {
        const key = store.key(i);
        if (key?.startsWith(storageKey(prefix))) out.push(key.slice(storageKey('').length));
      }
    } catch {
      this.status = 'unavailable';
    }
    return out.sort();
  }

  /** A key of an older version of the app, read as it was (`yibao:lang`), for moving it to the one key style. */
  readKey(key: string): string | null {
    try {
      return this.#store?.getItem(key) ?? null;
    } catch {
      this.status = 'unavailable';
      return null;
    }
  }

  removeKey(key: string): void {
    try {
      this.#store?.removeItem(key);
    } catch {
      this.status = 'unavailable';
    }
  }
}

/** The browser's localStorage, where the page may reach it (undefined where it is refused). */
export function browserStore(): KeyValueStore | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
