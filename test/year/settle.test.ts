import { settleYear } from '../../src/engine';
import { defaultYear, newBill } from '../../src/year/doc';
import { settleDoc } from '../../src/year/settle';

import { tables } from '../tiers';
const TODAY = '2025-06-01';

describe('settling the page’s year', () => {
  it('gives the engine’s year for what was typed, bills by id', () => {
    const doc = defaultYear(TODAY);
    doc.own = '1,000元';
    doc.bills = [
      newBill('2025-05-01', { total: '８,０００' }),
      newBill('2025-03-01', { total: '12000', outOfCatalog: '300.5' }),
    ];
    const s = settleDoc(tables, doc, TODAY);
    const direct = settleYear(tables, {
      person: {
        region: '110000',
        scheme: 'employee',
        category: 'active',
        hardship: false,
        accounts: { own: '1000', family: [] },
      },
      bills: [
        { date: '2025-05-01', setting: 'inpatient', level: 'tertiary', total: '8000' },
        { date: '2025-03-01', setting: 'inpatient', level: 'tertiary', total: '12000', outOfCatalog: '300.5' },
      ],
    });
    expect(s.errors).toEqual({});
    expect(s.result!.totals).toEqual(direct.totals);
    expect(s.byId[doc.bills[0]!.id]!.basic).toBe(direct.bills.find((b) => b.index === 0)!.basic);
    expect(s.outlook!.basic.inpatient).toMatchObject({ kind: 'amount' });
  });

  it('leaves out a bill with a typo or one the engine rejects, and settles the rest', () => {
    const doc = defaultYear(TODAY);
    doc.bills = [
      newBill('2025-03-01', { total: '12x' }),
      newBill('2025-03-02', { total: '100', outOfCatalog: '200' }),
      newBill('2025-04-01', { total: '5000' }),
    ];
    const s = settleDoc(tables, doc, TODAY);
    expect(Object.keys(s.errors).sort()).toEqual([`bill.${doc.bills[0]!.id}.total`, `bill.${doc.bills[1]!.id}`].sort());
    expect(s.result!.bills).toHaveLength(1);
    expect(s.result!.totals.total).toBe('5000.00');
  });

  it('a region without tables is a problem for the whole year, not a crash', () => {
    const doc = defaultYear(TODAY);
    doc.person.region = '999999';
    doc.bills = [newBill('2025-03-01', { total: '100' })];
    const s = settleDoc(tables, doc, TODAY);
    expect(s.result).toBeNull();
    expect(s.problem?.en).toMatch(/no tier table/);
  });

  it('residents send no own account and their enrolment', () => {
    const doc = defaultYear(TODAY);
    doc.person = { region: '110000', scheme: 'resident', category: 'elderly', age: '70', hardship: false };
    doc.own = '5000';
    doc.bills = [newBill('2019-05-01', { total: '40000', settledBasic: '25000' })];
    const s = settleDoc(tables, doc, TODAY);
    expect(s.result!.totals.accountOwn).toBe('0.00');
  });
});

describe('a rule the table does not know', () => {
  it('is said on the bill that needs it, and the rest of the year is settled', () => {
    // Beijing residents' inpatient ratios are unknown in the tables: a computed inpatient bill is
    // refused; the same year's bill with a slip's basic figure, and an outpatient bill, still settle.
    const doc = defaultYear(TODAY);
    doc.person = { region: '110000', scheme: 'resident', category: 'elderly', age: '70', hardship: false };
    doc.bills = [
      newBill('2019-05-01', { total: '40000', settledBasic: '25000' }),
      newBill('2019-06-01', { total: '20000' }),
      newBill('2019-07-01', { setting: 'outpatient', level: 'primary', total: '800' }),
    ];
    const s = settleDoc(tables, doc, TODAY);
    expect(Object.keys(s.errors)).toEqual([`bill.${doc.bills[1]!.id}`]);
    expect(s.errors[`bill.${doc.bills[1]!.id}`]!.en).toMatch(/does not know/);
    expect(s.problem).toBeNull();
    const direct = settleYear(tables, {
      person: { region: '110000', scheme: 'resident', category: 'elderly', age: 70, hardship: false },
      bills: [
        { date: '2019-05-01', setting: 'inpatient', level: 'tertiary', total: '40000', settled: { basic: '25000' } },
        { date: '2019-07-01', setting: 'outpatient', level: 'primary', total: '800' },
      ],
    });
    expect(s.result!.totals).toEqual(direct.totals);
  });
});
