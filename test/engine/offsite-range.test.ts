/**
 * Offsite care as a range (src/engine/offsite-range.ts): where the region's table does not know its
 * offsite rule, the local figure and the figure at the national ceiling of the cut; a table that
 * knows its rule is settled exactly, with no range.
 */
import { settleBill, settleYear, startState } from '../../src/engine';
import { claim } from '../../src/rules/user';
import type { TierTable } from '../../src/tables/schema';
import { tables } from '../tiers';

const person = { region: '110000', scheme: 'employee', category: 'active' } as const;
const bill = (over: Record<string, unknown>) => ({
  date: '2025-03-01',
  setting: 'inpatient',
  level: 'tertiary',
  total: '12000',
  ...over,
});
const settle = (over: Record<string, unknown>, with_: readonly TierTable[] = tables) =>
  settleBill(with_, person, bill(over), startState(person)).result;

describe('offsite range', () => {
  it('a local bill has no range; filed and unfiled bills under a table without the rule have one', () => {
    expect(settle({}).offsiteLow).toBeNull();
    expect(settle({ offsite: 'filed', emergency: true }).offsiteLow).toMatchObject({
      points: '-0.10',
      basic: '8025.00',
    });
    const unfiled = settle({ offsite: 'unfiled' });
    expect(unfiled.basic).toBe('9095.00'); // the upper end: settled as local
    expect(unfiled.offsiteLow).toMatchObject({ points: '-0.20', basic: '6955.00', outOfPocket: '5045.00' });
    expect(unfiled.offsiteLow!.cites[0]).toMatchObject({ grade: 'B', path: 'offsiteBounds.otherTemporary' });
    expect(unfiled.offsiteLow!.cites[0]!.source.docNo).toBe('医保发〔2022〕22号');
    expect(unfiled.warnings.find((w) => w.code === 'unknownOffsite')?.cites).toHaveLength(1);
  });

  it('no range without the national tables, nor where a slip gave the fund figure', () => {
    const regional = tables.filter((t) => t.region !== '100000');
    expect(settle({ offsite: 'unfiled' }, regional).offsiteLow).toBeNull();
    expect(settle({ offsite: 'unfiled', settled: { basic: '5000' } }).offsiteLow).toBeNull();
  });

  it('a table that knows its offsite rule (a person’s own) is settled exactly, with no range', () => {
    const beijing = tables.find((t) => t.id === '110000-employee-2010-05-01')!;
    const mine = claim(beijing, '2026-12-01');
    const cut = {
      value: '-0.15',
      source: mine.sources[0]!.id,
      clause: '异地就医未备案降低15个百分点',
      grade: 'C' as const,
    };
    const own = { ...mine, offsite: { filed: { unknown: true as const, note: 'n/a' }, unfiled: { ratioPoints: cut } } };
    const r = settle({ offsite: 'unfiled' }, [...tables.filter((t) => t.region === '100000'), own]);
    expect(r.offsiteLow).toBeNull();
    expect(r.basic).toBe('7490.00'); // (0.85 − 0.15) × (12000 − 1300)
  });

  it('the year goes on from the local figures: the range does not change what later bills see', () => {
    const year = settleYear(tables, {
      person,
      bills: [bill({ offsite: 'unfiled' }), bill({ date: '2025-05-01', total: '5000' })],
    });
    const alone = settleYear(tables, { person, bills: [bill({}), bill({ date: '2025-05-01', total: '5000' })] });
    expect(year.bills[1]!.basic).toBe(alone.bills[1]!.basic);
  });
});
