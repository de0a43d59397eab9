/**
 * The chart's line from the engine's bends (src/engine/breaks.ts): settled only where out-of-pocket
 * bends, it must be the engine's figure at every other total too, by straight interpolation — on
 * the real tables and on random valid ones with several bands, caps, layers above the cap,
 * catastrophic insurance, assistance and offsite rules.
 */
import fc from 'fast-check';
import {
  isSettlementError,
  settleBill,
  startState,
  type BillIn,
  type PersonIn,
  type YearState,
} from '../../src/engine';
import { outOfPocketLine, type LinePoint } from '../../src/engine/breaks';
import type { BillResult } from '../../src/engine/result';
import { parseBill, parsePerson } from '../../src/engine/validate';
import type { TierTable } from '../../src/tables/schema';
import { anyYear, inDateOrder, tables as realTables } from './arbitraries';
import { D } from './decimal';
import { tableYear } from './table-arbitraries';

/** The engine's result at a total, or null where it gives none (as the line has it). */
function engineAt(tables: readonly TierTable[], person: PersonIn, bill: BillIn, state: YearState): BillResult | null {
  try {
    return settleBill(tables, person, bill, state).result;
  } catch (e) {
    if (isSettlementError(e)) return null;
    throw e;
  }
}

/**
 * Each figure rounded to the fen on its own moves the engine off the straight line by up to half
 * a fen, at either end and in between: the basic chain (rounded once along the chain), and where
 * they pay, catastrophic, assistance, and an offsite pre-self-pay that moves the in-scope cost.
 */
const roundedFigures = (r: BillResult): number =>
  1 +
  (r.catastrophic !== '0.00' ? 1 : 0) +
  (r.assistance !== '0.00' ? 1 : 0) +
  (r.steps.some((s) => s.kind === 'preSelfPay' && s.cites.some((c) => c.path.startsWith('offsite.'))) ? 1 : 0);

interface Drawn {
  tables: readonly TierTable[];
  person: PersonIn;
  bill: BillIn;
  state: YearState;
  points: LinePoint[];
}

/** Everything but the last bill folded into the state, and the last bill's line at every level of its table. */
function lines(tables: readonly TierTable[], person: PersonIn, bills: readonly BillIn[], reach: number): Drawn[] {
  const ordered = inDateOrder(bills);
  let state = startState(person);
  for (const { bill, index } of ordered.slice(0, -1)) {
    const r = (() => {
      try {
        return settleBill(tables, person, bill, state, index);
      } catch {
        return null;
      }
    })();
    if (r) state = r.state;
  }
  const last = ordered.at(-1)!.bill;
  const p = parsePerson(person);
  const b = parseBill(last);
  const from = new D(b.outOfCatalog).plus(b.overLimit).plus(b.classB);
  const to = D.max(from, new D(b.total)).times(reach).toDecimalPlaces(2);
  const levels = tables.find((t) => t.region === p.region && t.scheme === p.scheme)?.levels ?? [b.level];
  return levels.map((level) => ({
    tables,
    person,
    bill: { ...last, level },
    state,
    points: outOfPocketLine(tables, p, b, state, level, { from: from.toFixed(2), to: to.toFixed(2) }),
  }));
}

/** Checks a drawn line against the engine at its own points (exactly) and at `between` fractions of each stretch. */
function checkLine(d: Drawn, between: readonly number[]): number {
  let checked = 0;
  for (const p of d.points) {
    const r = engineAt(d.tables, d.person, { ...d.bill, total: p.total }, d.state);
    expect(p.outOfPocket).toBe(r?.outOfPocket ?? null);
  }
  for (let i = 1; i < d.points.length; i++) {
    const a = d.points[i - 1]!;
    const b = d.points[i]!;
    if (a.outOfPocket === null || b.outOfPocket === null) continue;
    const ta = new D(a.total);
    const tb = new D(b.total);
    for (const f of between) {
      const t = ta.plus(tb.minus(ta).times(f)).toDecimalPlaces(2);
      if (t.lessThanOrEqualTo(ta) || t.greaterThanOrEqualTo(tb)) continue;
      const r = engineAt(d.tables, d.person, { ...d.bill, total: t.toFixed(2) }, d.state);
      if (!r) continue;
      const line = new D(a.outOfPocket).plus(
        new D(b.outOfPocket).minus(a.outOfPocket).times(t.minus(ta)).dividedBy(tb.minus(ta)),
      );
      const off = line.minus(r.outOfPocket).abs();
      const allowed = 0.01 * Math.max(roundedFigures(r), 1);
      if (off.greaterThan(allowed))
        expect.fail(
          `at ${t.toFixed(2)} (${d.bill.level}, between ${a.total} and ${b.total}) the line says ${line.toFixed(4)}, the engine ${r.outOfPocket}`,
        );
      checked++;
    }
  }
  return checked;
}

const fractions = fc.array(
  fc.integer({ min: 1, max: 999 }).map((n) => n / 1000),
  { minLength: 3, maxLength: 6 },
);
const reach = fc.constantFrom(1, 2.5, 6);

describe('the chart line from the engine’s bends', () => {
  it('is the engine’s out-of-pocket between its points, on the real tables', () => {
    let checked = 0;
    fc.assert(
      fc.property(anyYear, fractions, reach, (year, between, k) => {
        for (const d of lines(realTables, year.person, year.bills, k)) checked += checkLine(d, between);
      }),
      { numRuns: 300 },
    );
    expect(checked).toBeGreaterThan(1000);
  });

  it('is the engine’s out-of-pocket between its points, on random tables with bands, caps and layers', () => {
    let checked = 0;
    fc.assert(
      fc.property(tableYear, fractions, reach, ({ table, person, bills }, between, k) => {
        for (const d of lines([table], person, bills, k)) checked += checkLine(d, between);
      }),
      { numRuns: 300 },
    );
    expect(checked).toBeGreaterThan(500);
  });

  it('settles a handful of totals: the ends and where it bends (Beijing retiree past the cap)', () => {
    const person = parsePerson({ region: '110000', scheme: 'employee', category: 'retired' });
    const bill = parseBill({ date: '2025-03-01', setting: 'inpatient', level: 'tertiary', total: '200000' });
    const state = startState(person);
    const points = outOfPocketLine(realTables, person, bill, state, 'tertiary', {
      from: '0',
      to: '500000',
    });
    // 0, the deductible, 30,000 and 40,000 (band edges), the trigger point (both fen around it), the end.
    expect(points.map((p) => p.total)).toEqual([
      '0.00',
      '1300.00',
      '30000.00',
      '40000.00',
      '106477.31',
      '106477.32',
      '500000.00',
    ]);
  });
});
