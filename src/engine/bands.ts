/**
 * Banded payment (分段), shared by the basic fund and the catastrophic layer: cumulative cost is
 * cut into bands, each paid at its ratio, and a cap stops the payer at the trigger point.
 */
import type { Band, TierTable } from '../tables/schema';
import { cite, unknownRule, type CapValue } from './cite';
import { Dec, ZERO, compare, exact, max, min, positive, tableDec } from './money';
import type { Msg } from './messages';
import type { Cite, Step } from './result';

/** A band with its limit on the absolute cumulative count; `ratio` null where the table does not know it. */
export interface BandLine {
  upTo: Dec | null;
  ratio: Dec | null;
  /** The ratio as a step writes it, written once with the line (the same for every bill). */
  ratioText: string;
  cites: Cite[];
  path: string;
}

export interface Slice {
  from: Dec;
  to: Dec;
  ratio: Dec;
  ratioText: string;
  cites: Cite[];
  /** to − from, where the caller knew it (the whole stretch); worked out where it is paid otherwise. */
  width?: Dec;
}

/**
 * Reads a table's bands. `offset` moves every limit up (bands counted from the deductible);
 * `adjust` turns a schedule ratio into the ratio paid (retiree share factor, offsite factor).
 */
export function bandLines(
  table: TierTable,
  path: string,
  bands: readonly Band[],
  offset: Dec,
  adjust: (r: Dec) => Dec,
  extra: Cite[],
): readonly BandLine[] {
  // Every value an adjustment uses is cited in `extra`, and tables are never changed, so the path,
  // the offset and those citations decide the lines: built once, not again for every bill and level.
  let made = linesMade.get(table);
  if (!made) linesMade.set(table, (made = new Map()));
  const key = `${path}|${offset.isZero() ? '' : offset.toFixed()}|${extra.map((c) => c.path).join('|')}`;
  let lines = made.get(key);
  if (!lines) made.set(key, (lines = Object.freeze(readLines(table, path, bands, offset, adjust, extra))));
  return lines;
}

const linesMade = new WeakMap<TierTable, Map<string, readonly BandLine[]>>();

function readLines(
  table: TierTable,
  path: string,
  bands: readonly Band[],
  offset: Dec,
  adjust: (r: Dec) => Dec,
  extra: Cite[],
): BandLine[] {
  return bands.map((b, i) => {
    const p = `${path}[${i}]`;
    const upTo = b.upTo === null ? null : offset.isZero() ? tableDec(b.upTo) : tableDec(b.upTo).plus(offset);
    if ('unknown' in b) return { upTo, ratio: null, ratioText: '', cites: [], path: p };
    const ratio = adjust(tableDec(b.ratio));
    return { upTo, ratio, ratioText: exact(ratio), cites: [cite(table, p, b), ...extra], path: p };
  });
}

/**
 * The parts of the cumulative stretch [start, end) that fall in each band, at that band's ratio.
 * `length`, end − start where the caller has it already: a slice that is the whole stretch (most
 * bills fall in one band) carries it as its width, which is then not worked out again.
 */
export function slicesOf(
  table: TierTable,
  start: Dec,
  end: Dec,
  lines: readonly BandLine[],
  what: Msg,
  length?: Dec,
): Slice[] {
  const out: Slice[] = [];
  let lower = ZERO;
  for (const line of lines) {
    const from = max(start, lower);
    const to = line.upTo === null ? end : min(end, line.upTo);
    if (compare(to, from) > 0) {
      if (line.ratio === null) throw unknownRule(table, line.path, what);
      const width = length && from === start && to === end ? length : undefined;
      out.push({ from, to, ratio: line.ratio, ratioText: line.ratioText, cites: line.cites, width });
    }
    if (line.upTo === null) break;
    lower = line.upTo;
  }
  return out;
}

export interface Paid extends Slice {
  amount: Dec;
  /** to − from, where it was computed on the way (a whole slice); the step works it out otherwise. */
  width?: Dec;
}

/**
 * Pays slices at their ratios until `room` (what is left of the annual cap; null for none) is
 * used up. Where it runs out inside a slice, the trigger point is `from + room ÷ ratio`: the cost
 * beyond it is returned as `beyond`, for the next layer or the patient.
 */
export function payWithCap(slices: readonly Slice[], room: Dec | null): { paid: Paid[]; beyond: Slice[] } {
  const paid: Paid[] = [];
  const beyond: Slice[] = [];
  let left = room;
  for (const s of slices) {
    // Once the cap is used up everything further is beyond the trigger point — also a band the
    // fund pays 0% of, which the next layer would otherwise never reach.
    if (left !== null && left.isZero()) {
      beyond.push(s);
      continue;
    }
    const width = s.width ?? s.to.minus(s.from);
    const full = s.ratio.times(width);
    if (left === null || compare(full, left) <= 0) {
      paid.push({
        from: s.from,
        to: s.to,
        ratio: s.ratio,
        ratioText: s.ratioText,
        cites: s.cites,
        amount: full,
        width,
      });
      if (left !== null) left = left.minus(full);
      continue;
    }
    if (positive(left)) {
      const trigger = s.from.plus(left.dividedBy(s.ratio));
      const { ratio, ratioText, cites } = s;
      paid.push({ from: s.from, to: trigger, ratio, ratioText, cites, amount: left });
      beyond.push({ from: trigger, to: s.to, ratio, ratioText, cites });
      left = ZERO;
    } else beyond.push(s);
  }
  return { paid, beyond };
}

/** What is left under a cap this year; null for no cap (none, or unknown — warned by the caller). */
export const roomUnder = (cap: CapValue, paid: Dec): Dec | null =>
  cap.limit === null ? null : paid.isZero() ? max(cap.limit, ZERO) : max(cap.limit.minus(paid), ZERO);

/** The step for one paid slice of a band. */
export function bandStep(s: Paid, kind: 'band' | 'catastrophic', party: 'basic' | 'catastrophic'): Step {
  return {
    kind,
    party,
    base: exact(s.width ?? s.to.minus(s.from)),
    ratio: s.ratioText,
    amount: exact(s.amount),
    from: exact(s.from),
    to: exact(s.to),
    cites: s.cites,
  };
}
