import { ModeState } from '../../src/app/mode.svelte';
import { DeviceStorage } from '../../src/device/storage.svelte';
import { memoryStore } from '../device/memory';

describe('one bill or the year', () => {
  it('a link opens the page it was made for; the plain address the one last used', () => {
    const usedYear = () => new DeviceStorage(memoryStore({ 'yibao.mode': JSON.stringify({ v: 1, mode: 'year' }) }));
    expect(new ModeState(new DeviceStorage(memoryStore()), null).mode).toBe('one');
    expect(new ModeState(usedYear(), null).mode).toBe('year');
    expect(new ModeState(usedYear(), 'one').mode).toBe('one');
    expect(new ModeState(new DeviceStorage(memoryStore()), 'year').mode).toBe('year');
  });

  it('remembers the choice under yibao.mode, and reads the bare word older versions stored', () => {
    const m = memoryStore({ 'yibao.mode': 'year' });
    const mode = new ModeState(new DeviceStorage(m), null);
    expect(mode.mode).toBe('year');
    mode.set('one');
    expect(JSON.parse(m.data.get('yibao.mode')!)).toEqual({ v: 1, mode: 'one' });
  });

  it('survives refused storage', () => {
    const b = new ModeState(new DeviceStorage(memoryStore({}, { refuse: true })), null);
    b.set('year');
    expect(b.mode).toBe('year');
  });
});
