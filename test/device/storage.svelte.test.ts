/** This device's storage: refused or full storage never throws, and says which. */
import { DeviceStorage } from '../../src/device/storage.svelte';
import { memoryStore } from './memory';

describe('DeviceStorage', () => {
  it('reads and writes under yibao.<name>', () => {
    const m = memoryStore();
    const d = new DeviceStorage(m);
    expect(d.write('year', 'x')).toBe(true);
    expect(m.data.get('yibao.year')).toBe('x');
    expect(d.read('year')).toBe('x');
    expect(d.status).toBe('ok');
  });

  it('says "full" while a write has not fit, and "ok" again once that key is kept', () => {
    const d = new DeviceStorage(memoryStore({}, { quota: 30 }));
    expect(d.write('a', 'short')).toBe(true);
    expect(d.write('b', 'x'.repeat(100))).toBe(false);
    expect(d.status).toBe('full');
    // Another, smaller key fitting does not mean b's change was kept.
    expect(d.write('c', '1')).toBe(true);
    expect(d.status).toBe('full');
    expect(d.write('b', '1')).toBe(true);
    expect(d.status).toBe('ok');
  });

  it('says "unavailable" where storage is refused or missing, and never throws', () => {
    const refused = new DeviceStorage(memoryStore({}, { refuse: true }));
    expect(refused.read('year')).toBeNull();
    expect(refused.write('year', 'x')).toBe(false);
    expect(() => refused.remove('year')).not.toThrow();
    expect(refused.names('aside.')).toEqual([]);
    expect(refused.status).toBe('unavailable');
    expect(new DeviceStorage(undefined).status).toBe('unavailable');
  });
});
