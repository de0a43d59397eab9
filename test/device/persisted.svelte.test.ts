/**
 * Persisted.watch (src/device/persisted.svelte.ts): every change to a stored field, however deep,
 * is written at once as the codec's text, and writing it clones nothing (the year page writes at
 * every keystroke).
 */
import { flushSync } from 'svelte';
import { Persisted, type Codec } from '../../src/device/persisted.svelte';
import { DeviceStorage, storageKey } from '../../src/device/storage.svelte';
import { memoryStore } from './memory';

interface Doc {
  name: string;
  rows: { id: string; total: string }[];
}

/** Stores the rows without their ids, as the year's codec does. */
const codec: Codec<Doc> = {
  version: 1,
  read: (data) => ({ value: data.doc as Doc, dropped: [] }),
  write: (doc) => ({ v: 1, doc: { name: doc.name, rows: doc.rows.map(({ total }) => ({ total })) } }),
};

const open = (store = memoryStore()) => {
  const kept = new Persisted(new DeviceStorage(store), 'doc', codec, () => ({
    name: '',
    rows: [{ id: 'a', total: '100' }],
  }));
  const stop = kept.watch();
  flushSync();
  const stored = () => JSON.parse(store.data.get(storageKey('doc'))!);
  return { kept, stop, stored };
};

describe('Persisted.watch', () => {
  it('writes a change deep in the value at once, as the codec writes it', () => {
    const { kept, stop, stored } = open();
    expect(stored()).toEqual({ v: 1, doc: { name: '', rows: [{ total: '100' }] } });
    kept.value.rows[0]!.total = '1002';
    flushSync();
    expect(stored()).toEqual({ v: 1, doc: { name: '', rows: [{ total: '1002' }] } });
    kept.value.rows.push({ id: 'b', total: '5' });
    flushSync();
    expect(stored().doc.rows).toEqual([{ total: '1002' }, { total: '5' }]);
    stop();
    kept.value.name = 'after';
    flushSync();
    expect(stored().doc.name).toBe('');
  });

  it('clones nothing to write a keystroke', () => {
    const { kept, stop } = open();
    const clone = vi.spyOn(globalThis, 'structuredClone');
    try {
      kept.value.rows[0]!.total = '10';
      flushSync();
      expect(clone).not.toHaveBeenCalled();
    } finally {
      clone.mockRestore();
      stop();
    }
  });
});
