import { defaultYear, newBill } from '../../src/year/doc';
import { STORAGE_KEY, loadYear, saveYear, type KeyValueStore } from '../../src/year/persist';

const memory = (init: Record<string, string> = {}): KeyValueStore & { data: Record<string, string> } => ({
  data: { ...init },
  getItem(k) {
    return this.data[k] ?? null;
  },
  setItem(k, v) {
    this.data[k] = v;
  },
});

const TODAY = '2025-06-01';
const strip = <T extends { id: string }>(xs: T[]) => xs.map(({ id: _id, ...r }) => r);

describe('keeping the year on the device', () => {
  it('gives back what was stored, labels included', () => {
    const store = memory();
    const doc = defaultYear(TODAY);
    doc.person.age = '70';
    doc.own = '1,000元';
    doc.relatives = [{ id: 'r', label: '配偶', balance: '2000' }];
    doc.bills = [newBill('2025-03-01', { total: '12000', settledBasic: '9000' })];
    saveYear(store, doc);
    const { doc: back, dropped } = loadYear(store, TODAY);
    expect(dropped).toBe(false);
    expect(back.person).toEqual(doc.person);
    expect(back.own).toBe('1,000元');
    expect(strip(back.relatives)).toEqual(strip(doc.relatives));
    expect(strip(back.bills)).toEqual(strip(doc.bills));
  });

  it('starts fresh, without a complaint, when nothing is stored or storage throws', () => {
    expect(loadYear(memory(), TODAY)).toEqual({ doc: expect.objectContaining({ bills: [] }), dropped: false });
    const broken: KeyValueStore = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
    };
    expect(loadYear(broken, TODAY).doc.bills).toEqual([]);
    expect(() => saveYear(broken, defaultYear(TODAY))).not.toThrow();
  });

  it.each([
    ['not JSON', '{oops'],
    ['an old version', JSON.stringify({ v: 0, year: {} })],
    ['a newer version', JSON.stringify({ v: 2, year: {} })],
    ['null', 'null'],
    ['no year', JSON.stringify({ v: 1 })],
  ])('starts fresh and says so for %s', (_, raw) => {
    const r = loadYear(memory({ [STORAGE_KEY]: raw }), TODAY);
    expect(r.dropped).toBe(true);
    expect(r.doc.bills).toEqual([]);
  });

  it('keeps the usable parts of a partly broken year', () => {
    const doc = defaultYear(TODAY);
    doc.bills = [newBill('2025-03-01', { total: '100' }), newBill('2025-04-01', { total: '200' })];
    const stored = JSON.parse(JSON.stringify({ v: 1, year: { ...doc, bills: strip(doc.bills) } }));
    stored.year.bills[0].level = 'quaternary';
    stored.year.bills[1].referral = 'yes';
    stored.year.person.scheme = 'other';
    stored.year.relatives = 'nope';
    const r = loadYear(memory({ [STORAGE_KEY]: JSON.stringify(stored) }), TODAY);
    expect(r.dropped).toBe(true);
    expect(r.doc.bills.map((b) => [b.date, b.total, b.referral])).toEqual([['2025-04-01', '200', false]]);
    expect(r.doc.person.scheme).toBe('employee');
    expect(r.doc.relatives).toEqual([]);
  });
});
