/**
 * Out-of-pocket against the bill total, one series per level. The other parts of the bill (全自费,
 * 超限价, 乙类) stay as entered, so each line starts where the total first covers them. The line is
 * piecewise linear and the engine knows where it bends (engine/breaks.ts): each series is the
 * engine's figure at those totals, at both ends of the axis, at its labelled totals (for the data
 * table) and at the bill's own total — exact, and a few settlements per level, not a grid.
 *
 * The input is validated once for every level and point. `chartSteps` settles one level per step,
 * so the page can give the keystroke back between levels and drop a drawing a newer input replaced.
 */
import { outOfPocketLine } from '../../engine/breaks';
import { Dec } from '../../engine/money';
import { initialState } from '../../engine/state';
import { parseBill, parsePerson, parsePrior } from '../../engine/validate';
import type { Level, TierTable } from '../../tables/schema';
import type { EngineInput } from '../input';
import type { ChartData, ChartSeries } from '../outcome';
import { niceAxis } from './scale';

/** How far right the axis reaches, as a multiple of the bill's total. */
const REACH = 2.5;

/**
 * The chart, one level per step (a `yield` before each level after the first); its return value
 * is the drawing, or null for a zero bill. Throws what the engine's validation throws.
 */
export function* chartSteps(
  tables: readonly TierTable[],
  input: EngineInput,
  levels: readonly Level[],
): Generator<void, ChartData | null, void> {
  const person = parsePerson(input.person);
  const bill = parseBill(input.bill);
  const state = initialState(person, input.prior === undefined ? null : parsePrior(input.prior));
  const current = new Dec(bill.total);
  if (current.isZero()) return null;
  const floor = new Dec(bill.outOfCatalog).plus(bill.overLimit).plus(bill.classB);
  const axis = niceAxis(current.times(REACH).ceil().toNumber());
  const range = { from: floor.toFixed(2), to: new Dec(axis.end).toFixed(2) };
  const ticks = axis.ticks.map((t) => new Dec(t).toFixed(2));

  const series: ChartSeries[] = [];
  for (const level of levels) {
    if (series.length > 0) yield;
    series.push({ level, points: outOfPocketLine(tables, person, bill, state, level, range, [...ticks, bill.total]) });
  }
  return { max: range.to, ticks, current: current.toFixed(2), series };
}

/** The whole chart at once (the steps run to the end). */
export function sampleChart(
  tables: readonly TierTable[],
  input: EngineInput,
  levels: readonly Level[],
): ChartData | null {
  const steps = chartSteps(tables, input, levels);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
