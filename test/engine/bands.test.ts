/**
 * Bands (分段) and the cap's trigger point (DOMAIN.md §2.3–2.4): slices of cumulative cost at each
 * band's ratio, and a payer that stops exactly where its annual room runs out.
 */
import { settleYear } from '../../src/engine';
import { payWithCap, slicesOf, type BandLine, type Slice } from '../../src/engine/bands';
import { Dec } from '../../src/engine/money';
import { D } from './decimal';
import { bjActive, errorOf, tableById, tables } from './fixtures';

const table = tableById('110000-employee-2010-05-01');
const line = (upTo: string | null, ratio: string | null, path = 'p'): BandLine => ({
  upTo: upTo === null ? null : new Dec(upTo),
  ratio: ratio === null ? null : new Dec(ratio),
  ratioText: ratio ?? '',
  cites: [],
  path,
});
const lines = [line('30000', '0.85'), line('40000', '0.90'), line(null, '0.95')];
const plain = (ss: readonly Slice[]) => ss.map((s) => [s.from.toFixed(), s.to.toFixed(), s.ratio.toFixed()]);
const X = { zh: 'x', en: 'x' };
const slice = (from: string, to: string, ratio: string): Slice => ({
  from: new Dec(from),
  to: new Dec(to),
  ratio: new Dec(ratio),
  ratioText: ratio,
  cites: [],
});

describe('slicesOf', () => {
  it('cuts a stretch of cumulative cost at the band limits, each part at its band’s ratio', () => {
    expect(plain(slicesOf(table, new Dec(1300), new Dec(45000), lines, X))).toEqual([
      ['1300', '30000', '0.85'],
      ['30000', '40000', '0.9'],
      ['40000', '45000', '0.95'],
    ]);
  });

  it('starts inside a band where the year’s count already is, and gives nothing for an empty stretch', () => {
    expect(plain(slicesOf(table, new Dec(35000), new Dec(36000.5), lines, X))).toEqual([['35000', '36000.5', '0.9']]);
    expect(slicesOf(table, new Dec(500), new Dec(500), lines, X)).toEqual([]);
    expect(plain(slicesOf(table, new Dec(30000), new Dec(40000), lines, X))).toEqual([['30000', '40000', '0.9']]);
  });

  it('throws unknown-rule for a band it must use whose ratio is unknown, and not for one it does not reach', () => {
    const partly = [line('30000', '0.85'), line(null, null, 'settings.inpatient.bands.schedules[0].bands[1]')];
    expect(plain(slicesOf(table, new Dec(0), new Dec(30000), partly, X))).toEqual([['0', '30000', '0.85']]);
    const e = errorOf(() => slicesOf(table, new Dec(0), new Dec(30000.01), partly, X));
    expect({ code: e.code, field: e.field }).toEqual({
      code: 'unknown-rule',
      field: '110000-employee-2010-05-01:settings.inpatient.bands.schedules[0].bands[1]',
    });
  });
});

describe('slicesOf with the stretch’s length', () => {
  it('gives it as the width of a slice that is the whole stretch, and payWithCap pays on it as on to − from', () => {
    const [start, end, length] = [new Dec(35000), new Dec(36000.5), new Dec(1000.5)];
    const [one] = slicesOf(table, start, end, lines, X, length);
    expect(one!.width).toBe(length);
    expect(plain([one!])).toEqual(plain(slicesOf(table, start, end, lines, X)));
    const [paid] = payWithCap([one!], null).paid;
    expect(paid!.width).toBe(length);
    expect(paid!.amount.toFixed()).toBe(
      payWithCap(slicesOf(table, start, end, lines, X), null).paid[0]!.amount.toFixed(),
    );
  });

  it('gives no width to a slice that is only part of the stretch', () => {
    const ss = slicesOf(table, new Dec(1300), new Dec(45000), lines, X, new Dec(43700));
    expect(ss.map((s) => s.width)).toEqual([undefined, undefined, undefined]);
  });
});

describe('payWithCap', () => {
  it('pays every slice at its ratio when there is no cap or room enough (exactly enough included)', () => {
    const ss = [slice('0', '100', '0.5'), slice('100', '300', '0.9')];
    for (const room of [null, new Dec(230), new Dec(1000)]) {
      const { paid, beyond } = payWithCap(ss, room);
      expect(paid.map((p) => p.amount.toFixed())).toEqual(['50', '180']);
      expect(beyond).toEqual([]);
    }
  });

  it('stops at the trigger point from + room ÷ ratio, inside a band, with a non-terminating division', () => {
    const { paid, beyond } = payWithCap([slice('0', '100', '0.5'), slice('100', '1000', '0.3')], new Dec(150));
    // 50 in the first slice leaves 100 for the second: 100 ÷ 0.3 = 333.333… beyond 100.
    expect(paid.map((p) => p.amount.toFixed())).toEqual(['50', '100']);
    const trigger = paid[1]!.to;
    const expected = new D(100).plus(new D(100).dividedBy(new D('0.3')));
    expect(new D(trigger.toFixed()).minus(expected).abs().lessThan('1e-50')).toBe(true);
    expect(trigger.toFixed(2)).toBe('433.33');
    expect(beyond).toHaveLength(1);
    expect(beyond[0]!.from.equals(trigger)).toBe(true);
    expect(beyond[0]!.to.toFixed()).toBe('1000');
    // The payer pays exactly its room, not the room's rounded image through the division.
    expect(paid[0]!.amount.plus(paid[1]!.amount).toFixed()).toBe('150');
  });

  it('passes later slices beyond whole once the room is used up, and everything when none is left', () => {
    const ss = [slice('0', '100', '0.5'), slice('100', '200', '0.7'), slice('200', '300', '0.9')];
    const { paid, beyond } = payWithCap(ss, new Dec(50));
    expect(paid.map((p) => [p.to.toFixed(), p.amount.toFixed()])).toEqual([['100', '50']]);
    expect(plain(beyond)).toEqual([
      ['100', '200', '0.7'],
      ['200', '300', '0.9'],
    ]);
    const none = payWithCap(ss, new Dec(0));
    expect(none.paid).toEqual([]);
    expect(plain(none.beyond)).toEqual(plain(ss));
  });

  // Found by the property tests over random tables: a 0% band after the cap ran out was "paid" with
  // 0 instead of going past the trigger point, so the next layer never paid on it.
  it('passes a band the fund pays 0% of beyond, once the room is used up', () => {
    const ss = [slice('0', '100', '0.5'), slice('100', '300', '0')];
    const { paid, beyond } = payWithCap(ss, new Dec(50));
    expect(paid.map((p) => p.amount.toFixed())).toEqual(['50']);
    expect(plain(beyond)).toEqual([['100', '300', '0']]);
    // Under the cap a 0% band is the fund paying nothing there, not beyond the trigger point.
    expect(payWithCap(ss, new Dec(60)).beyond).toEqual([]);
  });

  it('gives a Beijing admission past the 100,000 basic cap a trigger point of 40,000 + 66,605 ÷ 0.95', () => {
    // Active, tertiary, first admission: 0.85 × (30,000 − 1,300) + 0.90 × 10,000 = 33,395 leaves 66,605.
    const r = settleYear(tables, {
      person: bjActive,
      bills: [{ date: '2025-03-01', setting: 'inpatient', level: 'tertiary', total: '200000.00' }],
    }).bills[0]!;
    const trigger = new D(40000).plus(new D(66605).dividedBy(new D('0.95')));
    const beyond = r.steps.find((s) => s.kind === 'beyondCap')!;
    expect(new D(beyond.from!).minus(trigger).abs().lessThan('1e-50')).toBe(true);
    expect(r.basic).toBe('100000.00');
    expect(r.supplementary).toBe(
      new D(200000).minus(trigger).times('0.85').toDecimalPlaces(2, D.ROUND_HALF_UP).toFixed(2),
    );
  });
});
