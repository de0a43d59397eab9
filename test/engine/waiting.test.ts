/**
 * The waiting period (国办发〔2024〕38号): the rule comes from the national table unless the region
 * has its own, is taken as in force on the enrolment's start, and stops every fund for bills inside.
 */
import { isSettlementError, settleYear } from '../../src/engine';
import type { Person } from '../../src/engine/input';
import { addMonths, waitingMonths, waitingPeriodEnd, waitingRuleTable } from '../../src/engine/waiting';
import type { TierTable } from '../../src/tables/schema';

import { tables } from '../tiers';
const national = tables.find((t) => t.id === '100000-resident-2025-01-01')!;
const rule = national.waitingPeriod!;

const resident = (enrolment?: Person['enrolment']): Person => ({
  region: '110000',
  scheme: 'resident',
  category: 'working-age',
  age: 40,
  hardship: false,
  ...(enrolment ? { enrolment } : {}),
});
const outside = (start: string, brokenYears = 0, extraYears = 0) => ({
  start,
  inWindow: false,
  brokenYears,
  extraYears,
});
// Outpatient at primary level, Beijing resident table 2019 (in force in 2025): 100 deductible, 900 × 0.55 = 495.
const primary = (date: string) => ({ date, setting: 'outpatient', level: 'primary', total: '1000' });

describe('addMonths', () => {
  it('keeps the day of the month and clamps it to the month end', () => {
    expect(addMonths('2025-03-01', 3)).toBe('2025-06-01');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonths('2023-11-30', 3)).toBe('2024-02-29');
    expect(addMonths('2025-10-15', 5)).toBe('2026-03-15');
  });
});

describe('waitingMonths (the national rule)', () => {
  it('is 3 months outside the window, +1 per broken year, −1 per extra year on the variable part only', () => {
    expect(waitingMonths(rule, resident(outside('2025-03-01')))).toBe(3);
    expect(waitingMonths(rule, resident(outside('2025-03-01', 2)))).toBe(5);
    expect(waitingMonths(rule, resident(outside('2025-03-01', 2, 1)))).toBe(4);
    expect(waitingMonths(rule, resident(outside('2025-03-01', 1, 3)))).toBe(3);
  });

  it('is 0 in the window with no broken years, but a break waits even in the window', () => {
    expect(waitingMonths(rule, resident({ start: '2025-01-01', inWindow: true, brokenYears: 0, extraYears: 0 }))).toBe(
      0,
    );
    expect(waitingMonths(rule, resident({ start: '2025-01-01', inWindow: true, brokenYears: 1, extraYears: 0 }))).toBe(
      4,
    );
  });

  it('is 0 for an employee and for a continuously enrolled resident', () => {
    expect(waitingMonths(rule, { ...resident(outside('2025-03-01')), scheme: 'employee', category: 'active' })).toBe(0);
    expect(waitingMonths(rule, resident())).toBe(0);
  });
});

describe('which rule applies', () => {
  it('the national table from 2025; none before (the 2024 national table has no waiting period)', () => {
    expect(waitingRuleTable(tables, '110000', 'resident', '2025-01-01')?.id).toBe('100000-resident-2025-01-01');
    expect(waitingRuleTable(tables, '440100', 'resident', '2026-03-01')?.id).toBe('100000-resident-2025-01-01');
    expect(waitingRuleTable(tables, '110000', 'resident', '2024-12-31')).toBeNull();
    expect(waitingRuleTable(tables, '110000', 'employee', '2025-06-01')).toBeNull();
  });

  it("a region's own waiting period wins over the national one", () => {
    const own: TierTable = {
      ...tables.find((t) => t.id === '110000-resident-2019-01-01')!,
      waitingPeriod: { ...rule, fixedMonths: { ...rule.fixedMonths, value: 6 } },
    };
    const mine = [...tables.filter((t) => t.id !== own.id), own];
    expect(waitingRuleTable(mine, '110000', 'resident', '2025-03-01')?.id).toBe('110000-resident-2019-01-01');
    const r = settleYear(mine, {
      person: resident(outside('2025-03-01')),
      bills: [primary('2025-08-31'), primary('2025-09-01')],
    });
    expect(r.bills.map((b) => b.fund)).toEqual(['0.00', '495.00']);
  });

  it('is the rule in force on the enrolment start, not on the bill date', () => {
    // Enrolled outside the window in November 2024: 38号's period starts with 2025 enrolments.
    expect(waitingPeriodEnd(tables, resident(outside('2024-11-01')), '2025-01-10')).toBeNull();
    expect(waitingPeriodEnd(tables, resident(outside('2025-01-01')), '2025-01-10')?.until).toBe('2025-04-01');
  });
});

describe('waitingPeriodEnd', () => {
  it('gives the first paid day and cites the national rule for each part used', () => {
    const w = waitingPeriodEnd(tables, resident(outside('2025-02-15', 2, 1)), '2025-06-14')!;
    expect(w.until).toBe('2025-06-15');
    expect(w.months).toBe(4);
    expect(w.cites.map((c) => c.path)).toEqual([
      'waitingPeriod.fixedMonths',
      'waitingPeriod.perBrokenYearMonths',
      'waitingPeriod.perExtraYearMonths',
    ]);
    expect(w.cites.every((c) => c.source.docNo === '国办发〔2024〕38号' && c.grade === 'A-')).toBe(true);
    expect(waitingPeriodEnd(tables, resident(outside('2025-02-15', 2, 1)), '2025-06-15')).toBeNull();
  });

  it('never applies to employees, even with an enrolment given', () => {
    const employee: Person = { ...resident(outside('2025-03-01')), scheme: 'employee', category: 'active' };
    expect(waitingPeriodEnd(tables, employee, '2025-03-02')).toBeNull();
    expect(waitingPeriodEnd(tables, employee, '2025-02-01')).toBeNull();
    // A resident's bill before the enrolment starts is not covered either.
    expect(
      waitingPeriodEnd(
        tables,
        resident({ start: '2025-03-01', inWindow: true, brokenYears: 0, extraYears: 0 }),
        '2025-02-01',
      )?.until,
    ).toBe('2025-03-01');
  });

  it('refuses to settle without the national tables when a waiting period may apply, instead of silently paying', () => {
    const regional = tables.filter((t) => t.region !== '100000');
    const bills = [primary('2025-04-01')];
    const error = (() => {
      try {
        settleYear(regional, { person: resident(outside('2025-03-01')), bills });
      } catch (e) {
        return isSettlementError(e) ? { code: e.code, field: e.field } : e;
      }
    })();
    expect(error).toEqual({ code: 'no-table', field: 'person.enrolment' });
    // Enrolled in the window with no break, or no enrolment given: no rule is needed.
    expect(
      settleYear(regional, {
        person: resident({ start: '2025-01-01', inWindow: true, brokenYears: 0, extraYears: 0 }),
        bills,
      }).bills[0]!.fund,
    ).toBe('495.00');
    expect(settleYear(regional, { person: resident(), bills }).bills[0]!.fund).toBe('495.00');
  });
});

describe('a year with a waiting period', () => {
  it('pays nothing inside, says why, and uses no deductible there', () => {
    const r = settleYear(tables, {
      person: resident(outside('2025-03-01')),
      bills: [primary('2025-05-31'), primary('2025-06-01')],
    });
    const [inside, after] = r.bills;
    expect(inside).toMatchObject({
      fund: '0.00',
      basic: '0.00',
      outOfPocket: '1000.00',
      deductible: '0.00',
      covered: false,
    });
    expect(inside!.steps.find((s) => s.kind === 'waiting')).toMatchObject({
      amount: '1000',
      cites: [{ path: 'waitingPeriod.fixedMonths' }],
    });
    const warning = inside!.warnings.find((w) => w.code === 'waiting')!;
    expect(warning.message.zh).toContain('2025年6月1日');
    expect(warning.message.en).toContain('June 1, 2025');
    expect(warning.cites[0]!.source.docNo).toBe('国办发〔2024〕38号');
    expect(after).toMatchObject({ fund: '495.00', deductible: '100.00', covered: true });
    expect(after!.warnings.some((w) => w.code === 'waiting')).toBe(false);
  });

  it('stops every layer, catastrophic included, for a slip inside the period', () => {
    const r = settleYear(tables, {
      person: resident(outside('2025-03-01')),
      bills: [
        { date: '2025-04-01', setting: 'inpatient', level: 'tertiary', total: '200000', settled: { basic: '60000' } },
      ],
    });
    expect(r.bills[0]).toMatchObject({ basic: '0.00', catastrophic: '0.00', fund: '0.00', outOfPocket: '200000.00' });
  });
});

describe('the national region is never a place to settle in', () => {
  const settle = (person: object, date = '2025-03-01') => {
    try {
      settleYear(tables, { person, bills: [primary(date)] });
      return null;
    } catch (e) {
      return isSettlementError(e) ? { code: e.code, field: e.field } : e;
    }
  };

  it('an employee or resident with region 100000 gets a no-table error on the region, whatever national tables exist', () => {
    expect(settle({ region: '100000', scheme: 'employee', category: 'active' })).toEqual({
      code: 'no-table',
      field: 'person.region',
    });
    for (const date of ['2023-06-01', '2025-06-01'])
      expect(settle({ region: '100000', scheme: 'resident', category: 'working-age' }, date)).toEqual({
        code: 'no-table',
        field: 'person.region',
      });
  });

  it('Guangzhou 2026 has premiums only: a bill gets an unknown-rule error, not a crash; a slip still settles', () => {
    const person = { region: '440100', scheme: 'resident', category: 'working-age' };
    expect(settle(person, '2026-03-01')).toEqual({
      code: 'unknown-rule',
      field: '440100-resident-2026-01-01:settings.outpatient.deductible',
    });
    const r = settleYear(tables, {
      person,
      bills: [
        { date: '2026-03-01', setting: 'inpatient', level: 'tertiary', total: '10000', settled: { basic: '6000' } },
      ],
    });
    expect(r.bills[0]).toMatchObject({
      basic: '6000.00',
      catastrophic: '0.00',
      fund: '6000.00',
      deductibleKnown: false,
    });
    expect(r.bills[0]!.warnings.map((w) => w.code)).toContain('unknownLayer');
  });
});
