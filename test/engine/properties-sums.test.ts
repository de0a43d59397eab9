/**
 * Invariants of every settled bill (DOMAIN.md §2.7–2.8): the parts add up to the whole, exactly,
 * per bill and over the year; each payer's steps add up to what it pays; nothing is negative.
 */
import fc from 'fast-check';
import { PAYERS, settleYear } from '../../src/engine';
import type { BillResult } from '../../src/engine';
import { anyYear, bjEmployeeYearOf, hugeFen, provinceResidentYearOf, tables } from './arbitraries';
import { D, add, fen } from './decimal';

const RUNS = { numRuns: 1000 };
const eq = (a: string | D, b: string | D) => new D(a).equals(b);

const partsAddUp = (
  r: Pick<
    BillResult,
    'total' | 'fund' | 'outOfPocket' | (typeof PAYERS)[number] | 'accountOwn' | 'accountFamily' | 'cash'
  >,
) =>
  eq(add([r.fund, r.outOfPocket]), r.total) &&
  eq(add(PAYERS.map((p) => r[p])), r.fund) &&
  eq(add([r.accountOwn, r.accountFamily, r.cash]), r.outOfPocket);

/** The step kinds through which a fund pays (the others are the patient's share or its payment). */
// 'rounding' steps carry the fen a payer moves when a cost shared with another payer is rounded once (src/engine/rounding.ts).
const FUND_KINDS = new Set(['band', 'overflow', 'catastrophic', 'assistance', 'settled', 'rounding']);

describe('settlement properties: sums', () => {
  it('fund + outOfPocket = total, fund = sum of payers, accounts + cash = outOfPocket (per bill and year)', () => {
    fc.assert(
      fc.property(anyYear, ({ person, bills }) => {
        const y = settleYear(tables, { person, bills });
        expect(y.bills).toHaveLength(bills.length);
        for (const b of y.bills) {
          if (!partsAddUp(b)) throw new Error(`bill ${b.index} does not add up: ${JSON.stringify(b)}`);
          expect(eq(add(b.accountFamilyEach), b.accountFamily)).toBe(true);
        }
        expect(partsAddUp(y.totals)).toBe(true);
        expect(y.totals.total).toBe(fen(add(bills.map((b) => b.total))));
      }),
      RUNS,
    );
  });

  it('the parts add up exactly for the largest amounts the engine takes (just below 10¹² yuan)', () => {
    const huge = fc.oneof(bjEmployeeYearOf(hugeFen), provinceResidentYearOf(hugeFen));
    fc.assert(
      fc.property(huge, ({ person, bills }) => {
        const y = settleYear(tables, { person, bills });
        for (const b of y.bills)
          if (!partsAddUp(b)) throw new Error(`bill ${b.index} does not add up: ${JSON.stringify(b)}`);
        expect(partsAddUp(y.totals)).toBe(true);
      }),
      RUNS,
    );
  });

  it("each payer's steps add up, rounded once half-up, to what the result says it pays", () => {
    fc.assert(
      fc.property(anyYear, ({ person, bills }) => {
        for (const b of settleYear(tables, { person, bills }).bills) {
          for (const p of PAYERS) {
            const exact = add(b.steps.filter((s) => s.party === p && FUND_KINDS.has(s.kind)).map((s) => s.amount));
            expect({ bill: b.index, payer: p, paid: fen(exact) }).toEqual({ bill: b.index, payer: p, paid: b[p] });
          }
        }
      }),
      RUNS,
    );
  });

  it('no payer is negative; inScope ≤ total; deductible ≤ inScope', () => {
    fc.assert(
      fc.property(anyYear, ({ person, bills }) => {
        for (const b of settleYear(tables, { person, bills }).bills) {
          for (const k of [
            ...PAYERS,
            'fund',
            'outOfPocket',
            'accountOwn',
            'accountFamily',
            'cash',
            'inScope',
            'deductible',
            'preSelfPay',
          ] as const) {
            // A leading minus sign is wrong even on zero ("-0.00" must never reach the page).
            expect({ bill: b.index, k, value: b[k], negative: b[k].startsWith('-') }).toEqual({
              bill: b.index,
              k,
              value: b[k],
              negative: false,
            });
          }
          expect(new D(b.inScope).lessThanOrEqualTo(b.total)).toBe(true);
          expect(new D(b.deductible).lessThanOrEqualTo(b.inScope)).toBe(true);
        }
      }),
      RUNS,
    );
  });
});
