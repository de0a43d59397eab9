/**
 * The yardstick `npm run bench` holds compareLevels against (issue 8): the same arithmetic for one
 * Beijing employee admission, written directly with decimal.js — split, deductible, three bands per
 * level with the share factor, the cap and its trigger point, the layers above it, rounding along
 * the chain — with none of the engine's validation, steps, citations or table selection. Every
 * number is read from the tier table once, as a hand-written program would hold its constants;
 * the timed part is only the arithmetic on the bill. A test checks it gives the engine's figures,
 * so the ratio the bench prints compares like with like.
 */
import { Dec } from '../engine/money';
import type { CategoryName, Level, TierTable } from '../tables/schema';

export interface ReferenceBill {
  total: string;
  outOfCatalog: string;
  overLimit: string;
}

/** What the reference settles per level: the funds together and what is left to the patient. */
export interface ReferenceOutcome {
  level: Level;
  basic: string;
  fund: string;
  outOfPocket: string;
}

interface LevelConstants {
  level: Level;
  /** Band limits (null: no upper limit) and the ratio paid on each, share factor applied. */
  bands: { upTo: Dec | null; ratio: Dec }[];
}

const value = (v: object): string => {
  if ('unknown' in v || !('value' in v)) throw new Error('the reference needs a known table value');
  return String(v.value);
};

/** Reads the first admission's constants of a category from an inpatient employee table, once. */
export function referenceFor(table: TierTable, category: CategoryName): (bill: ReferenceBill) => ReferenceOutcome[] {
  const rules = table.settings.inpatient!;
  if ('unknown' in rules.deductible || 'unknown' in rules.bands) throw new Error('the reference needs known rules');
  const deductible = new Dec(value(rules.deductible.rules.find((r) => r.when?.admission === 'first')!.amount));
  const factorEntry = rules.bands.personalShareFactors?.find((f) => f.when?.category?.includes(category));
  const factor = factorEntry ? new Dec(value(factorEntry.factor)) : null;
  const schedules = rules.bands.schedules;
  const levels: LevelConstants[] = table.levels.map((level) => ({
    level,
    bands: schedules
      .find((s) => s.when?.level?.includes(level))!
      .bands.map((b) => {
        if ('unknown' in b) throw new Error('the reference needs known bands');
        const r = new Dec(b.ratio);
        return {
          upTo: b.upTo === null ? null : new Dec(b.upTo),
          ratio: factor ? new Dec(1).minus(factor.times(new Dec(1).minus(r))) : r,
        };
      }),
  }));
  const cap = new Dec(value(rules.cap));
  const layers = rules.overflow
    .map((l) => l.ratios.find((r) => r.when?.category?.includes(category)))
    .filter((r) => r !== undefined)
    .map((r) => new Dec(value(r.ratio)));

  return (bill) => {
    const total = new Dec(bill.total);
    const inScope = total.minus(bill.outOfCatalog).minus(bill.overLimit);
    const start = Dec.min(inScope, deductible);
    return levels.map(({ level, bands }) => {
      // Bands from 0, the deductible eating the bottom; the cap stops the fund at the trigger point.
      let basic = new Dec(0);
      let beyond = new Dec(0);
      let lower = new Dec(0);
      for (const band of bands) {
        const from = Dec.max(start, lower);
        const to = band.upTo === null ? inScope : Dec.min(inScope, band.upTo);
        if (to.greaterThan(from)) {
          const room = cap.minus(basic);
          const full = band.ratio.times(to.minus(from));
          if (full.lessThanOrEqualTo(room)) basic = basic.plus(full);
          else {
            beyond = beyond.plus(to.minus(from.plus(room.dividedBy(band.ratio))));
            basic = cap;
          }
        }
        if (band.upTo === null) break;
        lower = band.upTo;
      }
      // Each payer rounded once along the chain: round(running total) − round(total before it).
      let running = basic;
      let fund = running.toDecimalPlaces(2, Dec.ROUND_HALF_UP);
      const paid = [fund];
      for (const ratio of layers) {
        running = running.plus(ratio.times(beyond));
        const upTo = running.toDecimalPlaces(2, Dec.ROUND_HALF_UP);
        paid.push(upTo.minus(fund));
        fund = upTo;
      }
      return { level, basic: paid[0]!.toFixed(2), fund: fund.toFixed(2), outOfPocket: total.minus(fund).toFixed(2) };
    });
  };
}
