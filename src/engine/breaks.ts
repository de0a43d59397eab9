/**
 * Out-of-pocket against the bill's total (the other parts of the bill as entered) is piecewise
 * linear: between two totals where no rule starts or stops applying, every payer pays a fixed share
 * of each further yuan. The engine's own steps at the far end of a range say where that happens —
 * the deductible, each band edge, the trigger point where a cap runs out, a layer's cap, the
 * catastrophic threshold, its bands and cap, assistance's cap — so settling there (and at both
 * ends) draws the whole line: a handful of settlements instead of a sampled grid.
 *
 * Each payer is rounded to the fen, so between two of these points the engine's figure is the
 * straight line to within that rounding. A bend that falls between two fen is settled at both.
 */
import type { Level, TierTable } from '../tables/schema';
import { settleResult, tablePick } from './bill';
import { isSettlementError } from './errors';
import type { Bill, Person } from './input';
import { Dec, ZERO, fen, max, sum } from './money';
import type { BillResult, Step } from './result';
import { split } from './split';
import type { YearState } from './state';
import { tableFor } from './table';

export interface LinePoint {
  /** The bill total (money string). */
  total: string;
  /** The engine's out-of-pocket at that total; null where it gives no result (an error). */
  outOfPocket: string | null;
}

/** A figure read off a result that the line's bends are measured in. */
type Reading = (r: BillResult) => Dec;

/** What is left to the patient after the basic chain: the catastrophic layer's base (payers.ts). */
const burdenOf: Reading = (r) => max(new Dec(r.inScope).minus(r.basic).minus(r.supplementary).minus(r.topUp), ZERO);
/** What is left after catastrophic insurance too: assistance's base. */
const leftOf: Reading = (r) => max(burdenOf(r).minus(r.catastrophic), ZERO);

const num = (s: string | undefined): Dec | null => (s === undefined ? null : new Dec(s));

/** In-scope amounts of this bill where the basic chain bends (the steps are on the cumulative count). */
function chainBends(r: BillResult, chain: readonly Step[]): Dec[] {
  const out: Dec[] = [];
  const ded = chain.find((s) => s.kind === 'deductible');
  if (ded) out.push(new Dec(ded.base));
  const measured = chain.filter((s) => s.kind === 'band' || s.kind === 'beyondCap' || s.kind === 'overflow');
  if (measured.length === 0) return out;
  // The count starts this bill where the first measured stretch begins, less the deductible paid.
  const start = new Dec(measured[0]!.from!).minus(r.deductible);
  for (const s of measured) {
    for (const v of [num(s.from), num(s.to)]) if (v) out.push(v.minus(start));
    // A layer held down by its cap stops where the cap runs out: cap room ÷ ratio into its stretch.
    if (s.kind === 'overflow' && s.ratio && !new Dec(s.ratio).isZero()) {
      const full = new Dec(s.ratio).times(s.base);
      if (new Dec(s.amount).lessThan(full))
        out.push(new Dec(s.from!).plus(new Dec(s.amount).dividedBy(s.ratio)).minus(start));
    }
  }
  return out;
}

/** Catastrophic bases of this bill (burden) where the layer bends: threshold, band edges, cap. */
function catastrophicBends(layer: readonly Step[]): Dec[] {
  const threshold = layer[0];
  if (threshold?.kind !== 'catastrophicThreshold') return [];
  const before = new Dec(threshold.from!);
  const out = [new Dec(threshold.amount)];
  for (const s of layer) {
    if (s.kind === 'catastrophic') out.push(new Dec(s.from!).minus(before), new Dec(s.to!).minus(before));
    if (s.kind === 'beyondCap') out.push(new Dec(s.from!).minus(before));
  }
  return out;
}

/** Assistance's base where its cap starts to hold it down. */
function assistanceBends(steps: readonly Step[]): Dec[] {
  const s = steps.find((x) => x.kind === 'assistance');
  if (!s?.ratio || new Dec(s.ratio).isZero()) return [];
  const due = new Dec(s.base).times(s.ratio);
  return new Dec(s.amount).lessThan(due) ? [new Dec(s.amount).dividedBy(s.ratio)] : [];
}

/**
 * The totals where a piecewise-linear figure, known at `known` (total and figure, sorted by
 * total), crosses each of `values`: on each straight stretch that passes a value, by interpolation.
 */
function crossings(known: readonly (readonly [Dec, Dec])[], values: readonly Dec[]): Dec[] {
  const out: Dec[] = [];
  for (let i = 1; i < known.length; i++) {
    const [t0, v0] = known[i - 1]!;
    const [t1, v1] = known[i]!;
    if (v0.equals(v1)) continue;
    for (const v of values) {
      if (v.greaterThan(Dec.min(v0, v1)) && v.lessThan(Dec.max(v0, v1)))
        out.push(t0.plus(v.minus(v0).times(t1.minus(t0)).dividedBy(v1.minus(v0))));
    }
  }
  return out;
}

/**
 * The line of one level: the engine's out-of-pocket at every total where it bends within
 * [from, to], at both ends and at `also`, sorted by total. `bill` and `person` are already
 * validated (parse once for every level and point); `bill.total` is replaced by each total.
 */
export function outOfPocketLine(
  tables: readonly TierTable[],
  person: Person,
  bill: Bill,
  state: YearState,
  level: Level,
  range: { from: string; to: string },
  also: readonly string[] = [],
): LinePoint[] {
  const from = new Dec(range.from);
  const to = new Dec(range.to);
  const settled = new Map<string, BillResult | null>();
  const pick = tablePick(tables, person);
  const at = (total: Dec): BillResult | null => {
    const key = fen(total);
    if (!settled.has(key)) {
      try {
        settled.set(key, settleResult(tables, person, { ...bill, level, total: key }, 0, state, pick));
      } catch (e) {
        if (!isSettlementError(e)) throw e;
        settled.set(key, null);
      }
    }
    return settled.get(key)!;
  };
  /** Settles at a total, or at the fen on either side of it (a bend can fall between two fen). */
  const settleNear = (t: Dec) => {
    for (const mode of [Dec.ROUND_FLOOR, Dec.ROUND_CEIL] as const) {
      const x = t.toDecimalPlaces(2, mode);
      if (x.greaterThanOrEqualTo(from) && x.lessThanOrEqualTo(to)) at(x);
    }
  };
  /** A figure at every total settled so far, sorted by total. */
  const known = (read: Reading): [Dec, Dec][] =>
    [...settled]
      .filter((e): e is [string, BillResult] => e[1] !== null)
      .map(([k, r]): [Dec, Dec] => [new Dec(k), read(r)])
      .sort((a, b) => a[0].comparedTo(b[0]));

  const low = at(from);
  const high = at(to);
  for (const t of also) settleNear(new Dec(t));
  if (high) {
    // In-scope cost is linear in the total (split.ts): its bends map back through the two ends.
    const ends = inScopeLine(tables, person, { ...bill, level }, [from, to]);
    const catAt = high.steps.findIndex((s) => s.kind === 'catastrophicThreshold');
    const bends = chainBends(high, catAt < 0 ? high.steps : high.steps.slice(0, catAt));
    // A slip's figures need that much in-scope cost (below it the bill is an input error): the line starts there.
    if (!low) bends.push(sum(Object.values(bill.settled).map((v) => new Dec(v))));
    for (const t of crossings(ends, bends)) settleNear(t);
    if (catAt >= 0)
      for (const t of crossings(known(burdenOf), catastrophicBends(high.steps.slice(catAt)))) settleNear(t);
    for (const t of crossings(known(leftOf), assistanceBends(high.steps))) settleNear(t);
  }
  return [...settled]
    .map(([total, r]) => ({ total, outOfPocket: r?.outOfPocket ?? null }))
    .sort((a, b) => new Dec(a.total).comparedTo(b.total));
}

/** The in-scope cost at both ends of the range (split alone, no settlement): it is linear in between. */
function inScopeLine(tables: readonly TierTable[], person: Person, bill: Bill, ends: readonly Dec[]): [Dec, Dec][] {
  const table = tableFor(tables, person.region, person.scheme, bill.date);
  return ends.map((t): [Dec, Dec] => [t, split(table, { ...bill, total: fen(t) }).inScope]);
}
