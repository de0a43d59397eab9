/**
 * What the engine carries on the way to a result, so as not to read its own strings back (issue 8),
 * says what the result says: a year's totals summed from the Decimals each bill's settlement
 * returns equal the totals of the results' strings, steps are plain strings in a Step's key order,
 * and a result is the same as its JSON.
 */
import fc from 'fast-check';
import { settleYear, totalsOf, type BillResult } from '../../src/engine';
import { payFromAccounts } from '../../src/engine/accounts';
import { Dec } from '../../src/engine/money';
import { anyYear, tables } from './arbitraries';

const RUNS = { numRuns: 200 };
/** Every key a step may have, in the order a step has them. */
const KEY_ORDER = ['kind', 'party', 'index', 'base', 'ratio', 'amount', 'from', 'to', 'cites'];
const FIGURES = ['base', 'ratio', 'amount', 'from', 'to'] as const;
const DECIMAL = /^-?\d+(\.\d+)?$/;

describe('what a settlement carries', () => {
  // settleYear adds up twelve amounts and works out inScope, fund, outOfPocket and cash from them
  // (year.ts yearTotals); totalsOf adds every one up on its own.
  it("a year's totals from the Decimals settling returns equal the totals read from the results' strings", () => {
    fc.assert(
      fc.property(anyYear, ({ person, bills }) => {
        const y = settleYear(tables, { person, bills });
        const strings = y.bills.map((r) => JSON.parse(JSON.stringify(r)) as BillResult);
        expect(totalsOf(strings)).toEqual(y.totals);
      }),
      RUNS,
    );
  });

  it('steps are plain decimal strings in the order of a Step, and a result is its JSON', () => {
    fc.assert(
      fc.property(anyYear, ({ person, bills }) => {
        for (const r of settleYear(tables, { person, bills }).bills) {
          for (const s of r.steps) {
            const keys = Object.keys(s);
            expect(keys).toEqual(KEY_ORDER.filter((k) => keys.includes(k)));
            for (const k of FIGURES) if (k in s) expect(s[k]).toMatch(DECIMAL);
          }
          expect(JSON.parse(JSON.stringify(r))).toEqual(r);
        }
      }),
      RUNS,
    );
  });

  it('the balances after paying are what the accounts held less what they paid', () => {
    const o = payFromAccounts(new Dec('1000.50'), { own: new Dec(300), family: [new Dec(200), new Dec(900)] });
    expect([o.balances.own.toFixed(), ...o.balances.family.map((f) => f.toFixed())]).toEqual(['0', '0', '399.5']);
  });
});
