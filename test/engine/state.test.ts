/**
 * The year state (DOMAIN.md §2, "benefit year"): which benefit year a date is in, what a new year
 * resets (everything but the account balances), and prior figures that count in the first year only.
 */
import { settleBill, settleYear, startState, type BillIn, type YearState } from '../../src/engine';
import { benefitYearStart, enterYear } from '../../src/engine/state';
import { Dec } from '../../src/engine/money';
import type { TierTable } from '../../src/tables/schema';
import { bjActive, tableById, tables } from './fixtures';

const employee = tableById('110000-employee-2010-05-01');
/** The same table with a benefit year from 1 July (as Shanghai counts). */
const fromJuly: TierTable = { ...employee, benefitYearStart: '07-01' };

const inpatient = (date: string, total: string): BillIn => ({ date, setting: 'inpatient', level: 'tertiary', total });
const outpatient = (date: string, total: string): BillIn => ({ date, setting: 'outpatient', level: 'tertiary', total });

describe('benefitYearStart', () => {
  it('is 1 January of the date’s year for a calendar benefit year', () => {
    expect(benefitYearStart(employee, '2025-01-01')).toBe('2025-01-01');
    expect(benefitYearStart(employee, '2025-12-31')).toBe('2025-01-01');
  });

  it('counts from 1 July where the table says so: 30 June belongs to the year before', () => {
    expect(benefitYearStart(fromJuly, '2025-06-30')).toBe('2024-07-01');
    expect(benefitYearStart(fromJuly, '2025-07-01')).toBe('2025-07-01');
    expect(benefitYearStart(fromJuly, '2026-01-15')).toBe('2025-07-01');
  });
});

describe('enterYear', () => {
  const person = { ...bjActive, accounts: { own: '3000', family: ['2000'] } };
  /** A 2024 with two admissions, an outpatient year and paid amounts behind it. */
  const used: YearState = [
    inpatient('2024-02-01', '50000'),
    outpatient('2024-03-01', '5000'),
    inpatient('2024-05-01', '8000'),
  ].reduce((s, b) => settleBill(tables, person, b, s).state, startState(person));

  it('keeps the state within the same benefit year (the very same object)', () => {
    expect(used.yearStart).toBe('2024-01-01');
    expect(used.admissions).toBe(2);
    expect(enterYear(used, employee, '2024-12-31')).toBe(used);
  });

  it('resets admissions, deductibles, band positions, paid amounts and the catastrophic base in a new year, and keeps the accounts', () => {
    const next = enterYear(used, employee, '2025-01-01');
    expect(next.yearStart).toBe('2025-01-01');
    expect(next.admissions).toBe(0);
    expect(next.deductibleUsed).toEqual({});
    expect(next.position.inpatient.isZero() && next.position.outpatient.isZero()).toBe(true);
    expect(next.paid).toEqual({});
    expect(next.catastrophicBase.isZero()).toBe(true);
    expect(next.accounts).toBe(used.accounts);
    // The balances were really spent in 2024, so "kept" is not "restored".
    expect(used.accounts.own.toFixed()).toBe('0');
  });

  it('starts a new year on 1 July, not 1 January, under a July table', () => {
    const s = settleBill([fromJuly], person, inpatient('2025-03-01', '8000'), startState(person)).state;
    expect(s.yearStart).toBe('2024-07-01');
    expect(enterYear(s, fromJuly, '2025-06-30')).toBe(s);
    expect(enterYear(s, fromJuly, '2025-07-01').admissions).toBe(0);
    // March and June 2025 share a benefit year under the July table; 30 June and 1 July do not.
    const sameYear = settleYear([fromJuly], {
      person,
      bills: [inpatient('2025-03-01', '8000'), inpatient('2025-06-30', '8000')],
    });
    expect(sameYear.bills.map((b) => b.admission)).toEqual([1, 2]);
    const twoYears = settleYear([fromJuly], {
      person,
      bills: [inpatient('2025-06-30', '8000'), inpatient('2025-07-01', '8000')],
    });
    expect(twoYears.bills.map((b) => b.admission)).toEqual([1, 1]);
  });
});

describe('prior figures', () => {
  const prior = { admissions: 2, basicPaid: { inpatient: '99000', outpatient: '0' }, outpatientInScope: '1000' };

  it('count in the benefit year of the first bill: a later admission, the cap nearly used, the outpatient deductible part used', () => {
    const y = settleYear(tables, {
      person: bjActive,
      prior,
      bills: [inpatient('2025-03-01', '20000'), outpatient('2025-04-01', '3000')],
    });
    const [inp, out] = y.bills;
    expect(inp!.admission).toBe(3);
    expect(inp!.deductible).toBe('650.00');
    expect(inp!.basic).toBe('1000.00');
    // 1,800 outpatient deductible less the 1,000 already behind the patient.
    expect(out!.deductible).toBe('800.00');
  });

  it('do not count in the next benefit year', () => {
    const y = settleYear(tables, {
      person: bjActive,
      prior,
      bills: [inpatient('2025-03-01', '20000'), inpatient('2026-03-01', '20000'), outpatient('2026-04-01', '3000')],
    });
    const [, next, out] = y.bills;
    expect(next!.admission).toBe(1);
    expect(next!.deductible).toBe('1300.00');
    expect(new Dec(next!.basic).greaterThan(1000)).toBe(true);
    expect(out!.deductible).toBe('1800.00');
  });
});
