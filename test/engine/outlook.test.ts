import { settleYear, startState, yearOutlook } from '../../src/engine';

import { tables } from '../tiers';
const employee = { region: '110000', scheme: 'employee', category: 'active', age: 45 };
const resident = { region: '110000', scheme: 'resident', category: 'elderly', age: 68 };

describe('yearOutlook', () => {
  it('at the start of a year the whole basic cap is left and the supplementary cap is unknown', () => {
    const o = yearOutlook(tables, employee, startState(employee), '2025-03-01');
    expect(o.yearStart).toBe('2025-01-01');
    expect(o.basic.inpatient).toEqual({ kind: 'amount', left: '100000.00', cap: '100000.00' });
    expect(o.basic.outpatient).toEqual({ kind: 'unknown' });
    expect(o.supplementary.inpatient).toEqual({ kind: 'unknown' });
    expect(o.catastrophic).toBeNull();
  });

  it('what the year has paid comes off the cap; a new benefit year starts over', () => {
    // 12,000 at tertiary, first admission: (12000 − 1300) × 0.85 = 9,095.00
    const { state } = settleYear(tables, {
      person: employee,
      bills: [{ date: '2025-03-01', setting: 'inpatient', level: 'tertiary', total: '12000' }],
    });
    expect(yearOutlook(tables, employee, state, '2025-06-01').basic.inpatient).toEqual({
      kind: 'amount',
      left: '90905.00',
      cap: '100000.00',
    });
    expect(yearOutlook(tables, employee, state, '2026-01-02').basic.inpatient).toEqual({
      kind: 'amount',
      left: '100000.00',
      cap: '100000.00',
    });
  });

  it('says how much more personal burden comes before catastrophic insurance pays', () => {
    // a slip: 40,000 in scope, basic paid 25,000 → burden 15,000; threshold 30,404 → 15,404 to go
    const { state } = settleYear(tables, {
      person: resident,
      bills: [
        { date: '2019-05-01', setting: 'inpatient', level: 'tertiary', total: '40000', settled: { basic: '25000' } },
      ],
    });
    const o = yearOutlook(tables, resident, state, '2019-06-01');
    expect(o.catastrophic).toEqual({
      threshold: '30404.00',
      base: '15000.00',
      untilThreshold: '15404.00',
      cap: { kind: 'unknown' },
    });
    expect(o.basic.outpatient).toEqual({ kind: 'amount', left: '3000.00', cap: '3000.00' });
  });

  it('uses the hardship threshold for people in hardship', () => {
    const o = yearOutlook(tables, { ...resident, hardship: true }, startState(resident), '2019-06-01');
    expect(o.catastrophic?.untilThreshold).toBe('15202.00');
  });
});
