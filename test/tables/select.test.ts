/**
 * Choosing the table in force (README, "A table stays in force until a later file of the same
 * region and scheme replaces it"), and the no-table error for dates and regions it does not cover.
 */
import { isSettlementError, settleYear, type SettlementError } from '../../src/engine';
import { tableFor } from '../../src/engine/table';
import { asPinned, inForce, newerThanPin, periodsOf, tableForOptions } from '../../src/tables/select';

import { tables } from '../tiers';

function errorOf(run: () => unknown): SettlementError {
  try {
    run();
  } catch (e) {
    if (isSettlementError(e)) return e;
    throw e;
  }
  throw new Error('expected a SettlementError');
}

describe('tableFor (src/engine/table.ts)', () => {
  it('takes the latest table effective on or before the date', () => {
    expect(tableFor(tables, '110000', 'resident', '2018-01-01').id).toBe('110000-resident-2018-01-01');
    expect(tableFor(tables, '110000', 'resident', '2018-12-31').id).toBe('110000-resident-2018-01-01');
    expect(tableFor(tables, '110000', 'resident', '2019-01-01').id).toBe('110000-resident-2019-01-01');
  });

  it('keeps a table in force until a later one replaces it, long after its last confirmation', () => {
    expect(tableFor(tables, '110000', 'resident', '2031-06-01').id).toBe('110000-resident-2019-01-01');
    expect(tableFor(tables, '370000', 'resident', '2020-01-01').id).toBe('370000-resident-2014-04-01');
  });

  it('does not depend on the order the tables come in', () => {
    expect(tableFor([...tables].reverse(), '110000', 'resident', '2018-06-01').id).toBe('110000-resident-2018-01-01');
  });

  it('keeps regions and schemes apart', () => {
    expect(tableFor(tables, '110000', 'employee', '2019-06-01').id).toBe('110000-employee-2010-05-01');
    expect(tableFor(tables, '120000', 'resident', '2015-01-01').id).toBe('120000-resident-2014-07-01');
  });

  it('gives no-table, naming the date field, for a date before the first table', () => {
    const e = errorOf(() => tableFor(tables, '120000', 'resident', '2014-06-30', 'bills[3].date'));
    expect({ code: e.code, field: e.field }).toEqual({ code: 'no-table', field: 'bills[3].date' });
    expect(e.reason.en).toContain('July 1, 2014');
    expect(e.reason.zh).toContain('2014年7月1日');
    expect(e.reason.zh).toContain('2014年6月30日');
  });

  it('gives no-table for a region (or a scheme of a region) without tables', () => {
    expect(errorOf(() => tableFor(tables, '999999', 'employee', '2025-01-01')).code).toBe('no-table');
    const e = errorOf(() => tableFor(tables, '370000', 'employee', '2015-01-01'));
    expect({ code: e.code, field: e.field }).toEqual({ code: 'no-table', field: 'person.region' });
  });
});

describe('table choice in a settlement', () => {
  const person = { region: '110000', scheme: 'employee', category: 'active' };
  const bill = (date: string) => ({ date, setting: 'outpatient', level: 'tertiary', total: '100' });

  it('names the date of the bill before the first table, as the caller numbered it', () => {
    const e = errorOf(() => settleYear(tables, { person, bills: [bill('2012-01-01'), bill('2010-04-30')] }));
    expect({ code: e.code, field: e.field }).toEqual({ code: 'no-table', field: 'bills[1].date' });
  });

  it('settles each bill under the table in force on its own date', () => {
    const resident = { region: '110000', scheme: 'resident', category: 'student' };
    const y = settleYear(tables, {
      person: resident,
      bills: [
        { ...bill('2018-12-31'), level: 'community' },
        { ...bill('2019-01-01'), level: 'community' },
      ],
    });
    expect(y.bills.map((b) => b.table.id)).toEqual(['110000-resident-2018-01-01', '110000-resident-2019-01-01']);
  });

  it('gives no-table for an unknown region', () => {
    expect(
      errorOf(() => settleYear(tables, { person: { ...person, region: '990000' }, bills: [bill('2025-01-01')] })).code,
    ).toBe('no-table');
  });
});

describe('inForce and the tables a form offers', () => {
  it('says why there is no table: none of the region and scheme, or a date before the first', () => {
    expect(inForce(tables, '999999', 'employee', '2025-01-01')).toEqual({ ok: false, reason: 'no-table' });
    expect(inForce(tables, '120000', 'resident', '2014-06-30')).toEqual({
      ok: false,
      reason: 'before-first',
      first: '2014-07-01',
    });
  });
  it('offers the earliest table’s options for a date before it, and nothing without tables', () => {
    expect(tableForOptions(tables, '120000', 'resident', '2000-01-01')?.id).toBe('120000-resident-2014-07-01');
    expect(tableForOptions(tables, '999999', 'resident', '2000-01-01')).toBeNull();
  });
  it('lists a region and scheme’s periods oldest first', () => {
    expect(periodsOf([...tables].reverse(), '110000', 'resident').map((t) => t.effective)).toEqual([
      '2018-01-01',
      '2019-01-01',
    ]);
  });
});

describe('asPinned: the tables as a link saw them', () => {
  it('sets aside the region’s periods newer than the pin, and keeps every other table', () => {
    const p = asPinned(tables, '110000', 'resident', '2018-01-01');
    expect(p.missing).toBe(false);
    expect(periodsOf(p.tables, '110000', 'resident').map((t) => t.effective)).toEqual(['2018-01-01']);
    expect(p.tables.filter((t) => t.region !== '110000' || t.scheme !== 'resident')).toHaveLength(tables.length - 2);
    expect(newerThanPin(tables, '110000', 'resident', '2018-01-01')?.effective).toBe('2019-01-01');
  });
  it('says so when the pin names no table, and uses the tables in force', () => {
    const p = asPinned(tables, '110000', 'resident', '2018-01-02');
    expect(p).toEqual({ tables, missing: true });
  });
  it('changes nothing without a pin', () => {
    expect(asPinned(tables, '110000', 'resident', '')).toEqual({ tables, missing: false });
    expect(newerThanPin(tables, '110000', 'resident', '')).toBeNull();
  });
});
