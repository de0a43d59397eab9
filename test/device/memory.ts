/** A storage in memory, as the tests' localStorage: can be made full (past `quota` characters) or refuse every call. */
import type { KeyValueStore } from '../../src/device/storage.svelte';

export interface MemoryStore extends KeyValueStore {
  data: Map<string, string>;
}

export function memoryStore(
  init: Record<string, string> = {},
  opts: { quota?: number; refuse?: boolean } = {},
): MemoryStore {
  const data = new Map(Object.entries(init));
  const size = () => [...data].reduce((n, [k, v]) => n + k.length + v.length, 0);
  const refuse = () => {
    if (opts.refuse) throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  return {
    data,
    getItem: (k) => (refuse(), data.get(k) ?? null),
    setItem(k, v) {
      refuse();
      const before = data.get(k);
      data.set(k, v);
      if (opts.quota !== undefined && size() > opts.quota) {
        if (before === undefined) data.delete(k);
        else data.set(k, before);
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
    },
    removeItem: (k) => (refuse(), void data.delete(k)),
    get length() {
      refuse();
      return data.size;
    },
    key: (i) => (refuse(), [...data.keys()][i] ?? null),
  };
}
