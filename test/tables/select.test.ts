/**
 * Choosing the table in force (README, "A table stays in force until a later file of the same
 * region and scheme replaces it"), and the no-table error for dates and regions it does not cover.
 */
import { isSettlementError, settleYear, type SettlementError } from '../../src/engine';
import { tableByEffective, tableFor } from '../../src/tables/select';

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

describe('tableFor', () => {
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

describe('tableByEffective', () => {
  it('finds the table a share link pinned, or nothing', () => {
    expect(tableByEffective(tables, '110000', 'resident', '2018-01-01')?.id).toBe('110000-resident-2018-01-01');
    expect(tableByEffective(tables, '110000', 'resident', '2018-01-02')).toBeUndefined();
  });
});
