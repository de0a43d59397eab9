/**
 * A result writes its steps and its effectiveRatio when they are first read, and carries its
 * amounts as Decimals for the year's sums (issue 8). Whoever reads them sees what an eager result
 * would have held: the same array every time, plain strings in the keys' order, the same figures
 * read early or late, and in JSON.
 */
import fc from 'fast-check';
import { settleBill, settleYear, startState, totalsOf, type BillResult } from '../../src/engine';
import { payFromAccounts } from '../../src/engine/accounts';
import { Dec } from '../../src/engine/money';
import { anyYear, inDateOrder, tables } from './arbitraries';

const RUNS = { numRuns: 200 };
/** Every key a step may have, in the order a step has them. */
const KEY_ORDER = ['kind', 'party', 'index', 'base', 'ratio', 'amount', 'from', 'to', 'cites'];
const FIGURES = ['base', 'ratio', 'amount', 'from', 'to'] as const;
const DECIMAL = /^-?\d+(\.\d+)?$/;

function checkSteps(r: BillResult): void {
  const steps = r.steps;
  expect(r.steps).toBe(steps);
  for (const s of steps) {
    const keys = Object.keys(s);
    expect(keys).toEqual(KEY_ORDER.filter((k) => keys.includes(k)));
    for (const k of FIGURES) if (k in s) expect(s[k]).toMatch(DECIMAL);
    expect(Array.isArray(s.cites)).toBe(true);
  }
}

describe('lazily written results', () => {
  it('steps are the same array at every read, plain decimal strings in the order of a Step', () => {
    fc.assert(
      fc.property(anyYear, ({ person, bills }) => {
        for (const r of settleYear(tables, { person, bills }).bills) checkSteps(r);
      }),
      RUNS,
    );
  });

  it('steps and effectiveRatio read at once equal those read after the rest of the year was settled', () => {
    fc.assert(
      fc.property(anyYear, ({ person, bills }) => {
        let state = startState(person);
        const early = inDateOrder(bills).map(({ bill, index }) => {
          const r = settleBill(tables, person, bill, state, index);
          state = r.state;
          return { steps: structuredClone(r.result.steps), ratio: r.result.effectiveRatio };
        });
        const late = settleYear(tables, { person, bills }).bills;
        expect(late.map((r) => ({ steps: structuredClone(r.steps), ratio: r.effectiveRatio }))).toEqual(early);
      }),
      RUNS,
    );
  });

  it('effectiveRatio is fund ÷ total, four decimals half-up, and JSON carries it and the steps', () => {
    fc.assert(
      fc.property(anyYear, ({ person, bills }) => {
        for (const r of settleYear(tables, { person, bills }).bills) {
          const total = new Dec(r.total);
          const expected = total.isZero() ? '0.0000' : new Dec(r.fund).dividedBy(total).toFixed(4, Dec.ROUND_HALF_UP);
          expect(r.effectiveRatio).toBe(expected);
          const copy = JSON.parse(JSON.stringify(r)) as BillResult;
          expect(copy.effectiveRatio).toBe(expected);
          expect(copy.steps).toEqual(r.steps);
          expect({ ...r }).toEqual(copy);
        }
      }),
      RUNS,
    );
  });

  it("a year's totals from the Decimals a result carries equal the totals read from its strings", () => {
    fc.assert(
      fc.property(anyYear, ({ person, bills }) => {
        const y = settleYear(tables, { person, bills });
        const strings = y.bills.map((r) => JSON.parse(JSON.stringify(r)) as BillResult);
        expect(totalsOf(strings)).toEqual(y.totals);
      }),
      RUNS,
    );
  });

  it('the balances after paying, worked out when read, are what the accounts held less what they paid', () => {
    const o = payFromAccounts(new Dec('1000.50'), { own: new Dec(300), family: [new Dec(200), new Dec(900)] });
    expect(o.balances).toBe(o.balances);
    expect([o.balances.own.toFixed(), ...o.balances.family.map((f) => f.toFixed())]).toEqual(['0', '0', '399.5']);
  });
});
