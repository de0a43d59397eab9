/**
 * The fund ratio actually paid on a band (DOMAIN.md §3a, "order of adjustments"): the schedule's
 * ratio; then the share factor, 1 − factor × (1 − ratio); then plus every matching `ratioPoints`;
 * then the offsite adjustment (`ratioFactor` multiplies, offsite `ratioPoints` adds); finally
 * clipped to [0, 1], so no adjustment makes a fund pay more than the cost or take from the patient.
 */
import type { Bands, OffsiteName, TierTable } from '../tables/schema';
import { isUnknown, need } from './cite';
import { firstMatch, matches, type Subject } from './match';
import { names } from './messages';
import { Dec, ONE, ZERO, max, min } from './money';
import type { Cite } from './result';

export interface RatioAdjustment {
  factor: Dec | null;
  points: Dec;
  offFactor: Dec | null;
  offPoints: Dec | null;
  /** The values the adjustment used, cited on every band it touches. */
  cites: Cite[];
}

/** The ratio paid on a band of schedule ratio `ratio`, under an adjustment (the order above). */
export function adjusted(a: RatioAdjustment, ratio: Dec): Dec {
  let r = a.factor ? ONE.minus(a.factor.times(ONE.minus(ratio))) : ratio;
  r = r.plus(a.points);
  if (a.offFactor) r = r.times(a.offFactor);
  if (a.offPoints) r = r.plus(a.offPoints);
  return min(max(r, ZERO), ONE);
}

export function ratioAdjustment(
  table: TierTable,
  path: string,
  bands: Bands,
  who: Subject,
  offsite: OffsiteName,
): RatioAdjustment {
  const cites: Cite[] = [];
  const factorHit = bands.personalShareFactors ? firstMatch(bands.personalShareFactors, who) : null;
  const factor = factorHit
    ? need(table, `${path}.personalShareFactors[${factorHit[1]}].factor`, factorHit[0].factor, names.shareFactor)
    : null;
  if (factor) cites.push(factor.cite);

  let points = ZERO;
  (bands.ratioPoints ?? []).forEach((entry, i) => {
    if (!matches(entry.when, who)) return;
    const p = need(table, `${path}.ratioPoints[${i}].points`, entry.points, names.ratioPoints);
    points = points.plus(p.value);
    cites.push(p.cite);
  });

  const off = offsite === 'local' ? undefined : table.offsite?.[offsite];
  const known = off && !isUnknown(off) ? off : null;
  const offFactor = known?.ratioFactor
    ? need(table, `offsite.${offsite}.ratioFactor`, known.ratioFactor, names.offsiteFactor)
    : null;
  const offPoints = known?.ratioPoints
    ? need(table, `offsite.${offsite}.ratioPoints`, known.ratioPoints, names.offsitePoints)
    : null;
  if (offFactor) cites.push(offFactor.cite);
  if (offPoints) cites.push(offPoints.cite);

  return {
    factor: factor?.value ?? null,
    points,
    offFactor: offFactor?.value ?? null,
    offPoints: offPoints?.value ?? null,
    cites,
  };
}
