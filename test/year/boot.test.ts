import { PREVIOUS_KEY, startYear } from '../../src/year/boot';
import { defaultYear, newBill } from '../../src/year/doc';
import { STORAGE_KEY, saveYear, type KeyValueStore } from '../../src/year/persist';

const memory = (): KeyValueStore & { data: Record<string, string> } => ({
  data: {},
  getItem(k) {
    return this.data[k] ?? null;
  },
  setItem(k, v) {
    this.data[k] = v;
  },
});

describe('where the year page starts', () => {
  it('a year link wins, and the year kept on the device is put aside', () => {
    const store = memory();
    const mine = defaultYear('2025-06-01');
    mine.bills = [newBill('2025-01-02', { total: '1' })];
    saveYear(store, mine);
    const s = startYear('?y=1&b=20250301_i3_12000', store, '2025-06-01');
    expect(s.fromLink).toBe(true);
    expect(s.doc.bills.map((b) => b.total)).toEqual(['12000']);
    expect(store.data[PREVIOUS_KEY]).toBe(store.data[STORAGE_KEY]);
    expect(s.notices).toEqual([]);
  });

  it('without a year link, the year kept on the device; a single-bill link does not count', () => {
    const store = memory();
    const mine = defaultYear('2025-06-01');
    mine.bills = [newBill('2025-01-02', { total: '7' })];
    saveYear(store, mine);
    const s = startYear('?v=1&tt=100', store, '2025-06-01');
    expect(s.fromLink).toBe(false);
    expect(s.doc.bills.map((b) => b.total)).toEqual(['7']);
  });

  it('lists what a damaged link could not give, after a heading', () => {
    const s = startYear('?y=1&b=garbage', memory(), '2025-06-01');
    expect(s.notices[0]!.zh).toMatch(/链接中有部分内容无法使用/);
    expect(s.notices).toHaveLength(2);
  });

  it('says so when the stored year was broken', () => {
    const store = memory();
    store.data[STORAGE_KEY] = '{nope';
    expect(startYear('', store, '2025-06-01').notices[0]!.en).toMatch(/could not be fully read/);
  });
});
