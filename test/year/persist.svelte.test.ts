/**
 * The year kept on this device: whatever is stored and cannot be read is kept aside as it was
 * (with the date) and said exactly, never overwritten; every bill is kept, however many.
 */
import { asideItems } from '../../src/device/aside';
import { Persisted } from '../../src/device/persisted.svelte';
import { DeviceStorage } from '../../src/device/storage.svelte';
import { startYear } from '../../src/year/boot';
import { defaultYear, newBill, type YearDoc } from '../../src/year/doc';
import { STORAGE_NAME, yearCodec } from '../../src/year/persist';
import { memoryStore } from '../device/memory';

const TODAY = '2025-06-01';
const NOW = () => new Date('2026-12-01T08:30:00Z');
const strip = <T extends { id: string }>(xs: T[]) => xs.map(({ id: _id, ...r }) => r);
const kept = (device: DeviceStorage) =>
  new Persisted(device, STORAGE_NAME, yearCodec(TODAY), () => defaultYear(TODAY), NOW);
const stored = (doc: YearDoc) => JSON.stringify(yearCodec(TODAY).write(doc));

describe('keeping the year on the device', () => {
  it('gives back what was stored, labels included', () => {
    const m = memoryStore();
    const doc = defaultYear(TODAY);
    doc.person.age = '70';
    doc.own = '1,000元';
    doc.relatives = [{ id: 'r', label: '配偶', balance: '2000' }];
    doc.bills = [newBill('2025-03-01', { total: '12000', settledBasic: '9000' })];
    const a = kept(new DeviceStorage(m));
    a.value = doc;
    expect(a.save()).toBe(true);
    const back = kept(new DeviceStorage(m));
    expect(back.notice).toBeNull();
    expect(back.value.person).toEqual(doc.person);
    expect(back.value.own).toBe('1,000元');
    expect(strip(back.value.relatives)).toEqual(strip(doc.relatives));
    expect(strip(back.value.bills)).toEqual(strip(doc.bills));
  });

  it('keeps every bill: 5,000 stored, 5,000 back', () => {
    const doc = defaultYear(TODAY);
    doc.bills = Array.from({ length: 5000 }, (_, i) => newBill('2025-03-01', { total: String(i + 1) }));
    const back = kept(new DeviceStorage(memoryStore({ 'yibao.year': stored(doc) })));
    expect(back.value.bills).toHaveLength(5000);
    expect(back.notice).toBeNull();
  });

  it.each([
    ['not JSON', '{oops', 'unreadable'],
    ['an old version', JSON.stringify({ v: 0, year: {} }), 'unreadable'],
    ['a newer version', JSON.stringify({ v: 2, year: {} }), 'newer'],
    ['null', 'null', 'unreadable'],
    ['no year', JSON.stringify({ v: 1 }), 'unreadable'],
    ['a list', '[1,2]', 'unreadable'],
  ])(
    'for %s: starts fresh, keeps the stored text aside with the date, and the next save does not lose it',
    (_, raw, reason) => {
      const device = new DeviceStorage(memoryStore({ 'yibao.year': raw }));
      const k = kept(device);
      expect(k.value.bills).toEqual([]);
      expect(k.notice).toMatchObject({ reason, dropped: [] });
      expect(k.notice!.aside).toMatchObject({ of: 'year', reason, raw, savedAt: '2026-12-01T08:30:00.000Z' });
      k.value.bills.push(newBill('2025-03-01', { total: '5' }));
      k.save();
      expect(asideItems(device).map((a) => a.raw)).toEqual([raw]);
    },
  );

  it('keeps the usable parts of a partly broken year, names exactly what it could not read, and keeps the text aside', () => {
    const doc = defaultYear(TODAY);
    doc.bills = [
      newBill('2025-03-01', { total: '100' }),
      newBill('2025-04-01', { total: '200' }),
      newBill('2025-05-01', { total: '300' }),
    ];
    const data = JSON.parse(stored(doc));
    data.year.bills[0].level = 'quaternary';
    data.year.bills[1].referral = 'yes'; // a bad optional field falls back alone
    data.year.person.scheme = 'other';
    data.year.relatives = 'nope';
    const raw = JSON.stringify(data);
    const device = new DeviceStorage(memoryStore({ 'yibao.year': raw }));
    const k = kept(device);
    expect(k.value.bills.map((b) => [b.date, b.total, b.referral])).toEqual([
      ['2025-04-01', '200', false],
      ['2025-05-01', '300', false],
    ]);
    expect(k.value.person.scheme).toBe('employee');
    expect(k.notice!.reason).toBe('partial');
    expect(k.notice!.dropped.map((d) => d.en)).toEqual(["1 of 1 relatives' accounts", '1 of 3 bills']);
    expect(k.notice!.aside!.raw).toBe(raw);
  });

  it('says what it kept and what it did not, in the words of the notice', () => {
    const data = JSON.parse(stored(defaultYear(TODAY)));
    data.year.bills = [{ date: '2025-03-01', setting: 'inpatient', level: 'tertiary', total: '1' }, { nope: 1 }];
    const s = startYear(
      new DeviceStorage(memoryStore({ 'yibao.year': JSON.stringify(data) })),
      { search: '', hash: '' },
      TODAY,
      NOW,
    );
    expect(s.notices.map((n) => n.zh)).toEqual([expect.stringContaining('2 笔费用中的 1 笔无法读取')]);
    const broken = startYear(
      new DeviceStorage(memoryStore({ 'yibao.year': '{' })),
      { search: '', hash: '' },
      TODAY,
      NOW,
    );
    expect(broken.notices.map((n) => n.en)).toEqual([expect.stringContaining('nothing of it was restored')]);
  });

  it('never overwrites what it could not read when it cannot put it aside (storage full)', () => {
    const m = memoryStore({ 'yibao.year': '{broken' }, { quota: 20 });
    const device = new DeviceStorage(m);
    const k = kept(device);
    expect(k.notice!.aside).toBeNull();
    k.value.bills.push(newBill('2025-03-01', { total: '5' }));
    expect(k.save()).toBe(false);
    expect(m.data.get('yibao.year')).toBe('{broken');
  });

  it('restores a year kept aside, and puts the one it replaces aside in its turn', () => {
    const m = memoryStore();
    const device = new DeviceStorage(m);
    const before = defaultYear(TODAY);
    before.bills = [newBill('2025-01-01', { total: '111' })];
    const k = kept(device);
    k.value = before;
    k.save();
    const link = defaultYear(TODAY);
    link.bills = [newBill('2025-02-01', { total: '222' })];
    const aside = k.replace(link)!;
    k.save();
    expect(k.restore(aside)).toBe(true);
    expect(k.value.bills.map((b) => b.total)).toEqual(['111']);
    expect(JSON.parse(m.data.get('yibao.year')!).year.bills[0].total).toBe('111');
    expect(asideItems(device).some((a) => JSON.parse(a.raw).year.bills[0].total === '222')).toBe(true);
  });
});
