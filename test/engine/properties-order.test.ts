/**
 * How bills relate to each other: a dearer bill never costs the patient less nor the funds less
 * (monotonic), and a year is nothing more than its bills folded in date order over the state.
 */
import fc from 'fast-check';
import { settleBill, settleYear, startState, type BillIn, type YearState } from '../../src/engine';
import { anyYear, bjEmployeePrior, bjEmployeeYear, inDateOrder, money, tables, type YearCase } from './arbitraries';
import { D } from './decimal';

const RUNS = { numRuns: 1000 };

/** Everything before the last bill, settled in date order: the state the last bill meets. */
function stateBefore({ person, bills }: YearCase): { state: YearState; last: BillIn } {
  const ordered = inDateOrder(bills);
  let state = startState(person);
  for (const { bill, index } of ordered.slice(0, -1)) state = settleBill(tables, person, bill, state, index).state;
  return { state, last: ordered.at(-1)!.bill };
}

/** A raise of the total in fen: a few fen (rounding edges), up to 5,000 yuan (deductible and band edges) or 100,000 (cap edges). */
const raise = fc.oneof(
  fc.integer({ min: 1, max: 4 }),
  fc.integer({ min: 1, max: 500_000 }),
  fc.integer({ min: 1, max: 10_000_000 }),
);

const plus = (amount: string, fen: number): string => money(new D(amount).times(100).plus(fen).toNumber());

/**
 * Beijing employee years that open with a large admission on the first day of the last bill's
 * benefit year, so the last bill often lies past the basic fund's trigger point, where the next
 * layers (大额互助, retiree top-up) pay and each is rounded on its own.
 */
const pastTheCap = fc.tuple(bjEmployeeYear, fc.integer({ min: 12_000_000, max: 50_000_000 })).map(([year, big]) => {
  const last = inDateOrder(year.bills).at(-1)!.bill;
  const opening: BillIn = {
    date: `${last.date.slice(0, 4)}-01-01`,
    setting: 'inpatient',
    level: 'tertiary',
    total: money(big),
  };
  return { ...year, bills: [opening, ...year.bills] };
});

describe('settlement properties: order', () => {
  // Both settle the same bill from the same state, once as given and once with a dearer total.
  const years = fc.oneof(anyYear, pastTheCap);
  const settlePair = (year: YearCase, delta: number) => {
    const { state, last } = stateBefore(year);
    const dearer = { ...last, total: plus(last.total, delta) };
    return {
      before: settleBill(tables, year.person, last, state).result,
      after: settleBill(tables, year.person, dearer, state).result,
    };
  };

  it('raising a bill’s total (other parts unchanged) never lowers fund', () => {
    fc.assert(
      fc.property(years, raise, (year, delta) => {
        const { before, after } = settlePair(year, delta);
        expect({
          total: after.total,
          fund: after.fund,
          notLower: new D(after.fund).greaterThanOrEqualTo(before.fund),
        }).toEqual({ total: after.total, fund: after.fund, notLower: true });
      }),
      RUNS,
    );
  });

  // Past the trigger point a retiree's extra cost is shared by two payers each rounded on its own
  // (大额互助 0.80, top-up 0.10); a raise of a fen or two there probes whether rounding can give the
  // funds more than the raise itself.
  it('raising a bill’s total (other parts unchanged) never lowers outOfPocket', () => {
    fc.assert(
      fc.property(years, raise, (year, delta) => {
        const { before, after } = settlePair(year, delta);
        expect({
          from: [before.total, before.outOfPocket],
          to: [after.total, after.outOfPocket],
          notLower: new D(after.outOfPocket).greaterThanOrEqualTo(before.outOfPocket),
        }).toEqual({ from: [before.total, before.outOfPocket], to: [after.total, after.outOfPocket], notLower: true });
      }),
      RUNS,
    );
  });

  it('settling a year equals folding settleBill over its bills in date order from startState', () => {
    const withPrior = fc.tuple(bjEmployeeYear, bjEmployeePrior).map(([y, prior]) => ({ ...y, prior }));
    fc.assert(
      fc.property(fc.oneof(anyYear, withPrior), (year) => {
        const prior = 'prior' in year ? year.prior : undefined;
        const whole = settleYear(tables, { person: year.person, bills: year.bills, ...(prior ? { prior } : {}) });
        let state = startState(year.person, prior);
        const folded = inDateOrder(year.bills).map(({ bill, index }) => {
          const r = settleBill(tables, year.person, bill, state, index);
          state = r.state;
          return r.result;
        });
        expect(whole.bills).toHaveLength(folded.length);
        whole.bills.forEach((r, i) => expect(r).toEqual(folded[i]));
        expect(whole.state).toEqual(state);
      }),
      RUNS,
    );
  });
});
