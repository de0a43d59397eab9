/** The side-by-side comparison: the same bill at every level the table knows, errors kept per level. */
import { compareLevels, moneyDifference, startState } from '../../src/engine';
import { bjActive, bjResident, tableById, tables } from './fixtures';

describe('compareLevels', () => {
  const bill = { date: '2025-03-01', setting: 'inpatient', level: 'tertiary', total: '35000' };

  it('returns every level of the table, in the table’s order, each settled at that level', () => {
    const out = compareLevels(tables, bjActive, bill, startState(bjActive));
    expect(out.map((o) => o.level)).toEqual(tableById('110000-employee-2010-05-01').levels);
    expect(out.map((o) => o.result?.level)).toEqual(out.map((o) => o.level));
    // 28,700 above the deductible in the first band, 5,000 in the second: 0.90+0.95 / 0.87+0.92 / 0.85+0.90.
    expect(out.map((o) => o.result?.basic)).toEqual(['30580.00', '30580.00', '29569.00', '28895.00']);
  });

  it('keeps an unknown rule as that level’s error instead of failing the comparison', () => {
    const out = compareLevels(tables, bjResident, { ...bill, date: '2019-05-01' }, startState(bjResident));
    expect(out.map((o) => [o.level, o.error?.code])).toEqual([
      ['community', 'unknown-rule'],
      ['primary', 'unknown-rule'],
      ['secondary', 'unknown-rule'],
      ['tertiary', 'unknown-rule'],
    ]);
  });
});

describe('moneyDifference', () => {
  it('subtracts two money strings exactly, to two decimals, negative when the first is smaller', () => {
    expect(moneyDifference('2905.00', '2691.00')).toBe('214.00');
    expect(moneyDifference('0.10', '0.30')).toBe('-0.20');
    expect(moneyDifference('100000000.01', '0.02')).toBe('99999999.99');
  });
});
