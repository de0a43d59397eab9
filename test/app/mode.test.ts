import { MODE_KEY, ModeState } from '../../src/app/mode.svelte';

const memory = (init: Record<string, string> = {}) => {
  const data = { ...init };
  return { data, getItem: (k: string) => data[k] ?? null, setItem: (k: string, v: string) => void (data[k] = v) };
};

describe('one bill or the year', () => {
  it('starts on one bill, or on the year for a year link or when last left there', () => {
    expect(new ModeState('', memory()).mode).toBe('one');
    expect(new ModeState('?v=1&tt=100', memory()).mode).toBe('one');
    expect(new ModeState('?y=1&b=20250301_i3_100', memory()).mode).toBe('year');
    expect(new ModeState('', memory({ [MODE_KEY]: 'year' })).mode).toBe('year');
  });

  it('remembers the choice, and survives blocked storage', () => {
    const store = memory();
    const m = new ModeState('', store);
    m.set('year');
    expect(store.data[MODE_KEY]).toBe('year');
    const blocked = {
      getItem: () => {
        throw new Error('no');
      },
      setItem: () => {
        throw new Error('no');
      },
    };
    const b = new ModeState('', blocked);
    b.set('year');
    expect(b.mode).toBe('year');
  });
});
