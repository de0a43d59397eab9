/**
 * The settlement properties over random VALID tier tables (test/engine/table-arbitraries.ts), not
 * only the real ones: whatever shape of DOMAIN.md §3a a table uses, the parts of every bill add up
 * exactly, no payer passes its cap, and a dearer bill never costs the patient less.
 *
 * A table may record a value as unknown; a settlement that needs it throws an `unknown-rule`
 * SettlementError, which is a correct answer, not a failure. The properties hold of the results,
 * and each test asserts that most runs were settled, so none passes empty-handed.
 */
import fc from 'fast-check';
import {
  PAYERS,
  isSettlementError,
  settleBill,
  settleYear,
  startState,
  type BillIn,
  type BillResult,
  type YearState,
} from '../../src/engine';
import { firstMatch } from '../../src/engine/match';
import { AMOUNT_KEYS, type Amounts } from '../../src/engine/result';
import { checkTable } from '../../src/tables/check';
import type { Cap, TierTable } from '../../src/tables/schema';
import { inDateOrder } from './arbitraries';
import { D, add } from './decimal';
import { tableArb, tableYear, type TableYear } from './table-arbitraries';

const RUNS = { numRuns: 1000 };
/** The share of runs that must reach a result for a property to count. */
const SETTLED_AT_LEAST = 0.8;

/** The generated table, as `checkTable` reads it: a table it rejects is a bug of the generator. */
function checked(table: TierTable): TierTable {
  const r = checkTable(table);
  expect(r.ok ? [] : r.problems).toEqual([]);
  expect(r.ok).toBe(true);
  return (r as { table: TierTable }).table;
}

/** The result, or null where the table records a value the settlement needs as unknown. */
function unlessUnknown<T>(run: () => T): T | null {
  try {
    return run();
  } catch (e) {
    if (isSettlementError(e) && e.code === 'unknown-rule') return null;
    throw e;
  }
}

/** Counts runs and settled runs, and says at the end whether enough were settled. */
function tally() {
  let runs = 0;
  let settled = 0;
  return {
    run: () => runs++,
    settled: () => settled++,
    check: (what: string) =>
      expect({ what, runs, settled, enough: settled / runs >= SETTLED_AT_LEAST }).toEqual({
        what,
        runs,
        settled,
        enough: true,
      }),
  };
}

const d = (x: string | D) => new D(x);

/** Every way a bill's (or a year's) amounts fail to add up, as readable lines; empty when they add up. */
function sumProblems(r: Amounts): string[] {
  const out: string[] = [];
  const same = (what: string, a: D, b: string) => {
    if (!a.equals(b)) out.push(`${what}: ${a.toFixed(2)} ≠ ${b}`);
  };
  same('basic + supplementary + topUp + catastrophic + assistance = fund', add(PAYERS.map((p) => r[p])), r.fund);
  same('total − fund = outOfPocket', d(r.total).minus(r.fund), r.outOfPocket);
  same(
    'total − outOfCatalog − overLimit − preSelfPay = inScope',
    d(r.total).minus(r.outOfCatalog).minus(r.overLimit).minus(r.preSelfPay),
    r.inScope,
  );
  same('accountOwn + accountFamily + cash = outOfPocket', add([r.accountOwn, r.accountFamily, r.cash]), r.outOfPocket);
  // A leading minus is wrong even on zero ("-0.00" must never reach the page).
  for (const k of AMOUNT_KEYS) if (r[k].startsWith('-')) out.push(`${k} is negative: ${r[k]}`);
  if (d(r.fund).greaterThan(r.total)) out.push(`fund ${r.fund} > total ${r.total}`);
  // Funds look only at in-scope cost (DOMAIN.md §1), so together they never pay more than it.
  if (d(r.fund).greaterThan(r.inScope)) out.push(`fund ${r.fund} > inScope ${r.inScope}`);
  if (d(r.deductible).greaterThan(r.inScope)) out.push(`deductible ${r.deductible} > inScope ${r.inScope}`);
  return out;
}

/** A finite cap, or null for none or unknown. */
const capOf = (c: Cap | undefined): D | null => (c && 'value' in c && c.value !== 'none' ? d(c.value) : null);

/** The benefit year a date falls in, from the table's start day (MM-DD). */
const benefitYear = (t: TierTable, date: string): number =>
  Number(date.slice(0, 4)) - (date.slice(5) >= t.benefitYearStart ? 0 : 1);

describe('settlement properties over random valid tables', () => {
  it('the generator makes only tables checkTable accepts', () => {
    fc.assert(
      fc.property(tableArb, (t) => {
        checked(t);
      }),
      RUNS,
    );
  });

  it('the parts add up exactly on every bill and for the year; nothing is negative; fund ≤ inScope ≤ total', () => {
    const count = tally();
    fc.assert(
      fc.property(tableYear, ({ table, person, bills }) => {
        count.run();
        const t = checked(table);
        const y = unlessUnknown(() => settleYear([t], { person, bills }));
        if (!y) return;
        count.settled();
        expect(y.bills).toHaveLength(bills.length);
        for (const b of y.bills)
          expect({ bill: b.index, problems: sumProblems(b) }).toEqual({ bill: b.index, problems: [] });
        expect({ year: sumProblems(y.totals) }).toEqual({ year: [] });
        expect(y.totals.total).toBe(add(bills.map((b) => b.total)).toFixed(2));
      }),
      RUNS,
    );
    count.check('parts add up');
  });

  it('no payer passes its annual cap over a benefit year', () => {
    const count = tally();
    const atCap: Record<string, number> = { basic: 0, overflow: 0, catastrophic: 0, assistance: 0 };
    fc.assert(
      fc.property(tableYear, ({ table, person, bills }) => {
        count.run();
        const t = checked(table);
        const y = unlessUnknown(() => settleYear([t], { person, bills }));
        if (!y) return;
        count.settled();
        const paid = new Map<string, D>();
        const within = (kind: string, key: string, amount: string, cap: D | null, b: BillResult) => {
          const sum = (paid.get(key) ?? new D(0)).plus(amount);
          paid.set(key, sum);
          if (!cap) return;
          expect({
            bill: b.index,
            key,
            sum: sum.toFixed(2),
            cap: cap.toFixed(2),
            within: sum.lessThanOrEqualTo(cap),
          }).toEqual({
            bill: b.index,
            key,
            sum: sum.toFixed(2),
            cap: cap.toFixed(2),
            within: true,
          });
          if (sum.equals(cap) && d(amount).greaterThan(0)) atCap[kind]!++;
        };
        for (const b of y.bills) {
          const by = benefitYear(t, b.date);
          const rules = t.settings[b.setting]!;
          within('basic', `basic:${b.setting}:${by}`, b.basic, capOf(rules.cap), b);
          for (const payer of ['supplementary', 'topUp'] as const) {
            const layer = rules.overflow.find((l) => l.payer === payer);
            if (!layer)
              expect({ bill: b.index, payer, paid: b[payer] }).toEqual({ bill: b.index, payer, paid: '0.00' });
            else within('overflow', `${payer}:${b.setting}:${by}`, b[payer], capOf(layer.cap), b);
          }
          const who = {
            level: b.level,
            category: person.category,
            admission: b.admission,
            age: person.age,
            hardship: person.hardship ?? false,
          };
          const cat =
            t.catastrophic && !('unknown' in t.catastrophic) ? firstMatch(t.catastrophic.variants, who) : null;
          if (!cat)
            expect({ bill: b.index, catastrophic: b.catastrophic }).toEqual({ bill: b.index, catastrophic: '0.00' });
          within('catastrophic', `catastrophic:${by}`, b.catastrophic, cat && capOf(cat[0].cap), b);
          const aid = t.assistance ? firstMatch(t.assistance.variants, who) : null;
          if (!aid) expect({ bill: b.index, assistance: b.assistance }).toEqual({ bill: b.index, assistance: '0.00' });
          within('assistance', `assistance:${by}`, b.assistance, aid && capOf(aid[0].cap), b);
        }
      }),
      RUNS,
    );
    count.check('caps');
    // The inputs must reach every kind of cap, or this property would hold vacuously.
    for (const [kind, n] of Object.entries(atCap)) expect({ kind, reached: n > 0 }).toEqual({ kind, reached: true });
  });

  describe('a dearer bill never costs the patient less', () => {
    /** Everything before the last bill in date order: the state the last bill meets. */
    const stateBefore = (t: TierTable, { person, bills }: TableYear): { state: YearState; last: BillIn } => {
      const ordered = inDateOrder(bills);
      let state = startState(person);
      for (const { bill, index } of ordered.slice(0, -1)) state = settleBill([t], person, bill, state, index).state;
      return { state, last: ordered.at(-1)!.bill };
    };

    /** A raise of the total in fen: a few fen (rounding edges), up to 5,000 yuan, or up to 100,000 yuan (caps). */
    const raise = fc.oneof(
      fc.integer({ min: 1, max: 4 }),
      fc.integer({ min: 1, max: 500_000 }),
      fc.integer({ min: 1, max: 10_000_000 }),
    );
    const plus = (amount: string, fen: number): string =>
      d(amount)
        .plus(d(String(fen)).dividedBy(100))
        .toFixed(2);

    it('raising the last bill’s total by 1 fen … 100,000 yuan (other parts unchanged) never lowers outOfPocket nor fund', () => {
      const count = tally();
      fc.assert(
        fc.property(tableYear, raise, (year, delta) => {
          count.run();
          const t = checked(year.table);
          const pair = unlessUnknown(() => {
            const { state, last } = stateBefore(t, year);
            const dearer = { ...last, total: plus(last.total, delta) };
            return {
              before: settleBill([t], year.person, last, state).result,
              after: settleBill([t], year.person, dearer, state).result,
            };
          });
          if (!pair) return;
          count.settled();
          const { before, after } = pair;
          expect({
            total: [before.total, after.total],
            outOfPocket: [before.outOfPocket, after.outOfPocket],
            fund: [before.fund, after.fund],
            outOfPocketNotLower: d(after.outOfPocket).greaterThanOrEqualTo(before.outOfPocket),
            fundNotLower: d(after.fund).greaterThanOrEqualTo(before.fund),
          }).toEqual({
            total: [before.total, after.total],
            outOfPocket: [before.outOfPocket, after.outOfPocket],
            fund: [before.fund, after.fund],
            outOfPocketNotLower: true,
            fundNotLower: true,
          });
        }),
        RUNS,
      );
      count.check('dearer bill');
    });
  });
});
