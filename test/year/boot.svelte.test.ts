/** Where the year page starts: a year link (the stored year put aside first), else the stored year exactly. */
import { DeviceStorage } from '../../src/device/storage.svelte';
import { asideItems } from '../../src/device/aside';
import { signed } from '../../src/link/kernel';
import { startYear } from '../../src/year/boot';
import { encodeYear } from '../../src/year/codec';
import { defaultYear, newBill } from '../../src/year/doc';
import { yearCodec } from '../../src/year/persist';
import { memoryStore } from '../device/memory';

const TODAY = '2025-06-01';
const at = (hash: string, search = '') => ({ hash, search });
const store = (doc = defaultYear(TODAY)) => memoryStore({ 'yibao.year': JSON.stringify(yearCodec(TODAY).write(doc)) });
const mine = () => {
  const doc = defaultYear(TODAY);
  doc.person = { region: '370000', scheme: 'resident', category: 'elderly', age: '', hardship: false };
  doc.bills = [newBill('2025-01-02', { total: '20000' })];
  return doc;
};

describe('where the year page starts', () => {
  it('a year link wins, and the year kept on the device is put aside, restorable', () => {
    const m = store(mine());
    const device = new DeviceStorage(m);
    const link = defaultYear(TODAY);
    link.bills = [newBill('2025-03-01', { total: '12000' })];
    const s = startYear(device, at(`#${signed(encodeYear(link))}`), TODAY);
    expect(s.fromLink).toBe(true);
    expect(s.kept.value.bills.map((b) => b.total)).toEqual(['12000']);
    const aside = asideItems(device);
    expect(aside.map((a) => [a.of, a.reason])).toEqual([['year', 'replaced']]);
    expect(JSON.parse(aside[0]!.raw).year.person.region).toBe('370000');
    expect(s.notices.map((n) => n.en)).toEqual([expect.stringContaining('kept aside, to restore')]);
  });

  it('two year links in a row keep both earlier years aside', () => {
    const device = new DeviceStorage(store(mine()));
    const one = defaultYear(TODAY);
    one.bills = [newBill('2025-03-01', { total: '1' })];
    startYear(device, at(`#${signed(encodeYear(one))}`), TODAY).kept.save();
    const two = defaultYear(TODAY);
    two.bills = [newBill('2025-03-01', { total: '2' })];
    startYear(device, at(`#${signed(encodeYear(two))}`), TODAY);
    const kept = asideItems(device).map((a) => JSON.parse(a.raw).year.bills[0].total);
    expect(kept.sort()).toEqual(['1', '20000']);
  });

  it('opening the plain address gives back the stored year exactly, its own person included', () => {
    const device = new DeviceStorage(store(mine()));
    const s = startYear(device, at(''), TODAY);
    expect(s.fromLink).toBe(false);
    expect(s.kept.value.person).toEqual(mine().person);
    expect(s.kept.value.bills.map((b) => b.total)).toEqual(['20000']);
    expect(s.notices).toEqual([]);
  });

  it('a single-bill link does not count as a year link', () => {
    const s = startYear(new DeviceStorage(store(mine())), at('', '?v=1&tt=100'), TODAY);
    expect(s.fromLink).toBe(false);
    expect(s.kept.value.bills.map((b) => b.total)).toEqual(['20000']);
  });

  it('an older ? year link still opens', () => {
    const s = startYear(new DeviceStorage(memoryStore()), at('', '?y=1&b=20250301_i3_12000'), TODAY);
    expect(s.kept.value.bills.map((b) => b.total)).toEqual(['12000']);
  });

  it('lists what a damaged link could not give, after a heading', () => {
    const s = startYear(new DeviceStorage(memoryStore()), at('', '?y=1&b=garbage'), TODAY);
    expect(s.notices[0]!.zh).toMatch(/链接中有部分内容无法使用/);
    expect(s.notices).toHaveLength(2);
  });
});
